import { defineConfig } from 'vite';
import { hostBuild, packageExports } from '../package-exports.js';

/**
 * The React 19 host app (`npx vite demo/hosts/react` to try it, `npm run build` first).
 * Vite compiles JSX itself (React's automatic runtime); `@vitejs/plugin-react` would add Fast
 * Refresh in development, which the browser tests do not need.
 */
export default defineConfig({
  root: new URL('.', import.meta.url).pathname,
  // Served from a sub-folder (/react/, /vue/) in the tests.
  base: './',
  plugins: [packageExports()],
  oxc: { jsx: { runtime: 'automatic' } },
  build: hostBuild('react'),
});

