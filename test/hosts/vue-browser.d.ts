// Vue's browser build (no bundler needed in the test runner) has the same API as `vue`.
declare module 'vue/dist/vue.runtime.esm-browser.js' {
  export * from 'vue';
}
