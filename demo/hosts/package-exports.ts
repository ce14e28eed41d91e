import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const root = fileURLToPath(new URL('../../', import.meta.url));
const NAME = 'tailored-plan-kit';

interface Manifest {
  exports: Record<string, string | { default: string }>;
}

/**
 * Resolves `tailored-plan-kit` and its subpaths the way a portal's bundler does once the package is
 * installed: through the `exports` map of package.json, to the built `dist/` (run `npm run build`
 * first). The host apps therefore use exactly the entries the package ships, nothing from `src/`.
 */
export function packageExports(): Plugin {
  const { exports } = JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as Manifest;
  const target = (subpath: string): string | undefined => {
    for (const [key, value] of Object.entries(exports)) {
      const file = typeof value === 'string' ? value : value.default;
      if (key === subpath) return file;
      const [head, tail] = key.split('*');
      if (tail !== undefined && subpath.startsWith(head!) && subpath.endsWith(tail) && subpath.length >= head!.length + tail.length) {
        return file.replace('*', subpath.slice(head!.length, subpath.length - tail.length));
      }
    }
    return undefined;
  };
  return {
    name: 'tailored-plan-kit-exports',
    enforce: 'pre',
    resolveId(id) {
      if (id !== NAME && !id.startsWith(`${NAME}/`)) return null;
      const file = target(`.${id.slice(NAME.length)}`);
      if (!file) throw new Error(`${id} is not an entry of ${NAME} (package.json "exports")`);
      return `${root}${file.slice(2)}`;
    },
  };
}

/** What both host apps share: the package entries, a build next to the demo's, no inlined files. */
export const hostBuild = (name: string) => ({
  outDir: fileURLToPath(new URL(`../../dist-hosts/${name}`, import.meta.url)),
  emptyOutDir: true,
  // Under the strict CSP the apps are served with, nothing may be inlined as a data: script.
  assetsInlineLimit: 0,
  chunkSizeWarningLimit: 4000,
});
