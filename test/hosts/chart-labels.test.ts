import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { everyWidget } from './helpers.js';

const frame = () => new Promise((r) => requestAnimationFrame(r));

/** The progress timeline of the full example plan, once its charts have measured themselves. */
async function timeline(dir: 'ltr' | 'rtl') {
  const { widgets } = await everyWidget(dir);
  const el = widgets.find((w) => w.localName === 'progress-timeline')!;
  for (let i = 0; i < 3; i++) {
    await frame();
    await el.updateComplete;
  }
  const charts = [...el.shadowRoot!.querySelectorAll<SVGSVGElement>('figure[part="chart"] svg')];
  expect(charts.length, 'charts').to.be.greaterThan(0);
  return { el, charts };
}

type Box = { name: string; r: DOMRect };
const boxes = (svg: SVGSVGElement, selector: string): Box[] =>
  [...svg.querySelectorAll<SVGGraphicsElement>(selector)].map((t) => ({ name: `${t.getAttribute('class') ?? t.parentElement?.getAttribute('class')} "${t.textContent}"`, r: t.getBoundingClientRect() }));
const overlap = (a: DOMRect, b: DOMRect) => Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1;

function collisions(svg: SVGSVGElement): string[] {
  const labels = boxes(svg, 'text:not(.glyph)');
  const marks = boxes(svg, '.point .dot');
  const out: string[] = [];
  labels.forEach((a, i) => labels.slice(i + 1).forEach((b) => overlap(a.r, b.r) && out.push(`${a.name} × ${b.name}`)));
  // A marker may sit on a line's label inside the plot, never on the axis or band names.
  const outside = labels.filter((l) => /tick|band-label/.test(l.name));
  for (const m of marks) for (const l of outside) if (overlap(m.r, l.r)) out.push(`marker × ${l.name}`);
  return out;
}

// Issue 17: right to left, "Baseline" sat over the 15 tick and markers over the band names.
describe('progress chart labels: no collisions in either direction, and they grow with the text', () => {
  afterEach(async () => {
    document.documentElement.style.fontSize = '';
    await setViewport({ width: 800, height: 600 });
  });

  for (const [dir, width] of [['ltr', 800], ['rtl', 800], ['rtl', 320], ['ltr', 320]] as const) {
    it(`${dir} at ${width} px: no label overlaps another, no marker covers an axis or band label`, async () => {
      await setViewport({ width, height: 800 });
      const { el, charts } = await timeline(dir);
      expect(charts.flatMap(collisions)).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });
  }

  it('right to left, time runs right to left (the reading direction) and the score axis is on the right', async () => {
    const { charts } = await timeline('rtl');
    const points = [...charts[0]!.querySelectorAll('.point .dot')].map((d) => d.getBoundingClientRect().x);
    expect(points.length).to.be.greaterThan(1);
    expect(points[0]).to.be.greaterThan(points.at(-1)!);
    const tick = charts[0]!.querySelector('.tick')!.getBoundingClientRect();
    expect(tick.left).to.be.greaterThan(charts[0]!.getBoundingClientRect().left + charts[0]!.getBoundingClientRect().width / 2);
  });

  for (const [text, width] of [['100 %', 320], ['200 %', 640]] as const) {
    it(`at ${text} text in a ${width} px window, chart labels are at least 0.6 of the text size`, async () => {
      await setViewport({ width, height: 800 });
      document.documentElement.style.fontSize = text === '200 %' ? '200%' : '';
      const { el, charts } = await timeline('ltr');
      const textSize = parseFloat(getComputedStyle(el).fontSize);
      const sizes = charts.flatMap((svg) =>
        [...svg.querySelectorAll('text')].map((t) => t.getBoundingClientRect().height),
      );
      // A label's box is about 1.2 × its font size.
      const small = sizes.filter((h) => h / 1.2 < 0.6 * textSize);
      expect(small, `labels smaller than 0.6 × ${textSize}px`).to.deep.equal([]);
    });
  }
});
