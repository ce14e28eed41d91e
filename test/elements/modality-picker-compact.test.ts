// The picker's compact layout, driven as a user does: suggestions on top, catalog cards that show
// name, one line and fit and open for details (mouse and keyboard), chosen approaches as one line
// each that open to edit in place.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/plan-provider/define.js';
import '../../src/elements/modality-picker/define.js';
import type { ModalityPicker } from '../../src/elements/modality-picker/modality-picker.js';
import type { PlanProvider } from '../../src/elements/plan-provider/plan-provider.js';
import type { TreatmentPlan } from '../../src/model/plan.js';
import { mayaPlan, planWith } from '../fixtures/modality-plans.js';
import { toggleButton } from '../helpers/disclosures.js';
import { uniqueId } from '../helpers/provider.js';

async function mount(plan: (id: string) => TreatmentPlan = mayaPlan) {
  const id = uniqueId('mpc');
  const provider = await fixture<PlanProvider>(html`<plan-provider plan-id=${id} scope=${id} storage="memory" autosave-delay="0"
    ><modality-picker></modality-picker
  ></plan-provider>`);
  await provider.ready;
  provider.plan = plan(id);
  const picker = provider.querySelector<ModalityPicker>('modality-picker')!;
  await picker.updateComplete;
  return { provider, picker, root: picker.shadowRoot! };
}

const words = (el: Element | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
const catalogCard = (root: ShadowRoot, id: string) => toggleButton(root, `cat:${id}`).closest('[part="catalog-item"]')!;

describe('<modality-picker> compact layout', () => {
  it('keeps the suggestions above the chosen approaches and the catalog', async () => {
    const { picker, root } = await mount();
    const order = [...root.querySelectorAll('section')].map((s) => s.className);
    expect(order).to.deep.equal(['suggestions', 'chosen', 'catalog']);
    expect(root.querySelectorAll('[part="suggestion"]').length).to.be.greaterThan(0);
    // Every suggestion still shows why, without opening anything.
    for (const s of root.querySelectorAll('[part="suggestion"]')) expect(words(s.querySelector('.reasons'))).to.not.equal('');
    await expect(picker).to.be.accessible();
  });

  it('a catalog card shows name, one line and fit, and opens for details by click and by keyboard', async () => {
    const { picker, root } = await mount();
    const card = catalogCard(root, 'cbt');
    const toggle = toggleButton(root, 'cat:cbt');
    expect(words(toggle.querySelector('.title'))).to.equal('Cognitive behavioral therapy (CBT)');
    expect(words(toggle.querySelector('.state'))).to.match(/^Fits: .*Panic/);
    expect(words(card.querySelector('.one-line'))).to.not.equal('');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(card.querySelector('.facts'), 'details are not rendered while closed').to.equal(null);

    toggle.click();
    await picker.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    const details = root.getElementById(toggle.getAttribute('aria-controls')!)!;
    expect(words(details)).to.contain('Typical dose');
    expect(words(details)).to.contain('Techniques:');
    await expect(picker).to.be.accessible();

    // Another card from the keyboard: focus its button, Enter opens, Space closes; the first stays open.
    const other = toggleButton(root, 'cat:prolonged-exposure');
    other.focus();
    await sendKeys({ press: 'Enter' });
    await picker.updateComplete;
    expect(other.getAttribute('aria-expanded')).to.equal('true');
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    await sendKeys({ press: 'Space' });
    await picker.updateComplete;
    expect(other.getAttribute('aria-expanded')).to.equal('false');
  });

  it('chosen approaches are one line each (status, dose, objectives served) and open to edit in place', async () => {
    const { provider, picker, root } = await mount();
    const add = [...catalogCard(root, 'cbt').querySelectorAll('button')].find((b) => words(b) === 'Add to plan')!;
    add.click();
    await picker.updateComplete;
    const iv = provider.plan!.interventions[0]!;
    const toggle = toggleButton(root, iv.id);
    // Just added: open, focus on its heading, fields ready.
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(root.activeElement?.id).to.equal(toggle.closest('h3')!.id);
    toggle.click();
    await picker.updateComplete;
    const entry = toggle.closest('[part="entry"]')!;
    expect(entry.querySelector('input, select, textarea'), 'a closed approach has no fields').to.equal(null);
    expect(words(toggle)).to.contain('Proposed');
    expect(words(toggle)).to.contain('serves 0 objectives');

    toggle.click();
    await picker.updateComplete;
    const format = [...entry.querySelectorAll('label')].find((l) => words(l) === 'Format')!;
    const select = root.getElementById(format.htmlFor) as HTMLSelectElement;
    select.value = 'group';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await picker.updateComplete;
    expect(provider.plan!.interventions[0]!.format).to.equal('group');
    expect(words(toggle), 'the one line follows the edit').to.contain('Group');
  });

  it('lists the approaches that fit first; the others open from a button, and a search shows every match', async () => {
    const { picker, root } = await mount((id) => planWith({ areas: ['sleep'] }, id));
    const cards = () => [...root.querySelectorAll('[part="catalog-item"]')];
    const fitting = cards();
    expect(fitting.length).to.be.greaterThan(0);
    for (const c of fitting) expect(words(c.querySelector('.state'))).to.match(/^Fits: /);
    const more = root.querySelector<HTMLButtonElement>('[part="catalog-others-toggle"]')!;
    expect(words(more)).to.match(/^Show \d+ approaches not matched to this plan’s concerns$/);
    const hidden = Number(/\d+/.exec(words(more))![0]);
    more.click();
    await picker.updateComplete;
    expect(more.getAttribute('aria-expanded')).to.equal('true');
    expect(cards().length).to.equal(fitting.length + hidden);
    await expect(picker).to.be.accessible();

    more.click();
    await picker.updateComplete;
    const search = root.querySelector<HTMLInputElement>('#q')!;
    search.focus();
    await sendKeys({ type: 'play' });
    await picker.updateComplete;
    expect(cards().map((c) => words(c.querySelector('.title')))).to.include('Play therapy');
    expect(root.querySelector('[part="catalog-others-toggle"]'), 'a search lists every match').to.equal(null);
  });
});
