import { chromium } from 'playwright-core';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-dev-shm-usage'] });
for (const [story, w] of [['ChosenApproachesWithHomework', 1000], ['SuggestionsFromAssessment', 320], ['ClientMode', 800]]) {
  const p = await b.newPage({ viewport: { width: w, height: 900 } });
  p.on('console', m => m.type() === 'error' && console.log('console:', m.text()));
  p.on('pageerror', e => console.log('pageerror', e.message));
  await p.goto(`http://localhost:8103/.tmp-preview/index.html?s=${story}`);
  await p.waitForTimeout(4000);
  await p.screenshot({ path: `/tmp/mp-${story}.png`, fullPage: true });
  const sw = await p.evaluate(() => document.documentElement.scrollWidth);
  console.log(story, w, 'scrollWidth', sw);
}
await b.close();
