import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';
import { hostBuild, packageExports } from '../package-exports.js';

/** The Vue 3 host app (`npx vite demo/hosts/vue` to try it, `npm run build` first). */
export default defineConfig({
  root: new URL('.', import.meta.url).pathname,
  // Served from a sub-folder (/react/, /vue/) in the tests.
  base: './',
  plugins: [
    packageExports(),
    // Every tag with a hyphen is a custom element, not a Vue component.
    vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.includes('-') } } }),
  ],
  build: hostBuild('vue'),
});
