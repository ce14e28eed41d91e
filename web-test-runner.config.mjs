import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { CHROME_ARGS, CHROME_HINT, findChrome } from './scripts/chrome.mjs';
import { summaryReporter } from './scripts/summary-reporter.mjs';
import { startFhirServer, validateR4 } from './scripts/fhir-server.mjs';

/** A real FHIR engine on a loopback port for the sync tests; test files drive it with the `fhir-server` command. */
function fhirServerPlugin() {
  let server;
  return {
    name: 'fhir-server',
    async serverStart() {
      server = await startFhirServer();
    },
    async serverStop() {
      await server?.close();
    },
    async executeCommand({ command, payload }) {
      if (command === 'fhir-validate') return validateR4(payload.resource);
      if (command !== 'fhir-server') return undefined;
      if (payload?.action === 'reset') server.reset();
      if (payload?.action === 'down') await server.down();
      if (payload?.action === 'up') await server.up();
      return { baseUrl: server.baseUrl, stats: server.stats() };
    },
  };
}

/**
 * The translations as `npm run localize:check` sees them, for `test/i18n/`: the command `localize`
 * answers `{ problems, locales, messages }` (messages: every msg() in src/). The check runs once per
 * test run, in a child process (extraction takes seconds of CPU and must not stall this server), and
 * only when a test asks. Long-poll: while it runs, each call waits up to 10 s and then answers
 * `{ pending: true }`, so no call outlives the runner's command timeout.
 */
function localizePlugin() {
  let run;
  const start = () =>
    new Promise((resolve, reject) => {
      execFile('node', ['scripts/localize-check.mjs', '--json'], { maxBuffer: 1 << 26 }, (error, stdout, stderr) =>
        error ? reject(new Error(`${error.message}\n${stderr}`)) : resolve(JSON.parse(stdout)),
      );
    });
  return {
    name: 'localize',
    async executeCommand({ command }) {
      if (command !== 'localize') return undefined;
      run ??= start();
      const waited = new Promise((resolve) => setTimeout(() => resolve({ pending: true }), 10_000));
      return Promise.race([run, waited]);
    },
  };
}

const executablePath = findChrome();
if (!executablePath) {
  console.error(CHROME_HINT);
  process.exit(1);
}

export default {
  files: ['test/**/*.test.ts'],
  // Every module the page requests stays in the Resource Timing buffer (default 250 entries; a
  // test page loads more), so a test can check which content modules a page asked for.
  testRunnerHtml: (testFramework) =>
    `<html><head><script>performance.setResourceTimingBufferSize(100000);</script></head><body><script type="module" src="${testFramework}"></script></body></html>`,
  nodeResolve: true,
  // One page at a time: a background page gets no animation frames, which fixtures wait for.
  concurrency: 1,
  // Generous limits: CI machines have 2 cores; these bound hangs, they are not speed checks.
  testFramework: { config: { timeout: 30000 } },
  testsFinishTimeout: 600000,
  plugins: [
    fhirServerPlugin(),
    localizePlugin(),
    esbuildPlugin({
      ts: true,
      target: 'es2022',
      tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
    }),
  ],
  browsers: [chromeLauncher({ launchOptions: { executablePath, headless: true, args: CHROME_ARGS } })],
  reporters: [defaultReporter(), summaryReporter()],
};
