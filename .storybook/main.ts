import type { StorybookConfig } from '@storybook/web-components-vite';

/**
 * Storybook for tailored-plan-kit. `npm run storybook` / `npm run build-storybook`.
 * Works offline: telemetry off, no remote fonts or CDNs.
 */
/**
 * package.json's `sideEffects` names only the kit's define modules, so a side-effect-only import
 * of a story helper (`import './my-demo-element.js'`) would be tree-shaken out of the build and
 * its element would never be defined. Story files and their helpers keep their side effects.
 */
const storiesHaveSideEffects = {
  name: 'tpk-stories-have-side-effects',
  transform(code: string, id: string) {
    if (!/[\\/](stories|\.storybook)[\\/]/.test(id)) return undefined;
    return { code, map: null, moduleSideEffects: true };
  },
};

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  core: { disableTelemetry: true, enableCrashReports: false },
  docs: { defaultName: 'Docs' },
  async viteFinal(viteConfig) {
    // Lit's decorators are TypeScript "experimental" ones with define semantics off, exactly as in
    // tsconfig.json (experimentalDecorators, useDefineForClassFields: false). Vite 8 transforms
    // with Oxc; say so explicitly so stories/ and .storybook/ (outside tsconfig's include) match.
    const oxc = typeof viteConfig.oxc === 'object' && viteConfig.oxc ? viteConfig.oxc : {};
    return {
      ...viteConfig,
      oxc: {
        ...oxc,
        decorator: { legacy: true },
        assumptions: { ...(oxc.assumptions ?? {}), setPublicClassFields: true },
        typescript: { ...(oxc.typescript ?? {}), removeClassFieldsWithoutInitializer: true },
      },
      plugins: [...(viteConfig.plugins ?? []), storiesHaveSideEffects],
      build: { ...viteConfig.build, chunkSizeWarningLimit: 4000 },
    };
  },
};

export default config;
