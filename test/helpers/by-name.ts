// Find controls the way a user (or a screen reader) does: by role and accessible name, not by internal
// attributes such as `data-focus`. The name is a simplified accessible-name computation, enough for the
// kit's markup: aria-labelledby, aria-label, <label> (for= or wrapping), <legend> for a fieldset, text.

export type Role = 'button' | 'textbox' | 'combobox' | 'radio' | 'checkbox' | 'group' | 'link';

const SELECTORS: Record<Role, string> = {
  button: 'button, [role="button"], input[type="button"], input[type="submit"]',
  textbox: 'textarea, input:not([type]), input[type="text"], input[type="search"], input[type="email"], input[type="tel"], input[type="date"], input[type="number"], [role="textbox"]',
  combobox: 'select, [role="combobox"]',
  radio: 'input[type="radio"], [role="radio"]',
  checkbox: 'input[type="checkbox"], [role="checkbox"]',
  group: 'fieldset, [role="group"], [role="radiogroup"]',
  link: 'a[href], [role="link"]',
};

const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

/** Text of a node without the contents of form controls nested in it (a label's own input). */
function ownText(node: Node): string {
  // Tag names, not `instanceof`: a widget inside an iframe has that frame's element classes.
  if (node.nodeType === Node.ELEMENT_NODE && ['input', 'textarea', 'select'].includes((node as Element).localName)) return '';
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
  return [...node.childNodes].map(ownText).join(' ');
}

export function accessibleName(el: Element): string {
  const root = el.getRootNode() as Document | ShadowRoot;
  const labelledBy = el.getAttribute('aria-labelledby');
  if (labelledBy) return squash(labelledBy.split(/\s+/).map((id) => ownText(root.getElementById(id) ?? document.createTextNode(''))).join(' '));
  const label = el.getAttribute('aria-label');
  if (label) return squash(label);
  const labels = (el as Partial<HTMLInputElement>).labels;
  if (labels?.length) return squash([...labels].map(ownText).join(' '));
  if (el.localName === 'fieldset') return squash(el.querySelector('legend')?.textContent);
  return squash(ownText(el));
}

/** Every element in `root` with `role` whose accessible name matches (a string matches the whole name). */
export function allByRole<T extends HTMLElement = HTMLElement>(root: ParentNode, role: Role, name: string | RegExp): T[] {
  const matches = (n: string) => (typeof name === 'string' ? n === name : name.test(n));
  return [...root.querySelectorAll<T>(SELECTORS[role])].filter((el) => matches(accessibleName(el)));
}

/** The one element with `role` and accessible name `name`; throws with the names present otherwise. */
export function byRole<T extends HTMLElement = HTMLElement>(root: ParentNode, role: Role, name: string | RegExp): T {
  const found = allByRole<T>(root, role, name);
  if (found.length !== 1) {
    const present = [...root.querySelectorAll(SELECTORS[role])].map(accessibleName).join(' | ');
    throw new Error(`${found.length} ${role}(s) named ${String(name)}; present: ${present}`);
  }
  return found[0]!;
}
