import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Every TypeScript source file (not `.d.ts`) under the folders `dirs`, depth first: what the lint scripts read. */
export function tsFiles(...dirs) {
  const files = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.ts$/.test(name) && !/\.d\.ts$/.test(name)) files.push(p);
    }
  };
  dirs.forEach(walk);
  return files;
}
