// Minified + gzip sizes of the whole kit and of each element entry (dependencies included), measured
// on what the package ships: dist/ as `npm run build` writes it (styles already minified), bundled
// and minified the way a host's bundler would.
import { execSync } from 'node:child_process';
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';

export const ELEMENTS = ['plan-provider', 'plan-summary', 'assessment-form', 'goal-editor', 'modality-picker', 'progress-timeline'];

async function gzipOf(entry) {
  const r = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    // Lit's production build, as a host's bundler would pick it.
    conditions: ['production'],
    legalComments: 'none',
  });
  const code = r.outputFiles[0].contents;
  return { raw: code.length, gzip: gzipSync(code, { level: 9 }).length };
}

export async function measureSizes({ prebuilt = false } = {}) {
  // From a fresh build, so the figures are never those of a stale dist/, unless the caller has just
  // built it (CI builds one step earlier).
  if (!prebuilt) execSync('node scripts/build.mjs', { stdio: 'ignore' });
  const whole = await gzipOf('dist/define.js');
  const elements = {};
  for (const tag of ELEMENTS) elements[tag] = await gzipOf(`dist/elements/${tag}/define.js`);
  return { whole, elements };
}

export const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
