// Node entry for the DOM-free test folders (mocha under Node, used by `npm run mutation`).
// tsx compiles TypeScript with the project's tsconfig (Lit's legacy decorators: `src/index.ts` pulls in the
// elements); the hook below maps `@open-wc/testing` to the same chai `expect` that the browser runner
// exposes, so one test file runs unchanged in both runners.
import { register } from 'node:module';
import { fileURLToPath } from 'node:url';
import { register as registerTsx } from 'tsx/esm/api';

// Resolved from this file, not the working directory: Stryker runs the tests inside a sandbox copy.
registerTsx({ tsconfig: fileURLToPath(new URL('../../../tsconfig.json', import.meta.url)) });
register('./open-wc-shim-hook.mjs', import.meta.url);
