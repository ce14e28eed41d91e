// Resolve hook: `@open-wc/testing` → ./open-wc-testing.mjs (only under Node).
const shim = new URL('./open-wc-testing.mjs', import.meta.url).href;

export async function resolve(specifier, context, nextResolve) {
  if (specifier === '@open-wc/testing') return { url: shim, shortCircuit: true };
  return nextResolve(specifier, context);
}
