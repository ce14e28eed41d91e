import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { everyWidget } from './helpers.js';

// WCAG 1.4.10 Reflow: at 320 CSS px wide nothing may need horizontal scrolling.
describe('reflow at 320 px: the full example plan needs no horizontal scrolling', () => {
  before(() => setViewport({ width: 320, height: 640 }));
  after(() => setViewport({ width: 800, height: 600 }));

  for (const dir of ['ltr', 'rtl'] as const) {
    it(`every widget fits (${dir})`, async () => {
      const { widgets } = await everyWidget(dir);
      const tooWide = widgets.filter((w) => w.scrollWidth > 320).map((w) => `${w.localName}: ${w.scrollWidth}px`);
      expect(tooWide).to.deep.equal([]);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      await expect(widgets.find((w) => w.localName === 'plan-summary')).to.be.accessible();
    });
  }
});
