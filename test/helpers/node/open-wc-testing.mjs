// What the DOM-free tests use from `@open-wc/testing`: chai's `expect`, from the very bundle
// `@open-wc/testing` re-exports in the browser. DOM helpers (fixture, html, …) are absent on purpose:
// a test that needs them belongs to the browser runner.
export { expect, assert, should } from '@esm-bundle/chai/esm/chai.js';
