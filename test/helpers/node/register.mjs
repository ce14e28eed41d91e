// Node entry for the DOM-free test folders (mocha under Node, used by `npm run mutation`).
// tsx compiles TypeScript with the project's tsconfig (Lit's legacy decorators: `src/index.ts` pulls in the
// elements); the hook below maps `@open-wc/testing` to the same chai `expect` that the browser runner
// exposes, so one test file runs unchanged in both runners.
import { register } from 'node:module';
import { fileURLToPath } from 'node:url';
import { register as registerTsx } from 'tsx/esm/api';

// Resolved from this file. Stryker resolves `--import` from the project root, so this is the root's copy even
// when the tests run in a sandbox (.stryker-tmp/sandbox-*): ./tsconfig.json includes those copies, or their
// elements would compile without Lit's legacy decorators ("Unsupported decorator location: field").
registerTsx({ tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) });
register('./open-wc-shim-hook.mjs', import.meta.url);
