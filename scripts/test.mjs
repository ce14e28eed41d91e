// `npm test`: installs what is missing, finds Chrome/Chromium, runs the browser tests, then
// builds Storybook and opens every story (in every theme, then right to left under forced colours), then checks the built demo end to end, then the React and Vue host apps. Ends with one plain `N passed, N failed` line.
import { spawnSync } from 'node:child_process';
import { CHROME_HINT, findChrome } from './chrome.mjs';
import { ensureDeps } from './ensure-deps.mjs';

ensureDeps();
if (!findChrome()) {
  console.error(CHROME_HINT);
  process.exit(1);
}

function run(cmd, args) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', stdio: ['inherit', 'pipe', 'inherit'], maxBuffer: 1 << 28 });
  process.stdout.write(r.stdout ?? '');
  const m = [...(r.stdout ?? '').matchAll(/(\d+) passed, (\d+) failed/g)].at(-1);
  return { code: r.status ?? 1, passed: Number(m?.[1] ?? 0), failed: Number(m?.[2] ?? 0), counted: Boolean(m) };
}

const units = run('npx', ['wtr']);
const skipped = { code: 0, passed: 0, failed: 0, counted: true };
const noStories = process.argv.includes('--no-stories');
const stories = noStories ? skipped : run('node', ['scripts/story-check.mjs', '--themes', 'all']);
// The same build once more, right to left under forced colours (Windows high contrast).
const rtl = noStories ? skipped : run('node', ['scripts/story-check.mjs', '--static-dir', 'storybook-static', '--dir', 'rtl', '--forced-colors']);
const e2e = run('node', ['scripts/e2e.mjs']);
// The React 19 and Vue 3 host apps (demo/hosts/), built against the package's entries and driven in Chromium.
const hosts = run('node', ['scripts/hosts-e2e.mjs']);
const all = [units, stories, rtl, e2e, hosts];
const passed = all.reduce((n, r) => n + r.passed, 0);
// A runner that crashed without counting is one failure, never zero.
const failed = all.reduce((n, r) => n + r.failed + (r.counted ? 0 : 1), 0);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(all.find((r) => r.code)?.code || (failed ? 1 : 0));
