import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import type { PlanProvider } from '../../src/elements/plan-provider/plan-provider.js';
import { fullPlan } from '../../stories/fixtures.js';
import { uniqueId } from '../helpers/provider.js';

const WIDGETS = ['assessment-form', 'goal-editor', 'modality-picker', 'plan-summary', 'progress-timeline'] as const;

// WCAG 1.4.10 Reflow: at 320 CSS px wide nothing may need horizontal scrolling.
describe('reflow at 320 px: the full example plan needs no horizontal scrolling', () => {
  before(() => setViewport({ width: 320, height: 640 }));
  after(() => setViewport({ width: 800, height: 600 }));

  for (const dir of ['ltr', 'rtl'] as const) {
    it(`every widget fits (${dir})`, async () => {
      const plan = { ...fullPlan(), id: uniqueId('reflow') };
      const wrapper = await fixture<HTMLDivElement>(html`
        <div dir=${dir}>
          <plan-provider .plan=${plan} plan-id=${plan.id} storage="memory" scope="reflow">
            ${WIDGETS.map((tag) => document.createElement(tag))}
          </plan-provider>
        </div>
      `);
      const provider = wrapper.querySelector<PlanProvider>('plan-provider')!;
      await provider.ready;
      const widgets = WIDGETS.map((tag) => wrapper.querySelector<HTMLElement & { updateComplete: Promise<boolean> }>(tag)!);
      await Promise.all(widgets.map((w) => w.updateComplete));
      const tooWide = widgets.filter((w) => w.scrollWidth > 320).map((w) => `${w.localName}: ${w.scrollWidth}px`);
      expect(tooWide).to.deep.equal([]);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      await expect(widgets.find((w) => w.localName === 'plan-summary')).to.be.accessible();
    });
  }
});
