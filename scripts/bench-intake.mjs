// The PHQ-9 intake page pair of `npm run bench`: the kit's page (the provider and assessment-form
// entries from dist/, built by Vite as a portal's build would ship them) against a page with no
// library showing the same questionnaire (the floor). Each load is cold, in a fresh browser context
// (no cache, no storage), the two pages interleaved over several rounds.
import { createServer } from 'node:http';
import { build } from 'vite';

const ROUNDS = 15;

/** Builds both pages with Vite (production, minified, as a host's `vite build`) and serves them. */
async function servePages() {
  const out = await build({
    configFile: false,
    root: 'bench/intake',
    logLevel: 'warn',
    build: { write: false, rollupOptions: { input: { kit: 'bench/intake/kit.html', floor: 'bench/intake/floor.html' } } },
  });
  const files = new Map();
  for (const o of [out].flat().flatMap((b) => b.output)) files.set(`/${o.fileName}`, o.type === 'chunk' ? o.code : o.source);
  let floorData = '{}';
  const server = createServer((req, res) => {
    const path = req.url.split('?')[0];
    let body = files.get(path);
    if (body === undefined) {
      res.writeHead(404).end();
      return;
    }
    if (path === '/floor.html') body = String(body).replace('</head>', `<script type="application/json" id="phq9-data">${floorData}</script></head>`);
    res.writeHead(200, { 'content-type': path.endsWith('.html') ? 'text/html' : 'text/javascript', 'cache-control': 'no-store' });
    res.end(body);
  }).listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return { origin, server, setFloorData: (json) => (floorData = json.replaceAll('<', '\\u003c')) };
}

/**
 * Runs before any script of the page: records long tasks from the start, and notes the time of the
 * first frame in which all `radios` radio buttons exist (in the page or any open shadow root).
 */
function probe(radios) {
  const bench = (window.__bench = { longTasks: [], ready: 0 });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) bench.longTasks.push(e.duration);
  }).observe({ type: 'longtask', buffered: true });
  const count = (root) => {
    let n = root.querySelectorAll('input[type=radio]').length;
    for (const el of root.querySelectorAll('*')) if (el.shadowRoot) n += count(el.shadowRoot);
    return n;
  };
  const tick = () => {
    if (count(document) >= radios) bench.ready = performance.now();
    else requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

/** The questionnaire's words as the kit's page shows them, for the floor page to show the same. */
async function readKitPage(browser, origin) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${origin}/kit.html`);
  // The instrument's part of the form (a collapsible part since issue 18; its heading is its toggle).
  const form = page.locator('assessment-form section[data-instrument="phq9"]');
  await form.locator('fieldset').last().waitFor();
  const data = await form.evaluate((section) => ({
    title: section.querySelector('h3 .title').textContent.trim(),
    instructions: section.querySelector('.instructions').textContent.trim(),
    items: [...section.querySelectorAll('fieldset')].map((f) => ({
      legend: f.querySelector('legend').textContent.trim(),
      options: [...f.querySelectorAll('label')].map((l) => l.textContent.trim()),
    })),
    button: section.querySelector('.actions button').textContent.trim(),
    licence: section.querySelector('.licence').textContent.trim(),
  }));
  await context.close();
  return data;
}

/** One cold load: time to all radios, long tasks until then and for a second after, heap after GC. */
async function coldLoad(browser, url, radios) {
  const context = await browser.newContext();
  await context.addInitScript(probe, radios);
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error('page error:', e.message));
  await page.goto(url);
  await page.waitForFunction(() => window.__bench.ready > 0);
  // Whatever the page still does once it shows the form (restoring a draft, first save) counts too.
  await page.waitForTimeout(1000);
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const { ready, longTasks } = await page.evaluate(() => window.__bench);
  await context.close();
  return { ready, heap: usedSize, longTasks };
}

const median = (list) => {
  const s = list.slice().sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

export async function intakeBench(browser) {
  const { origin, server, setFloorData } = await servePages();
  try {
    const data = await readKitPage(browser, origin);
    setFloorData(JSON.stringify(data));
    const radios = data.items.reduce((n, i) => n + i.options.length, 0);
    const pages = { kit: `${origin}/kit.html`, floor: `${origin}/floor.html` };
    const runs = { kit: [], floor: [] };
    // Round 0 warms up the browser process and is not counted; then the order alternates each round.
    for (let round = 0; round <= ROUNDS; round++) {
      const order = round % 2 ? ['kit', 'floor'] : ['floor', 'kit'];
      for (const name of order) {
        const r = await coldLoad(browser, pages[name], radios);
        if (round > 0) runs[name].push(r);
        if (process.env.BENCH_VERBOSE) console.log(name, round, r.ready.toFixed(0), 'ms', (r.heap / 1e6).toFixed(2), 'MB', 'long tasks', r.longTasks.map(Math.round).join(' '));
      }
    }
    const summary = (list) => ({
      ready: median(list.map((r) => r.ready)),
      heap: median(list.map((r) => r.heap)),
      withLongTasks: list.filter((r) => r.longTasks.length).length,
      longest: Math.max(0, ...list.flatMap((r) => r.longTasks)),
    });
    const kit = summary(runs.kit);
    const floor = summary(runs.floor);
    const ratios = runs.kit.map((r, i) => r.ready / runs.floor[i].ready);
    const mb = (b) => `${(b / 1024 / 1024).toFixed(2)} MB`;
    console.log(`\nPHQ-9 intake page, cold loads in fresh browser contexts (${ROUNDS} rounds, interleaved; ${data.items.length} questions, ${radios} radios)`);
    for (const [name, s] of [['the kit (provider + assessment-form, built by Vite)', kit], ['no library (the floor)', floor]]) {
      console.log(`  ${name.padEnd(52)} ready median ${s.ready.toFixed(0).padStart(4)} ms   heap after GC ${mb(s.heap)}   long tasks in ${s.withLongTasks} of ${ROUNDS} loads (longest ${s.longest.toFixed(0)} ms)`);
    }
    // Long tasks on the floor page are the machine's (other processes), not the page's: read the kit's beside them.
    console.log(`  ready, kit vs floor: ${(kit.ready / floor.ready).toFixed(2)}× (ratio of medians), ${median(ratios).toFixed(2)}× (median of the rounds' ratios; range ${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)}×)`);
  } finally {
    server.close();
  }
}
