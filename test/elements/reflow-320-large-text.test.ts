import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '../../src/define.js';
import { activeLocale, type PlanProvider, type TreatmentPlan } from '../../src/index.js';
import { fullPlan, riskPlan } from '../../stories/fixtures.js';
import { openEverything } from '../helpers/spanish-page.js';
import { uniqueId } from '../helpers/provider.js';

// WCAG 2.1 AA 1.4.10 Reflow and 1.4.4 Resize text, as the README promises ("reflow at 320 px and
// 200 % text"): in a column 320 px wide with the page's text at 200 %, no part of any widget runs
// past the column's right (or left) edge, so nobody has to scroll sideways to read a line.
// Each widget is read as a user reads it: every collapsed part opened with its toggle.
//
// Two-dimensional content (a chart, a data table) may scroll inside its own box (1.4.10's
// exception): what lies inside a box that scrolls sideways and itself fits is not counted.

const TAGS = ['plan-summary', 'assessment-form', 'goal-editor', 'modality-picker', 'progress-timeline'] as const;
const PLANS: [string, () => TreatmentPlan, number][] = [
  ['the full example plan', () => fullPlan(), 320],
  ['the plan with a risk answer', () => riskPlan(), 320],
  ['the full example plan', () => fullPlan(), 270],
];

/** `tag.class[part=…]` of an element and its two nearest ancestors (ids left out: one line per kind of part). */
function selectorOf(el: Element): string {
  const one = (e: Element) => {
    const part = e.getAttribute('part');
    return `${e.localName}${[...e.classList].map((c) => `.${c}`).join('')}${part ? `[part="${part}"]` : ''}`;
  };
  const path: string[] = [];
  for (let e: Element | null = el; e && path.length < 3; e = e.parentElement) path.unshift(one(e));
  return path.join(' > ');
}

/** Is `el` inside a box that scrolls or clips sideways (a chart or table frame, visually hidden text)? */
function clipped(el: Element): boolean {
  for (let e = el.parentElement; e; e = e.parentElement) {
    if (['auto', 'scroll', 'hidden', 'clip'].includes(getComputedStyle(e).overflowX)) return true;
  }
  return false;
}

/**
 * The parts of `widget` that run past the column's edges: `widget selector (left..right)`, one line
 * per selector with its widest extent.
 */
function overflowing(widget: HTMLElement, column: DOMRect): string[] {
  const widest = new Map<string, [number, number]>();
  for (const el of widget.shadowRoot!.querySelectorAll('*')) {
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) continue;
    if (r.right <= column.right + 0.5 && r.left >= column.left - 0.5) continue;
    if (clipped(el)) continue;
    const key = `${widget.localName} ${selectorOf(el)}`;
    const [l, rr] = widest.get(key) ?? [Infinity, -Infinity];
    widest.set(key, [Math.min(l, r.left - column.left), Math.max(rr, r.right - column.left)]);
  }
  return [...widest].map(([key, [l, r]]) => `${key} (${Math.round(l)}..${Math.round(r)})`);
}

describe('every widget reflows in a 320 px (and 270 px) column at 200 % text (WCAG 1.4.10, 1.4.4)', function () {
  this.timeout(240_000);
  let fontSize = '';
  before(() => {
    fontSize = document.documentElement.style.fontSize;
    document.documentElement.style.fontSize = '200%';
  });
  after(() => {
    document.documentElement.style.fontSize = fontSize;
  });

  // 320 px, and 270 px: a 320 px screen less the page's own margins around a widget (the demo's).
  for (const [name, make, WIDTH] of PLANS) {
    for (const locale of ['en', 'es'] as const) {
      for (const mode of ['clinician', 'client'] as const) {
        it(`${name}, ${WIDTH} px, ${locale}, ${mode}: all six elements, every part opened`, async () => {
          const plan = { ...make(), id: uniqueId('reflow') };
          const column = await fixture<HTMLDivElement>(html`
            <div style="inline-size: ${WIDTH}px">
              <plan-provider .plan=${plan} plan-id=${plan.id} storage="memory" scope="reflow" mode=${mode} locale=${locale}>
                ${TAGS.map((tag) => document.createElement(tag))}
              </plan-provider>
            </div>
          `);
          const provider = column.querySelector<PlanProvider>('plan-provider')!;
          await provider.ready;
          await waitUntil(() => activeLocale() === locale, `the page is in ${locale}`);
          const widgets = [provider, ...provider.querySelectorAll<LitElement>(TAGS.join(','))];
          await Promise.all(widgets.map((w) => w.updateComplete));
          for (const w of widgets) await openEverything(w);
          // A <details> says it opened with a `toggle` event a task later: the goal library (clinician
          // mode) renders its entries then, "Add this goal to [problem]" on each of its goals.
          const editor = widgets.find((w) => w.localName === 'goal-editor')!;
          const libraryTargets = () => editor.shadowRoot!.querySelectorAll('select[data-library-goal-target]').length;
          await waitUntil(() => mode === 'client' || libraryTargets() > 0, 'the goal library opens');
          expect(libraryTargets() > 0, 'library goals to add').to.equal(mode === 'clinician');
          await Promise.all(widgets.map((w) => w.updateComplete));
          // The text really is at 200 % (16 px → 32 px), and the widgets did render.
          expect(getComputedStyle(widgets[1]!).fontSize).to.equal('32px');
          for (const w of widgets.slice(1)) expect(w.shadowRoot!.textContent!.trim().length, w.localName).to.be.greaterThan(100);

          const box = column.getBoundingClientRect();
          expect(box.width).to.equal(WIDTH);
          const found = widgets.flatMap((w) => overflowing(w, box));
          expect(found).to.deep.equal([]);
          // The PHQ-9's questions are on screen, and every answer's radio button keeps its size
          // (1.25rem = 40 px) beside a label that wraps.
          const form = widgets.find((w) => w.localName === 'assessment-form')!;
          const radios = [...form.shadowRoot!.querySelectorAll('.options input[type="radio"]')];
          expect(radios.length).to.be.greaterThan(9 * 4);
          expect([...new Set(radios.map((r) => `${Math.round(r.getBoundingClientRect().width)}x${Math.round(r.getBoundingClientRect().height)}`))]).to.deep.equal(['40x40']);
          const wide = widgets.slice(1).filter((w) => w.scrollWidth > w.clientWidth).map((w) => `${w.localName}: ${w.scrollWidth} > ${w.clientWidth}`);
          expect(wide).to.deep.equal([]);
          await expect(provider).to.be.accessible();
        });
      }
    }
  }
});
