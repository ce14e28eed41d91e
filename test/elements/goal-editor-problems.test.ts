// Problems as one line each: the first open, one at a time unless the user opens them all, every
// problem reachable and operable from the keyboard, focus following an added problem into it.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { GoalEditor } from '../../src/elements/goal-editor/goal-editor.js';
import type { PlanProvider } from '../../src/elements/plan-provider/plan-provider.js';
import { fullPlan } from '../../stories/fixtures.js';
import { toggleButton } from '../helpers/disclosures.js';
import { uniqueId } from '../helpers/provider.js';

async function mount() {
  const id = uniqueId('gep');
  const provider = await fixture<PlanProvider>(html`<plan-provider plan-id=${id} scope=${id} storage="memory" autosave-delay="0"
    ><goal-editor></goal-editor
  ></plan-provider>`);
  await provider.ready;
  provider.plan = fullPlan(id);
  const editor = provider.querySelector<GoalEditor>('goal-editor')!;
  await editor.updateComplete;
  return { provider, editor, root: editor.shadowRoot! };
}

const words = (el: Element | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
const expanded = (root: ShadowRoot) =>
  [...root.querySelectorAll<HTMLButtonElement>('[part="problem-toggle"]')].map((b) => b.getAttribute('aria-expanded'));

describe('<goal-editor> problems, one line each', () => {
  it('opens the first problem; the others are one line with their goals by status and objectives achieved', async () => {
    const { provider, editor, root } = await mount();
    const problems = provider.plan!.problems;
    expect(problems.length).to.be.greaterThan(1);
    expect(expanded(root)).to.deep.equal(problems.map((_, i) => (i === 0 ? 'true' : 'false')));
    const second = toggleButton(root, problems[1]!.id);
    const goals = problems[1]!.goals;
    expect(words(second.querySelector('.state'))).to.match(new RegExp(`^${goals.length} goals? \\(`));
    expect(words(second.querySelector('.state'))).to.match(/\d+ of \d+ objectives achieved$/);
    const li = second.closest('[part="problem"]')!;
    expect(li.querySelector('[part="goal"]'), 'a closed problem renders no goals').to.equal(null);
    await expect(editor).to.be.accessible();
  });

  it('opening another problem closes the open one, until "Open all problems"', async () => {
    const { provider, editor, root } = await mount();
    const [first, second] = provider.plan!.problems;
    toggleButton(root, second!.id).click();
    await editor.updateComplete;
    expect(toggleButton(root, first!.id).getAttribute('aria-expanded')).to.equal('false');
    expect(toggleButton(root, second!.id).getAttribute('aria-expanded')).to.equal('true');
    expect(root.querySelector(`[data-problem="${second!.id}"] [part="goal"]`)).to.not.equal(null);

    const all = root.querySelector<HTMLButtonElement>('[part="problems-toggle"]')!;
    expect(words(all)).to.equal('Open all problems');
    all.click();
    await editor.updateComplete;
    expect(expanded(root).every((e) => e === 'true')).to.equal(true);
    expect(words(all)).to.equal('Close all problems');
    // Now each opens and closes on its own.
    toggleButton(root, first!.id).click();
    await editor.updateComplete;
    expect(toggleButton(root, first!.id).getAttribute('aria-expanded')).to.equal('false');
    expect(toggleButton(root, second!.id).getAttribute('aria-expanded')).to.equal('true');
    toggleButton(root, first!.id).click();
    await editor.updateComplete;
    expect(expanded(root).every((e) => e === 'true')).to.equal(true);
    all.click();
    await editor.updateComplete;
    expect(expanded(root).every((e) => e === 'false')).to.equal(true);
  });

  it('every problem opens and closes from the keyboard', async () => {
    const { provider, editor, root } = await mount();
    for (const p of provider.plan!.problems) {
      const b = toggleButton(root, p.id);
      b.focus();
      const was = b.getAttribute('aria-expanded');
      await sendKeys({ press: 'Enter' });
      await editor.updateComplete;
      expect(b.getAttribute('aria-expanded'), p.title).to.equal(was === 'true' ? 'false' : 'true');
      expect(root.activeElement, 'focus stays on the button').to.equal(b);
    }
  });

  it('a new problem opens, with focus in its title; undoing a removal opens the restored problem', async () => {
    const { provider, editor, root } = await mount();
    const add = [...root.querySelectorAll('button')].find((b) => words(b) === 'Add problem')!;
    add.click();
    await editor.updateComplete;
    await editor.updateComplete;
    const added = provider.plan!.problems.at(-1)!;
    expect(toggleButton(root, added.id).getAttribute('aria-expanded')).to.equal('true');
    expect(toggleButton(root, provider.plan!.problems[0]!.id).getAttribute('aria-expanded')).to.equal('false');
    expect((root.activeElement as HTMLElement | null)?.dataset.focus).to.equal(`title:${added.id}`);

    // Remove the first problem (open it, press its Remove), then open another, then undo.
    const first = provider.plan!.problems[0]!;
    toggleButton(root, first.id).click();
    await editor.updateComplete;
    const body = root.querySelector(`[data-problem="${first.id}"] .body`)!;
    const toolbarRemove = [...body.querySelectorAll(':scope > .toolbar button, :scope > [role="toolbar"] button')].find((b) => words(b).startsWith('Remove'));
    (toolbarRemove as HTMLButtonElement).click();
    await editor.updateComplete;
    expect(provider.plan!.problems.some((p) => p.id === first.id)).to.equal(false);
    toggleButton(root, added.id).click();
    await editor.updateComplete;
    root.querySelector<HTMLButtonElement>('[data-focus="undo"]')!.click();
    await editor.updateComplete;
    await editor.updateComplete;
    expect(toggleButton(root, first.id).getAttribute('aria-expanded')).to.equal('true');
    expect((root.activeElement as HTMLElement | null)?.dataset.focus).to.equal(`title:${first.id}`);
  });
});
