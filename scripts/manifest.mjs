// `npm run manifest`: generates custom-elements.json from the JSDoc in src/ (CEM analyzer, Lit
// mode), public API only. The analyzer emits modules in whatever order its parsing finished, so
// modules are sorted by path. `--check` compares instead of writing.
import { execSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { propertyTypes, reactTypes, reactWrappers, vueTypes } from './jsx-types.mjs';

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
// What the manifest makes: the manifest itself, and the framework typings generated from it.
const outputs = {
  'custom-elements.json': fresh,
  'src/jsx/properties.ts': propertyTypes(JSON.parse(fresh)),
  'src/jsx/react.ts': reactTypes(JSON.parse(fresh)),
  'src/jsx/vue.ts': vueTypes(JSON.parse(fresh)),
  'src/jsx/react-wrappers.ts': reactWrappers(JSON.parse(fresh)),
};
const read = (path) => {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
};
if (process.argv.includes('--check')) {
  const stale = Object.keys(outputs).filter((path) => outputs[path] !== read(path));
  if (stale.length) {
    console.error(`manifest: ${stale.join(', ')} out of step with src/. Run \`npm run manifest\` and commit.`);
    process.exit(1);
  }
  console.log(`manifest: ${Object.keys(outputs).join(', ')} in step with src/`);
} else {
  for (const [path, text] of Object.entries(outputs)) writeFileSync(path, text);
  console.log(`manifest: ${Object.keys(outputs).join(', ')} written`);
}
