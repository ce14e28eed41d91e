// Minified + gzip sizes of the whole kit, of each element entry and of the pages the budgets name
// (dependencies included), measured on what the package ships: dist/ as `npm run build` writes it
// (styles already minified), bundled and minified the way a host's bundler would.
import { execSync } from 'node:child_process';
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';

export const ELEMENTS = ['plan-provider', 'plan-summary', 'assessment-form', 'goal-editor', 'modality-picker', 'progress-timeline'];

/** Pages a portal builds from several element entries; code they share is counted once. */
export const PAGES = {
  'PHQ-9 intake page': ['plan-provider', 'assessment-form'],
  // Each other widget on a page of its own, as a portal may place it: the widget brings the
  // commands it sends, the provider the rest of what a page needs.
  'summary page': ['plan-provider', 'plan-summary'],
  'goals page': ['plan-provider', 'goal-editor'],
  'approaches page': ['plan-provider', 'modality-picker'],
  'progress page': ['plan-provider', 'progress-timeline'],
};

/**
 * What a page loads up front for `entries`: the entries and the chunks they import statically. Code
 * they import with `import()` (the FHIR mapping, the sync client, the conflict notice…) is split off as
 * a host's bundler would, and counted apart as `lazy`. `modules` lists the minified bytes each source
 * module adds up front (for `npm run size -- --why`).
 */
async function gzipOf(entries) {
  const r = await build({
    entryPoints: entries,
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
  // A dynamic import's target is an entry point of its own in the metafile: start from ours only.
  const starts = Object.keys(outputs).filter((k) => entries.includes(outputs[k].entryPoint));
  const upFront = new Set();
  const visit = (k) => {
    if (upFront.has(k)) return;
    upFront.add(k);
    for (const i of outputs[k].imports) if (i.kind === 'import-statement' && outputs[i.path]) visit(i.path);
  };
  starts.forEach(visit);
  const size = (keys) => {
    const code = Buffer.concat(keys.map((k) => files.get(k)));
    return { raw: code.length, gzip: gzipSync(code, { level: 9 }).length };
  };
  const modules = {};
  for (const k of upFront) for (const [input, { bytesInOutput }] of Object.entries(outputs[k].inputs)) modules[input] = (modules[input] ?? 0) + bytesInOutput;
  const lazy = Object.keys(outputs).filter((k) => !upFront.has(k) && files.has(k));
  // Each locale module (src/i18n/locales/<code>) by code, and whether a page loads it up front
  // (it must not: an English page loads no Spanish).
  const locales = {};
  for (const k of Object.keys(outputs)) {
    const code = Object.keys(outputs[k].inputs).map((i) => /i18n\/locales\/([^/.]+)\./.exec(i)?.[1]).find(Boolean);
    if (code && files.has(k)) locales[code] = { ...size([k]), upFront: upFront.has(k) };
  }
  return { ...size([...upFront]), lazy: size(lazy), locales, modules };
}

const entryOf = (tag) => `dist/elements/${tag}/define.js`;

export async function measureSizes({ prebuilt = false } = {}) {
  // From a fresh build, so the figures are never those of a stale dist/, unless the caller has just
  // built it (CI builds one step earlier).
  if (!prebuilt) execSync('node scripts/build.mjs', { stdio: 'ignore' });
  const whole = await gzipOf(['dist/define.js']);
  const pages = {};
  for (const [name, tags] of Object.entries(PAGES)) pages[name] = await gzipOf(tags.map(entryOf));
  const elements = {};
  for (const tag of ELEMENTS) elements[tag] = await gzipOf([entryOf(tag)]);
  return { whole, pages, elements };
}

/**
 * The modules that weigh most in `modules` (minified bytes up front), packages grouped by name and
 * the kit's own files by folder, as printed by `npm run size -- --why`.
 */
export function heaviest(modules, count = 12) {
  const groups = new Map();
  for (const [input, bytes] of Object.entries(modules)) {
    const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input);
    const key = pkg ? pkg[1] : input.replace(/^dist\//, 'src/').replace(/\.js$/, '.ts');
    groups.set(key, (groups.get(key) ?? 0) + bytes);
  }
  return [...groups].sort((a, b) => b[1] - a[1]).slice(0, count);
}

export const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
