import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { composedParent, everyWidget, type Widget } from './helpers.js';

function deepActive(): Element | null {
  let at: Element | null = document.activeElement;
  while (at?.shadowRoot?.activeElement) at = at.shadowRoot.activeElement;
  return at;
}
const within = (el: Element | null, target: Element) => {
  for (let at = el; at; at = composedParent(at)) if (at === target) return true;
  return false;
};

/** Tabs from a button just before `widget` until `done` holds; returns how many presses it took (or Infinity). */
async function tabsUntil(widget: Widget, done: (el: Element | null) => boolean, limit = 400): Promise<number> {
  const start = document.createElement('button');
  start.textContent = 'before';
  widget.before(start);
  start.focus();
  for (let i = 1; i <= limit; i++) {
    await sendKeys({ press: 'Tab' });
    if (done(deepActive())) return i;
  }
  return Infinity;
}

// A keyboard user must not be forced through every field: "Jump to …" links reach a later section.
describe('skip links in big widgets', () => {
  it('assessment-form: the PHQ-9 in a few presses with "Jump to a section", against dozens without', async () => {
    const { widgets } = await everyWidget();
    const form = widgets.find((w) => w.localName === 'assessment-form')!;
    const phq9 = form.shadowRoot!.querySelector('[data-instrument="phq9"]')!;
    const walking = await tabsUntil(form, (el) => within(el, phq9));
    const nav = form.shadowRoot!.querySelector('nav[part="skip-links"]')!;
    expect(nav.getAttribute('aria-label')).to.equal('Jump to a section');
    const toLink = await tabsUntil(form, (el) => el?.getAttribute('href') === '#i-phq9-title' && within(el, nav));
    await sendKeys({ press: 'Enter' });
    expect(deepActive()?.id).to.equal('i-phq9-title');
    await sendKeys({ press: 'Tab' });
    expect(within(deepActive(), phq9), 'the next Tab is inside the PHQ-9').to.equal(true);
    expect(toLink + 2).to.be.at.most(15);
    // Collapsed parts already shorten the walk (closed parts render no fields); the links still beat it.
    expect(walking).to.be.greaterThan(toLink + 2);
    await expect(form).to.be.accessible();
  });

  it('goal-editor: the last problem in a few presses with "Jump to a problem"', async () => {
    const { widgets, provider } = await everyWidget();
    const editor = widgets.find((w) => w.localName === 'goal-editor')!;
    const last = provider.plan!.problems.at(-1)!;
    const card = editor.shadowRoot!.querySelector(`[data-problem="${last.id}"]`)!;
    const nav = editor.shadowRoot!.querySelector('nav[part="skip-links"]')!;
    const toLink = await tabsUntil(editor, (el) => el?.textContent === last.title && within(el, nav));
    await sendKeys({ press: 'Enter' });
    expect(deepActive()?.id).to.equal(`problem-${last.id}`);
    await sendKeys({ press: 'Tab' });
    expect(within(deepActive(), card)).to.equal(true);
    expect(toLink + 2).to.be.at.most(30);
    await expect(editor).to.be.accessible();
  });
});
