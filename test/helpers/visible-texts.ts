/** Attributes a person reads or hears, besides text nodes. */
const READ_ATTRIBUTES = ['aria-label', 'title', 'placeholder', 'alt', 'aria-roledescription', 'aria-valuetext'];

/**
 * Every visible text and user-facing attribute in `root`, through nested shadow roots, with where it
 * was found (`> div > button[aria-label]`). Elements for which `skip` says true are left out whole
 * (with what is inside them). The one walk the language tests share.
 */
export function visibleTexts(root: ShadowRoot, skip: (el: Element) => boolean = () => false): { where: string; text: string }[] {
  const out: { where: string; text: string }[] = [];
  const visit = (node: Node, path: string): void => {
    if (node.nodeType === Node.TEXT_NODE) {
      out.push({ where: path, text: node.textContent ?? '' });
      return;
    }
    if (node instanceof Element) {
      if (['STYLE', 'SCRIPT', 'TEMPLATE'].includes(node.tagName) || skip(node)) return;
      path = `${path} > ${node.localName}`;
      for (const name of READ_ATTRIBUTES) {
        const value = node.getAttribute(name);
        if (value) out.push({ where: `${path}[${name}]`, text: value });
      }
      if (node.shadowRoot) visit(node.shadowRoot, `${path}::shadow`);
    }
    for (const child of node.childNodes) visit(child, path);
  };
  visit(root, '');
  return out;
}
