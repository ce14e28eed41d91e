#!/usr/bin/env node
// `npm run mutation` — StrykerJS over the DOM-free modules (config: stryker.config.mjs).
//   npm run mutation                          all folders in the config
//   npm run mutation -- --folder src/plan     one folder (repeat --folder for several)
// Results are incremental: test/mutation/stryker-incremental.json (committed) lets a re-run test only
// the mutants whose code or covering tests changed. The HTML report lands in reports/mutation/.
import { spawnSync } from 'node:child_process';

const args = process.argv.slice(2);
const folders = [];
const rest = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--folder' && args[i + 1]) folders.push(args[++i].replace(/\/+$/, ''));
  else rest.push(args[i]);
}
const mutate = folders.length
  ? ['--mutate', folders.flatMap((f) => [`${f}/**/*.ts`, `!${f}/**/index.ts`, `!${f}/**/types.ts`]).join(',')]
  : [];
const result = spawnSync('npx', ['stryker', 'run', ...mutate, ...rest], { stdio: 'inherit' });
process.exit(result.status ?? 1);
