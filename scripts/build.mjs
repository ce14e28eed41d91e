// `npm run build`: compiles src/ to dist/ (ESM + .d.ts) and copies the theme CSS files.
import { execSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, rmSync } from 'node:fs';

rmSync('dist', { recursive: true, force: true });
execSync('npx tsc -p tsconfig.build.json', { stdio: 'inherit' });
mkdirSync('dist/themes', { recursive: true });
for (const f of readdirSync('src/themes')) if (f.endsWith('.css')) cpSync(`src/themes/${f}`, `dist/themes/${f}`);
console.log('build: dist/ written');
