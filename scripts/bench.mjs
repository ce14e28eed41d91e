// `npm run bench`: bundle sizes, store throughput, draft save/restore and render timings in Chromium.
// Figures only: nothing here fails on speed.
import { build } from 'esbuild';
import { createServer } from 'node:http';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, CHROME_HINT, findChrome } from './chrome.mjs';
import { ensureDeps } from './ensure-deps.mjs';
import { kb, measureSizes } from './sizes.mjs';

ensureDeps();
const { whole, elements } = await measureSizes();
console.log('Bundle sizes (minified, gzip, dependencies included)');
console.log(`  whole kit (define.js)        ${kb(whole.gzip).padStart(9)}   (${kb(whole.raw)} minified)`);
for (const [tag, s] of Object.entries(elements)) console.log(`  <${tag}> alone`.padEnd(32) + kb(s.gzip).padStart(9));

const executablePath = findChrome();
if (!executablePath) {
  console.error(CHROME_HINT);
  process.exit(1);
}
const out = await build({
  entryPoints: ['bench/browser.ts'],
  bundle: true,
  minify: true,
  format: 'esm',
  write: false,
  conditions: ['production'],
  tsconfigRaw: { compilerOptions: { experimentalDecorators: true, useDefineForClassFields: false } },
});
const js = out.outputFiles[0].text;
const server = createServer((req, res) => {
  if (req.url === '/bench.js') {
    res.writeHead(200, { 'content-type': 'text/javascript' });
    res.end(js);
  } else {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end('<!doctype html><html lang="en"><body><script type="module" src="/bench.js"></script></body></html>');
  }
}).listen(0, '127.0.0.1');
await new Promise((r) => server.once('listening', r));
const browser = await chromium.launch({ executablePath, args: CHROME_ARGS, headless: true });
try {
  const page = await browser.newPage();
  page.on('pageerror', (e) => console.error('page error:', e.message));
  await page.goto(`http://127.0.0.1:${server.address().port}/`);
  const results = await page.evaluate(() => window.benchResult);
  console.log('\nChromium (plan of 100 goals × 5 objectives, 1,000 timeline entries)');
  for (const [k, v] of Object.entries(results)) console.log(`  ${k.padEnd(48)} ${Number.isInteger(v) ? v : v.toFixed(1)}`);
} finally {
  await browser.close();
  server.close();
}
