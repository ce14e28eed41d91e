// What the end-to-end scripts share (scripts/e2e.mjs: the built demo; scripts/hosts-e2e.mjs: the
// React and Vue host apps): a static server that sends the strict CSP with Trusted Types the kit
// promises to work under, Chromium found and launched for a locked-down machine, pages that collect
// every console error, uncaught exception and CSP violation, and `check` / `assert`, which print
// ✓ or ✗ per check and end with one `label: N passed, N failed` line (scripts/test.mjs reads it).
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, CHROME_HINT, findChrome } from './chrome.mjs';

/**
 * The strict Content-Security-Policy pages are served with: only the page's own scripts, styles and
 * connections, no plugins, no <base>, and Trusted Types required, with `policies` the only ones
 * allowed (lit-html's; a Vue app adds Vue's).
 */
export function strictCsp(policies = ['lit-html']) {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "require-trusted-types-for 'script'",
    `trusted-types ${policies.join(' ')}`,
  ].join('; ');
}

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml' };

/**
 * Serves the files under `dir` on 127.0.0.1 (a free port) with `csp` on every response; a path
 * ending in `/` serves its index.html, a path outside `dir` is refused. Resolves to the base URL
 * (no trailing slash) and `close()`.
 */
export async function serveWithCsp(dir, csp = strictCsp()) {
  const base = resolve(dir);
  const server = createServer((req, res) => {
    let file = normalize(join(base, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)));
    if (file !== base && !file.startsWith(base + sep)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'content-security-policy': csp });
    res.end(readFileSync(file));
  });
  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', ok);
  });
  return { url: `http://127.0.0.1:${server.address().port}`, close: () => server.close() };
}

/** Headless Chromium with the flags this machine needs; without a browser, says how to get one and exits. */
export async function launchChromium() {
  const executablePath = findChrome();
  if (!executablePath) {
    console.error(CHROME_HINT);
    process.exit(1);
  }
  return chromium.launch({ executablePath, args: CHROME_ARGS, headless: true });
}

/**
 * Collects into `problems` what a user's page must never show: console errors, uncaught exceptions
 * and CSP violations (reported from the page as console errors). Call before the page's first
 * `goto`. Returns `problems`.
 */
export async function watchProblems(page, problems = []) {
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  page.on('pageerror', (e) => problems.push(e.message));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
  });
  return problems;
}

/**
 * The page's own words, outside the widgets' shadow roots (the kit's own tests cover those): each
 * text of the light DOM with a letter in it, the `aria-label`, `title`, `placeholder` and `alt`
 * attributes, and the document's title; squashed, in page order. Left out: `<code>`, `<script>`,
 * `<style>`, and whatever is marked with its own `lang` (a language on purpose: the language
 * picker's "English" and "Español") or `translate="no"` (names: the clinic, the patient, her clinician).
 */
export function ownTexts(page) {
  return page.evaluate(() => {
    const squash = (s) => s.replace(/\s+/g, ' ').trim();
    const skipped = (el) => !!el.closest('code, script, style, body [lang], [translate="no"]');
    const texts = [document.title];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) if (!skipped(node.parentElement)) texts.push(node.data);
    for (const el of document.body.querySelectorAll('[aria-label], [title], [placeholder], [alt]')) {
      if (skipped(el)) continue;
      for (const name of ['aria-label', 'title', 'placeholder', 'alt']) if (el.hasAttribute(name)) texts.push(el.getAttribute(name));
    }
    return texts.map(squash).filter((t) => /\p{L}/u.test(t));
  });
}

/** English function words that Spanish never writes as words. */
const ENGLISH_WORDS = new Set(['the', 'and', 'of', 'to', 'this', 'your', 'you', 'with', 'from', 'all', 'is', 'are', 'by', 'on', 'at', 'for', 'be', 'in', 'an', 'not', 'was', 'were']);
const wordsOf = (t) => t.split(/[^\p{L}\p{N}]+/u).filter((w) => /\p{L}/u.test(w) && w.length > 1);

/**
 * The texts among `texts` (`ownTexts` of a page in another language) that are still English,
 * whole or in part: a text the page showed in English (`englishTexts`), a text with two English
 * function words or more, or a text with a word the English page used (case-insensitive) that is
 * not in `shared` (words both languages write alike: names, codes such as FHIR).
 */
export function englishAmong(texts, englishTexts, shared = []) {
  const english = new Set(englishTexts);
  const allowed = new Set(shared.map((w) => w.toLowerCase()));
  const englishWords = new Set(englishTexts.flatMap(wordsOf).map((w) => w.toLowerCase()).filter((w) => !allowed.has(w)));
  return texts.filter((t) => {
    const words = wordsOf(t).map((w) => w.toLowerCase());
    return english.has(t) || words.filter((w) => ENGLISH_WORDS.has(w)).length >= 2 || words.some((w) => englishWords.has(w));
  });
}

export function assert(cond, message) {
  if (!cond) throw new Error(message);
}

/**
 * A list of named checks: `check(name, fn)` runs one (a throw fails it, and the run goes on);
 * `report(label)` prints `label: N passed, N failed` and returns the exit code.
 */
export function checkList() {
  let passed = 0;
  let failed = 0;
  return {
    async check(name, fn) {
      try {
        await fn();
        passed++;
        console.log(`  ✓ ${name}`);
      } catch (e) {
        failed++;
        // Playwright appends its call log to a timeout's message; the first part says what failed.
        console.log(`  ✗ ${name}\n      ${String(e?.message ?? e).split('\nCall log:')[0]}`);
      }
    },
    report(label) {
      console.log(`${label}: ${passed} passed, ${failed} failed`);
      return failed ? 1 : 0;
    },
  };
}
