#!/usr/bin/env node
// Opens every story of the built Storybook in Chromium and fails on console errors, uncaught
// exceptions, Storybook render errors or axe violations.
//
//   node scripts/story-check.mjs                       build Storybook, then check it
//   node scripts/story-check.mjs --static-dir DIR      check an existing build
//   options: --themes light,dark|all   themes to open each story in (default: light)
//            --dir rtl                  text direction (default ltr)
//            --locale es                the toolbar's locale (default en)
//            --filter TEXT              only story ids containing TEXT
//            --docs                     also open docs pages (errors only; Storybook's own doc blocks are not axe-checked)
//            --port N                   port for the local server (default: any free port)
//            --concurrency N            pages open at once (default 2)
//            --forced-colors            emulate forced-colors: active (Windows high contrast)
//            --reduced-motion           emulate prefers-reduced-motion: reduce
//
// A story tagged `expected-console-error` (e.g. an element placed without its provider, which
// reports that on the console by design) may log console errors, and so may its component's docs
// page; everything else still applies.
//
// Prints one line at the end: "story-check: N passed, N failed (…)"; exit code 1 on any failure.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, CHROME_HINT, findChrome } from './chrome.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);
const ALL_THEMES = ['light', 'dark', 'ehr-teal', 'portal-contrast'];
const STORY_TIMEOUT_MS = 30_000;

function parseArgs(argv) {
  const opts = { staticDir: undefined, themes: ['light'], dir: 'ltr', filter: '', docs: false, port: 0, concurrency: 2, forcedColors: false, reducedMotion: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--static-dir') opts.staticDir = next();
    else if (a === '--themes') {
      const v = next();
      opts.themes = v === 'all' ? ALL_THEMES : v.split(',').map((s) => s.trim()).filter(Boolean);
    } else if (a === '--dir') opts.dir = next();
    else if (a === '--locale') opts.locale = next();
    else if (a === '--filter') opts.filter = next();
    else if (a === '--docs') opts.docs = true;
    else if (a === '--forced-colors') opts.forcedColors = true;
    else if (a === '--reduced-motion') opts.reducedMotion = true;
    else if (a === '--port') opts.port = Number(next());
    else if (a === '--concurrency') opts.concurrency = Math.max(1, Number(next()) || 1);
    else if (a === '--help' || a === '-h') {
      console.log(readFileSync(fileURLToPath(import.meta.url), 'utf8').split('\n').slice(1, 19).join('\n'));
      process.exit(0);
    } else throw new Error(`unknown option ${a}`);
  }
  for (const t of opts.themes) if (!ALL_THEMES.includes(t)) throw new Error(`unknown theme "${t}" (${ALL_THEMES.join(', ')})`);
  if (!['ltr', 'rtl'].includes(opts.dir)) throw new Error('--dir is ltr or rtl');
  return opts;
}

function build(outDir) {
  console.log(`story-check: building Storybook into ${outDir} …`);
  const bin = join(root, 'node_modules', '.bin', process.platform === 'win32' ? 'storybook.cmd' : 'storybook');
  const r = spawnSync(bin, ['build', '--quiet', '-o', outDir], { cwd: root, stdio: 'inherit', env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1' } });
  if (r.status !== 0) throw new Error(`storybook build failed (exit ${r.status})`);
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.map': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
};

/** A static file server for the build directory, on localhost only. */
function serve(dir, port) {
  const base = resolve(dir);
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let path = normalize(join(base, decodeURIComponent(url.pathname)));
    if (path !== base && !path.startsWith(base + sep)) {
      res.writeHead(403).end();
      return;
    }
    if (url.pathname === '/favicon.ico' && !existsSync(path)) {
      res.writeHead(204).end();
      return;
    }
    if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html');
    if (!existsSync(path)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream', 'cache-control': 'max-age=3600' });
    res.end(readFileSync(path));
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => ok(server));
  });
}

/** Waits until Storybook rendered the story (or showed an error) and every Lit element settled. */
async function settle(page) {
  await page.waitForFunction(
    () => /sb-show-(main|errordisplay|nopreview)/.test(document.body.className) || document.querySelector('#storybook-docs .sbdocs'),
    undefined,
    { timeout: STORY_TIMEOUT_MS },
  );
  await page.evaluate(async () => {
    const all = (node, out = []) => {
      for (const el of node.querySelectorAll('*')) {
        out.push(el);
        if (el.shadowRoot) all(el.shadowRoot, out);
      }
      return out;
    };
    for (let round = 0; round < 3; round++) {
      const els = all(document);
      await Promise.all(
        els.flatMap((el) => [
          el.localName === 'plan-provider' && el.ready ? el.ready : undefined,
          el.updateComplete instanceof Promise ? el.updateComplete : undefined,
        ]).filter(Boolean),
      );
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    }
  });
}

/** Switches the already-loaded preview to another story through Storybook's channel (no reload). */
async function switchTo(page, entry) {
  const viewMode = entry.type === 'docs' ? 'docs' : 'story';
  return page.evaluate(
    ({ id, viewMode, timeout }) =>
      new Promise((resolve) => {
        const channel = window.__STORYBOOK_ADDONS_CHANNEL__;
        if (!channel) return resolve({ kind: 'no-channel' });
        const events = {
          storyRendered: 'rendered',
          docsRendered: 'rendered',
          storyErrored: 'errored',
          storyThrewException: 'exception',
          storyMissing: 'missing',
        };
        const handlers = {};
        const finish = (result) => {
          clearTimeout(timer);
          for (const [name, fn] of Object.entries(handlers)) channel.off(name, fn);
          resolve(result);
        };
        for (const [name, kind] of Object.entries(events)) {
          handlers[name] = (arg) =>
            finish({ kind, message: arg ? String(arg.description ?? arg.message ?? arg.title ?? '') : '' });
          channel.on(name, handlers[name]);
        }
        const timer = setTimeout(() => finish({ kind: 'timeout' }), timeout);
        channel.emit('setCurrentStory', { storyId: id, viewMode });
      }),
    { id: entry.id, viewMode, timeout: STORY_TIMEOUT_MS },
  );
}

/**
 * One page per worker and theme: the preview loads once (with the theme and direction as URL
 * globals), then every story is switched to through the channel, which is many times faster
 * than reloading the 2 MB preview bundle for each story.
 */
async function openPage(context, baseUrl, first, theme, opts, sink) {
  const page = await context.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error') sink.current.push(`console error: ${m.text().split('\n').slice(0, 3).join(' ⏎ ')}`);
  });
  page.on('pageerror', (e) => sink.current.push(`uncaught exception: ${e.message}`));
  page.on('response', (r) => {
    if (r.status() >= 400) sink.current.push(`HTTP ${r.status()} for ${r.url()}`);
  });
  page.on('requestfailed', (r) => sink.current.push(`request failed: ${r.url()} (${r.failure()?.errorText ?? 'unknown'})`));
  const viewMode = first.type === 'docs' ? 'docs' : 'story';
  // a11y.manual stops addon-a11y's own automatic run, so only this script's axe runs.
  const globals = `theme:${theme};dir:${opts.dir};${opts.locale ? `locale:${opts.locale};` : ''}a11y.manual:!true`;
  const url = `${baseUrl}/iframe.html?id=${encodeURIComponent(first.id)}&viewMode=${viewMode}&globals=${encodeURIComponent(globals)}`;
  await page.goto(url, { waitUntil: 'load', timeout: STORY_TIMEOUT_MS * 2 });
  return page;
}

async function checkEntry(page, entry, isFirst, axeSource, sink, forcedColors = false) {
  const problems = (sink.current = []);
  const allowConsole = (entry.tags ?? []).includes('expected-console-error');
  try {
    if (!isFirst) {
      const r = await switchTo(page, entry);
      if (r.kind === 'errored' || r.kind === 'exception') problems.push(`render error: ${r.message || r.kind}`);
      else if (r.kind !== 'rendered') problems.push(`story did not render (${r.kind})`);
    }
    await settle(page);
    const shownError = await page.evaluate(() =>
      document.body.classList.contains('sb-show-errordisplay')
        ? (document.querySelector('#error-message')?.textContent ?? 'Storybook showed its error display').trim()
        : undefined,
    );
    if (shownError && !problems.some((p) => p.startsWith('render error'))) problems.push(`render error: ${shownError}`);
    if (entry.type === 'story' && !shownError) {
      // A tag that never upgraded renders nothing, which axe would happily pass.
      const undefinedTags = await page.evaluate(() => {
        const tags = new Set();
        const walk = (node) => {
          for (const el of node.querySelectorAll('*')) {
            if (el.localName.includes('-') && !customElements.get(el.localName)) tags.add(el.localName);
            if (el.shadowRoot) walk(el.shadowRoot);
          }
        };
        walk(document.querySelector('#storybook-root') ?? document);
        return [...tags];
      });
      for (const tag of undefinedTags) problems.push(`<${tag}> is not defined (missing or tree-shaken define import?)`);
      const hasAxe = await page.evaluate(() => typeof window.axe?.run === 'function');
      if (!hasAxe) await page.addScriptTag({ content: axeSource });
      const violations = await page.evaluate(async (forcedColors) => {
        const r = await window.axe.run(document.querySelector('#storybook-root') ?? document, {
          resultTypes: ['violations'],
          runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
          // Under forced colours the user's palette decides contrast, and axe reads the author
          // colours it no longer paints: its contrast rule only reports noise there.
          rules: forcedColors ? { 'color-contrast': { enabled: false } } : {},
        });
        return r.violations.map((v) => ({
          id: v.id,
          impact: v.impact,
          help: v.help,
          targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
        }));
      }, forcedColors);
      for (const v of violations) problems.push(`axe ${v.id} (${v.impact}): ${v.help} — ${v.targets.join(' | ')}`);
    }
  } catch (e) {
    problems.push(`failed: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
  }
  // Give late console errors of this story a moment to arrive before the next one starts.
  await page.waitForTimeout(50);
  sink.current = [];
  return allowConsole ? problems.filter((p) => !p.startsWith('console error:')) : problems;
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const staticDir = resolve(root, opts.staticDir ?? 'storybook-static');
  if (!opts.staticDir) build(staticDir);
  const indexPath = join(staticDir, 'index.json');
  if (!existsSync(indexPath)) throw new Error(`${indexPath} not found: build Storybook first or drop --static-dir`);
  const index = JSON.parse(readFileSync(indexPath, 'utf8'));
  const entries = Object.values(index.entries ?? {})
    .filter((e) => e.type === 'story' || (opts.docs && e.type === 'docs'))
    .filter((e) => !opts.filter || e.id.includes(opts.filter));
  if (entries.length === 0) throw new Error('no stories found in index.json');
  // A docs page renders every story of its component, so it may log what those stories may.
  const noisy = new Set(
    Object.values(index.entries ?? {})
      .filter((e) => e.type === 'story' && (e.tags ?? []).includes('expected-console-error'))
      .map((e) => e.title),
  );
  for (const e of entries) if (e.type === 'docs' && noisy.has(e.title)) e.tags = [...(e.tags ?? []), 'expected-console-error'];

  const executablePath = findChrome();
  if (!executablePath) throw new Error(CHROME_HINT);
  const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

  const server = await serve(staticDir, opts.port);
  const baseUrl = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({ executablePath, headless: true, args: CHROME_ARGS });
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    forcedColors: opts.forcedColors ? 'active' : 'none',
    reducedMotion: opts.reducedMotion ? 'reduce' : 'no-preference',
  });

  const failures = [];
  let passed = 0;
  const started = Date.now();
  // Split the entries between workers up front; each worker opens one page per theme.
  const lanes = Array.from({ length: Math.min(opts.concurrency, entries.length) }, (_, i) =>
    entries.filter((_, j) => j % opts.concurrency === i),
  );
  async function worker(lane) {
    for (const theme of opts.themes) {
      const list = lane.filter((e) => e.type === 'story' || theme === opts.themes[0]);
      if (list.length === 0) continue;
      const sink = { current: [] };
      let page;
      for (const entry of list) {
        let problems;
        try {
          const fresh = !page;
          if (!page) page = await openPage(context, baseUrl, entry, theme, opts, sink);
          problems = await checkEntry(page, entry, fresh, axeSource, sink, opts.forcedColors);
        } catch (e) {
          problems = [`failed to open: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`];
        }
        const label = `${entry.id} [${theme}${opts.dir === 'rtl' ? ', rtl' : ''}]`;
        if (problems.length) {
          failures.push({ label, problems });
          console.log(`✗ ${label}`);
          for (const p of problems) console.log(`    ${p}`);
          // A failed story may leave the preview in a bad state: start the next one on a fresh page.
          await page?.close();
          page = undefined;
        } else {
          passed++;
          if (process.env.STORY_CHECK_VERBOSE) console.log(`✓ ${label}`);
        }
      }
      await page?.close();
    }
  }
  try {
    await Promise.all(lanes.map(worker));
  } finally {
    await browser.close();
    server.close();
  }
  const secs = ((Date.now() - started) / 1000).toFixed(1);
  const modes = [opts.dir, opts.forcedColors && 'forced colours', opts.reducedMotion && 'reduced motion'].filter(Boolean);
  console.log(
    `story-check: ${passed} passed, ${failures.length} failed (${entries.length} entries × themes ${opts.themes.join(', ')}, ${modes.join(', ')}, ${secs}s)`,
  );
  process.exitCode = failures.length ? 1 : 0;
}

main().catch((e) => {
  console.error(`story-check: ${e instanceof Error ? e.message : String(e)}`);
  console.log('story-check: 0 passed, 1 failed (could not run)');
  process.exitCode = 1;
});
