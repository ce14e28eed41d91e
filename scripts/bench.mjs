// `npm run bench`: bundle sizes, the PHQ-9 intake page against a page with no library (ready time,
// heap, long tasks), store throughput, draft save/restore, render timings and keystroke to next paint
// on a whole page in Chromium. Figures only: nothing here fails on speed.
import { execSync } from 'node:child_process';
import { build } from 'esbuild';
import { createServer } from 'node:http';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, CHROME_HINT, findChrome } from './chrome.mjs';
import { ensureDeps } from './ensure-deps.mjs';
import { intakeBench } from './bench-intake.mjs';
import { kb, measureSizes } from './sizes.mjs';

// `npm run bench -- --typing` runs only the whole-page typing measurement, `-- --intake` only the
// PHQ-9 intake page pair.
const typingOnly = process.argv.includes('--typing');
const intakeOnly = process.argv.includes('--intake');
const everything = !typingOnly && !intakeOnly;
ensureDeps();
// The intake page is built from dist/, so build it first (the size figures are measured on it too).
execSync('node scripts/build.mjs', { stdio: 'ignore' });
if (everything) {
  const { whole, pages, elements } = await measureSizes({ prebuilt: true });
  console.log('Bundle sizes up front (minified, gzip, dependencies included)');
  console.log(`  whole kit (define.js)`.padEnd(40) + `${kb(whole.gzip).padStart(9)}   (${kb(whole.raw)} minified)`);
  for (const [name, s] of Object.entries(pages)) console.log(`  ${name}`.padEnd(40) + kb(s.gzip).padStart(9));
  for (const [tag, s] of Object.entries(elements)) console.log(`  <${tag}> alone`.padEnd(40) + kb(s.gzip).padStart(9));
}

const executablePath = findChrome();
if (!executablePath) {
  console.error(CHROME_HINT);
  process.exit(1);
}
const bundle = async (entry) =>
  (
    await build({
      entryPoints: [entry],
      bundle: true,
      minify: true,
      format: 'esm',
      write: false,
      conditions: ['production'],
      tsconfigRaw: { compilerOptions: { experimentalDecorators: true, useDefineForClassFields: false } },
    })
  ).outputFiles[0].text;
const scripts = { '/bench.js': await bundle('bench/browser.ts'), '/page.js': await bundle('bench/page.ts') };
const server = createServer((req, res) => {
  const [path, query = ''] = req.url.split('?');
  if (scripts[path]) {
    res.writeHead(200, { 'content-type': 'text/javascript' });
    res.end(scripts[path]);
  } else {
    const script = new URLSearchParams(query).get('script') ?? 'bench';
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end(`<!doctype html><html lang="en"><body><script type="module" src="/${script}.js"></script></body></html>`);
  }
}).listen(0, '127.0.0.1');
await new Promise((r) => server.once('listening', r));
/** Nearest-rank percentile of a sorted list. */
const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

/**
 * Keystroke to next paint on the whole page (provider, five widgets, large plan): typing into a
 * goal-editor objective field against a plain <textarea> on the same page, interleaved over rounds.
 * Keys come 120 ms apart, a fast typist's pace: quicker bursts would queue keystrokes behind one
 * another and measure the queue. Event Timing reports only interactions of 16 ms or more
 * (`durationThreshold: 16`, the smallest Chromium accepts); a keystroke it does not report counts as
 * 16, so the textarea's figure is a ceiling (16 ms) and a ratio to it a floor of the real ratio. The
 * keydown-to-next-frame figures, measured by the page itself, show the unclamped times beside them.
 */
async function typingBench(browser, url) {
  const KEYS = 'walk to the station';
  const ROUNDS = 5;
  const page = await browser.newPage();
  page.on('pageerror', (e) => console.error('page error:', e.message));
  await page.goto(url);
  await page.waitForFunction(() => window.benchPage);
  await page.evaluate(() => window.benchPage.setup());
  const fields = {
    'plain <textarea>': page.locator('#floor'),
    '<goal-editor> objective': page.locator('goal-editor [data-focus="text:o0-0-0"]'),
  };
  const samples = Object.fromEntries(Object.keys(fields).map((k) => [k, { eventTiming: [], nextFrame: [], work: {} }]));
  // Round 0 warms up (first layout of the page, compiled code) and is not counted.
  for (let round = 0; round <= ROUNDS; round++) {
    for (const [name, field] of Object.entries(fields)) {
      await field.click();
      await page.evaluate(() => window.benchPage.reset());
      await page.keyboard.type(KEYS, { delay: 120 });
      const seen = await page.evaluate(() => window.benchPage.durations());
      if (round === 0) continue;
      const quick = Math.max(0, KEYS.length - seen.eventTiming.length);
      samples[name].eventTiming.push(...seen.eventTiming, ...Array(quick).fill(16));
      samples[name].nextFrame.push(...seen.nextFrame);
      for (const [tag, ms] of Object.entries(seen.work)) samples[name].work[tag] = (samples[name].work[tag] ?? 0) + ms;
      if (process.env.BENCH_VERBOSE) console.log(name, seen.eventTiming.map(Math.round).join(' '), '|', seen.nextFrame.map(Math.round).join(' '));
    }
  }
  await page.close();
  console.log(`\nKeystroke to next paint, whole page: provider + 5 widgets + large plan (${ROUNDS} × ${KEYS.length} keys)`);
  const stats = (list) => {
    const sorted = list.slice().sort((a, b) => a - b);
    return { p50: percentile(sorted, 50), p95: percentile(sorted, 95) };
  };
  for (const [what, title] of [
    ['eventTiming', 'Event Timing (interaction duration, durationThreshold 16; under 16 ms counts as 16)'],
    ['nextFrame', 'keydown to after the next frame (cross-check)'],
  ]) {
    console.log(`  ${title}`);
    const floor = stats(samples['plain <textarea>'][what]);
    for (const [name, s] of Object.entries(samples)) {
      const { p50, p95 } = stats(s[what]);
      const ratio = `p50 ${(p50 / floor.p50).toFixed(2)}×, p95 ${(p95 / floor.p95).toFixed(2)}×`;
      console.log(`    ${name.padEnd(26)} p50 ${p50.toFixed(0).padStart(5)} ms   p95 ${p95.toFixed(0).padStart(5)} ms   vs textarea ${ratio}`);
    }
  }
  const typed = samples['<goal-editor> objective'];
  const perKey = (ms) => (ms / (ROUNDS * KEYS.length)).toFixed(2);
  console.log('  Where a goal-editor keystroke goes: each widget’s update (render + DOM commit), ms per keystroke');
  console.log(`    ${Object.entries(typed.work).map(([tag, ms]) => `<${tag}> ${perKey(ms)}`).join('   ')}`);
}

const browser = await chromium.launch({ executablePath, args: CHROME_ARGS, headless: true });
try {
  if (!typingOnly) await intakeBench(browser);
  if (everything) {
    const page = await browser.newPage();
    page.on('pageerror', (e) => console.error('page error:', e.message));
    await page.goto(`http://127.0.0.1:${server.address().port}/`);
    const results = await page.evaluate(() => window.benchResult);
    console.log('\nChromium (plan of 100 goals × 5 objectives, 1,000 timeline entries)');
    for (const [k, v] of Object.entries(results)) console.log(`  ${k.padEnd(48)} ${Number.isInteger(v) ? v : v.toFixed(1)}`);
    await page.close();
  }
  if (!intakeOnly) await typingBench(browser, `http://127.0.0.1:${server.address().port}/?script=page`);
} finally {
  await browser.close();
  server.close();
}
