// `npm run manifest`: generates custom-elements.json from the JSDoc in src/ (CEM analyzer, Lit
// mode), public API only. The analyzer emits modules in whatever order its parsing finished, so
// modules are sorted by path. `--check` compares instead of writing.
import { execSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';

// The analyzer resolves --outdir against the working directory, so use a folder inside the repo.
const dir = '.manifest-tmp';
let fresh;
try {
  execSync(`npx cem analyze --outdir ${dir}`, { stdio: 'ignore' });
  const manifest = JSON.parse(readFileSync(`${dir}/custom-elements.json`, 'utf8'));
  manifest.modules.sort((a, b) => a.path.localeCompare(b.path));
  // The manifest is the public API: what a module does not export, and a class's private
  // members (`#x`, `private`), are left out, so the committed file changes only when the API does.
  for (const mod of manifest.modules) {
    const exported = new Set((mod.exports ?? []).map((e) => e.declaration?.name ?? e.name));
    mod.declarations = (mod.declarations ?? []).filter((d) => exported.has(d.name));
    for (const d of mod.declarations) {
      if (d.members) d.members = d.members.filter((m) => m.privacy !== 'private' && !m.name.startsWith('#'));
    }
  }
  fresh = `${JSON.stringify(manifest, null, 2)}\n`;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
if (process.argv.includes('--check')) {
  if (fresh !== readFileSync('custom-elements.json', 'utf8')) {
    console.error('manifest: custom-elements.json is out of step with src/. Run `npm run manifest` and commit it.');
    process.exit(1);
  }
  console.log('manifest: custom-elements.json is in step with src/');
} else {
  writeFileSync('custom-elements.json', fresh);
  console.log('manifest: custom-elements.json written');
}
