import { defineConfig } from 'vite';

/**
 * Serves and builds the demo portal (`npm start`). Lit's decorators are TypeScript
 * "experimental" ones with define semantics off, as in tsconfig.json.
 */
export default defineConfig({
  root: 'demo',
  server: { host: '127.0.0.1', port: 5173, fs: { allow: ['..'] } },
  preview: { host: '127.0.0.1', port: 4173 },
  // Pre-bundle what the demo page itself imports: the React and Vue host pages (demo/hosts/) import
  // the built package (dist/), which `npm start` does not build, so scanning them only warned.
  optimizeDeps: { entries: ['index.html'] },
  oxc: {
    decorator: { legacy: true },
    assumptions: { setPublicClassFields: true },
    typescript: { removeClassFieldsWithoutInitializer: true },
  },
  build: { outDir: '../dist-demo', emptyOutDir: true, chunkSizeWarningLimit: 4000 },
});
