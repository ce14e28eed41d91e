// Minified + gzip sizes of the whole kit and of each element entry (dependencies included).
import { build } from 'esbuild';
import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { minifyCssLiterals } from './minify-css.mjs';

export const ELEMENTS = ['plan-provider', 'plan-summary', 'assessment-form', 'goal-editor', 'modality-picker', 'progress-timeline'];

const tsconfigRaw = { compilerOptions: { experimentalDecorators: true, useDefineForClassFields: false } };

// The styles ship minified (scripts/build.mjs), so they are measured that way.
const minifiedStyles = {
  name: 'minified-styles',
  setup(b) {
    b.onLoad({ filter: /\.styles\.ts$/ }, async ({ path }) => ({
      contents: minifyCssLiterals(await readFile(path, 'utf8')),
      loader: 'ts',
    }));
  },
};

async function gzipOf(entry) {
  const r = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    tsconfigRaw,
    // Lit's production build, as a host's bundler would pick it.
    conditions: ['production'],
    legalComments: 'none',
    plugins: [minifiedStyles],
  });
  const code = r.outputFiles[0].contents;
  return { raw: code.length, gzip: gzipSync(code, { level: 9 }).length };
}

export async function measureSizes() {
  const whole = await gzipOf('src/define.ts');
  const elements = {};
  for (const tag of ELEMENTS) elements[tag] = await gzipOf(`src/elements/${tag}/define.ts`);
  return { whole, elements };
}

export const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
