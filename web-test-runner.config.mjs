import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { fileURLToPath } from 'node:url';
import { CHROME_ARGS, CHROME_HINT, findChrome } from './scripts/chrome.mjs';
import { summaryReporter } from './scripts/summary-reporter.mjs';

const executablePath = findChrome();
if (!executablePath) {
  console.error(CHROME_HINT);
  process.exit(1);
}

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 2,
  // Generous limits: CI machines have 2 cores; these bound hangs, they are not speed checks.
  testFramework: { config: { timeout: 30000 } },
  testsFinishTimeout: 600000,
  plugins: [
    esbuildPlugin({
      ts: true,
      target: 'es2022',
      tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
    }),
  ],
  browsers: [chromeLauncher({ launchOptions: { executablePath, headless: true, args: CHROME_ARGS } })],
  reporters: [defaultReporter(), summaryReporter()],
};
