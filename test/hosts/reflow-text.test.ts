import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { everyWidget } from './helpers.js';

// WCAG 1.4.4 Resize text with 1.4.10 Reflow: text at 200 % (the root font size doubled, as a
// browser's text-size setting does) in a 640 px wide window — the same room per letter as 320 px at
// 100 % — must not need horizontal scrolling.
// The chart labels' size at 200 % text is checked in chart-labels.test.ts.
describe('200 % text: the full example plan needs no horizontal scrolling', () => {
  before(async () => {
    await setViewport({ width: 640, height: 800 });
    document.documentElement.style.fontSize = '200%';
  });
  after(async () => {
    document.documentElement.style.fontSize = '';
    await setViewport({ width: 800, height: 600 });
  });

  for (const dir of ['ltr', 'rtl'] as const) {
    it(`every widget fits (${dir})`, async () => {
      const { widgets } = await everyWidget(dir);
      const tooWide = widgets.filter((w) => w.scrollWidth > 640).map((w) => `${w.localName}: ${w.scrollWidth}px`);
      expect(tooWide).to.deep.equal([]);
      expect(document.documentElement.scrollWidth).to.be.at.most(640);
      const timeline = widgets.find((w) => w.localName === 'progress-timeline')!;
      await expect(timeline).to.be.accessible();
    });
  }
});
