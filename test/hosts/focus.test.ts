import { openAll } from '../helpers/disclosures.js';
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { composedParent, everyWidget, type Widget } from './helpers.js';

/** The focused element, looking inside shadow roots. */
function deepActive(): Element | null {
  let at: Element | null = document.activeElement;
  while (at?.shadowRoot?.activeElement) at = at.shadowRoot.activeElement;
  return at;
}

/** Whether a focused element shows a focus indicator: an outline or a box shadow (or, for a chart point, its ring). */
function indicated(el: Element): boolean {
  const s = getComputedStyle(el);
  if (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2) return true;
  if (s.boxShadow !== 'none') return true;
  // A chart point draws its ring on its hit circle (an outline on an SVG <g> is not drawn).
  const ring = el.querySelector(':scope > .hit');
  return Boolean(ring && getComputedStyle(ring).stroke !== 'none' && parseFloat(getComputedStyle(ring).strokeWidth) >= 2);
}

/** Whether `el` is one of the widgets or inside one (through shadow roots). */
function insideWidget(el: Element, widgets: readonly Widget[]): boolean {
  for (let at: Element | null = el; at; at = composedParent(at)) if ((widgets as readonly Element[]).includes(at)) return true;
  return false;
}

const describeEl = (el: Element) => `${el.localName}${el.id ? `#${el.id}` : ''}${el.getAttribute('type') ? `[type=${el.getAttribute('type')}]` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ')[0]}` : ''}`;

// WCAG 2.4.7 Focus visible: tab through each widget showing the full example plan; every element
// that takes focus shows an indicator.
describe('focus is visible on every focusable part of every widget', () => {
  it('Tab through every widget: each focused element shows an outline or ring', async () => {
    const { widgets } = await everyWidget();
    // Every part of the assessment open, as someone filling in the whole form has it (its date
    // fields are inside the parts).
    const form = widgets.find((w) => w.localName === 'assessment-form')!;
    await openAll(form);
    // And the summary's sign panel open, as someone recording an agreement has it (its day field).
    await openAll(widgets.find((w) => w.localName === 'plan-summary')!);
    const start = document.createElement('button');
    start.textContent = 'before';
    widgets[0]!.before(start);
    start.focus();
    const unseen = new Set<string>();
    const visited = new Set<Element>();
    let calendarButtons = 0;
    for (let i = 0; i < 800; i++) {
      await sendKeys({ press: 'Tab' });
      const el = deepActive();
      if (!el || !insideWidget(el, widgets)) {
        if (visited.size) break;
        continue;
      }
      // A date input's calendar button has focus when the input is focused but not :focus.
      if (el.getAttribute('type') === 'date' && !el.matches(':focus')) calendarButtons++;
      visited.add(el);
      if (!indicated(el)) unseen.add(describeEl(el));
    }
    expect(visited.size, 'focusable parts reached').to.be.greaterThan(30);
    expect(calendarButtons, "date inputs' calendar buttons reached").to.be.greaterThan(1);
    expect([...unseen]).to.deep.equal([]);
    await expect(widgets[0]).to.be.accessible();
  });
});
