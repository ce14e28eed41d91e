export const KIT_VERSION = '0.1.0';

/**
 * Registers `tag` unless something already did. A portal may load two bundles that both carry
 * the kit: the second registration warns (naming both versions) instead of throwing.
 */
export function defineElement(tag: string, ctor: CustomElementConstructor): boolean {
  const existing = customElements.get(tag);
  if (existing) {
    if (existing !== ctor) {
      const version: unknown = Reflect.get(existing, 'kitVersion');
      const other = typeof version === 'string' ? version : 'unknown';
      console.warn(
        `tailored-plan-kit ${KIT_VERSION}: <${tag}> is already defined (by tailored-plan-kit ${other} or another library); keeping the existing definition.`,
      );
    }
    return false;
  }
  customElements.define(tag, ctor);
  return true;
}
