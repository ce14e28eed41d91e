// Resolve hook (only under Node): `@open-wc/testing` → ./open-wc-testing.mjs, and
// `@web/test-runner-commands` → ./test-runner-commands.mjs (the FHIR validator, run in this process).
const shims = {
  '@open-wc/testing': new URL('./open-wc-testing.mjs', import.meta.url).href,
  '@web/test-runner-commands': new URL('./test-runner-commands.mjs', import.meta.url).href,
};

export async function resolve(specifier, context, nextResolve) {
  if (Object.hasOwn(shims, specifier)) return { url: shims[specifier], shortCircuit: true };
  return nextResolve(specifier, context);
}
