// Fails when custom-elements.json is out of step with the JSDoc in src/ (run `npm run manifest`).
import { execSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dir = mkdtempSync(join(tmpdir(), 'cem-'));
execSync(`npx cem analyze --outdir ${dir}`, { stdio: 'ignore' });
const fresh = readFileSync(join(dir, 'custom-elements.json'), 'utf8');
const committed = readFileSync('custom-elements.json', 'utf8');
if (fresh !== committed) {
  console.error('manifest: custom-elements.json is out of step with src/. Run `npm run manifest` and commit it.');
  process.exit(1);
}
console.log('manifest: custom-elements.json is in step with src/');
