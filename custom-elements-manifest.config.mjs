// Generates custom-elements.json from the JSDoc on the element classes (`npm run manifest`).
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/**/*.test.ts', 'src/jsx/*.ts', 'src/i18n/locales/*.ts'],
  litelement: true,
  packagejson: false,
};
