// `npm run build`: compiles src/ to dist/ (ESM + .d.ts) and copies the theme CSS files.
import { execSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { minifyCssLiterals } from './minify-css.mjs';

rmSync('dist', { recursive: true, force: true });
execSync('npx tsc -p tsconfig.build.json', { stdio: 'inherit' });
// Lit keeps css`` text as written: ship the styles without comments and indentation.
for (const f of readdirSync('dist', { recursive: true })) {
  if (!f.endsWith('.styles.js')) continue;
  const file = `dist/${f}`;
  writeFileSync(file, minifyCssLiterals(readFileSync(file, 'utf8')));
}
mkdirSync('dist/themes', { recursive: true });
for (const f of readdirSync('src/themes')) if (f.endsWith('.css')) cpSync(`src/themes/${f}`, `dist/themes/${f}`);
console.log('build: dist/ written');
