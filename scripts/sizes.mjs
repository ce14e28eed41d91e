// Minified + gzip sizes of the whole kit and of each element entry (dependencies included), measured
// on what the package ships: dist/ as `npm run build` writes it (styles already minified), bundled
// and minified the way a host's bundler would.
import { execSync } from 'node:child_process';
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';

export const ELEMENTS = ['plan-provider', 'plan-summary', 'assessment-form', 'goal-editor', 'modality-picker', 'progress-timeline'];

/**
 * What a page loads up front for `entry`: the entry and the chunks it imports statically. Code it
 * imports with `import()` (the FHIR mapping, the sync client) is split off as a host's bundler
 * would, and counted apart as `lazy`.
 */
async function gzipOf(entry) {
  const r = await build({
    entryPoints: [entry],
    bundle: true,
    splitting: true,
    outdir: 'size-out',
    minify: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    metafile: true,
    // Lit's production build, as a host's bundler would pick it.
    conditions: ['production'],
    legalComments: 'none',
  });
  const files = new Map(r.outputFiles.map((f) => [f.path.slice(f.path.indexOf('size-out')), f.contents]));
  const outputs = r.metafile.outputs;
  // The entry's own output: a chunk loaded with `import()` is an entry point in the metafile too.
  const start = Object.keys(outputs).find((k) => outputs[k].entryPoint === entry);
  const upFront = new Set();
  const visit = (k) => {
    if (upFront.has(k)) return;
    upFront.add(k);
    for (const i of outputs[k].imports) if (i.kind === 'import-statement' && outputs[i.path]) visit(i.path);
  };
  visit(start);
  const size = (keys) => {
    const code = Buffer.concat(keys.map((k) => files.get(k)));
    return { raw: code.length, gzip: gzipSync(code, { level: 9 }).length };
  };
  const lazy = Object.keys(outputs).filter((k) => !upFront.has(k) && files.has(k));
  return { ...size([...upFront]), lazy: size(lazy) };
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
