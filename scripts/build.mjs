// `npm run build`: compiles src/ to dist/ (ESM + .d.ts) and copies the theme CSS files.
import { execSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { minifyCssLiterals } from './minify-css.mjs';
import { minifyHtmlLiterals } from './minify-html.mjs';

rmSync('dist', { recursive: true, force: true });
execSync('npx tsc -p tsconfig.build.json', { stdio: 'inherit' });
// Lit keeps css`` text as written: ship the styles without comments and indentation.
for (const f of readdirSync('dist', { recursive: true })) {
  if (!f.endsWith('.styles.js')) continue;
  const file = `dist/${f}`;
  writeFileSync(file, minifyCssLiterals(readFileSync(file, 'utf8')));
}
// The same for the markup of html`` templates: readable in src/, squeezed in dist/.
for (const f of readdirSync('dist', { recursive: true })) {
  if (!f.endsWith('.js') || f.endsWith('.styles.js')) continue;
  const file = `dist/${f}`;
  const js = readFileSync(file, 'utf8');
  if (/\bhtml\s*`/.test(js)) writeFileSync(file, minifyHtmlLiterals(js));
}
mkdirSync('dist/themes', { recursive: true });
for (const f of readdirSync('src/themes')) if (f.endsWith('.css')) cpSync(`src/themes/${f}`, `dist/themes/${f}`);
console.log('build: dist/ written');
