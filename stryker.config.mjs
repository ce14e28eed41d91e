// Mutation testing (issue 19). Run with `npm run mutation` (all folders) or
// `npm run mutation -- --folder src/plan` (one). See README "Contributing".
//
// Speed: the DOM-free tests (test/clinical, test/plan, test/model, test/interop, test/store/autosave)
// run under Node with mocha (tsx + a tiny shim for `@open-wc/testing`, test/helpers/node/), so a mutant
// costs milliseconds, not the 25 s of the browser suite. Per-test coverage runs only the tests that
// reach a mutant; `incremental` reuses the committed results file and re-tests only what changed.

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  packageManager: 'npm',
  testRunner: 'mocha',
  testRunnerNodeArgs: ['--import', './test/helpers/node/register.mjs'],
  mochaOptions: {
    config: '.mocharc.json',
    spec: [
      'test/clinical/**/*.test.ts',
      'test/plan/**/*.test.ts',
      'test/model/**/*.test.ts',
      'test/interop/**/*.test.ts',
      // DOM-free store tests; the rest of test/store needs a browser (IndexedDB, WebCrypto, elements).
      'test/store/autosave.test.ts',
    ],
    // Two slow files cover almost every module, so every surviving mutant would pay for them: the R4
    // validator (~0.5 s a test) and the command fuzzer (~10 s a run of thousands of commands). They
    // are left out of the mutation run only; `npm run test:node` and `npx wtr` run them.
    ignore: ['test/interop/fhir-server-shape.test.ts', 'test/plan/fuzz.test.ts'],
  },
  coverageAnalysis: 'perTest',
  // Static mutants (module-level constants) need a fresh Node process per mutant under ESM: ~3 s each.
  // They are reported as Ignored; the tables they hold are checked by the table-driven tests instead.
  ignoreStatic: true,
  mutate: [
    'src/clinical/**/*.ts',
    'src/plan/**/*.ts',
    'src/model/**/*.ts',
    'src/interop/**/*.ts',
    // src/store: only the scheduler runs under Node; see README for the browser-only parts.
    'src/store/autosave.ts',
    // Type-only and re-export files have nothing to mutate.
    '!src/**/index.ts',
    '!src/**/types.ts',
  ],
  incremental: true,
  incrementalFile: 'test/mutation/stryker-incremental.json',
  concurrency: 2,
  // A mutant that loops forever counts as killed (timeout); keep the wait short so they cost little.
  timeoutMS: 3000,
  reporters: ['clear-text', 'progress-append-only', 'json', 'html'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  clearTextReporter: { allowColor: false, logTests: false, maxTestsToLog: 0, reportScoreTable: true },
  thresholds: { high: 90, low: 85, break: null },
  ignorePatterns: ['dist', 'dist-demo', 'storybook-static', 'coverage', 'reports', '.bench', 'test/mutation'],
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
