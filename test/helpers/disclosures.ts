/**
 * Collapsible parts, driven as a user does: a click on the part's toggle button (the one with
 * `aria-expanded`). `key` is the part's `data-toggle` (an intake section's name, `i:<instrument>`,
 * a problem id…).
 */
export function toggleButton(root: ShadowRoot, key: string): HTMLButtonElement {
  const b = root.querySelector<HTMLButtonElement>(`button[data-toggle="${CSS.escape(key)}"]`);
  if (!b) throw new Error(`no toggle for "${key}"`);
  return b;
}

interface Updating extends HTMLElement {
  updateComplete: Promise<unknown>;
}

/** Opens one part (clicks its toggle when it is closed). */
export async function openPart(el: Updating, key: string): Promise<void> {
  const b = toggleButton(el.shadowRoot!, key);
  if (b.getAttribute('aria-expanded') !== 'true') b.click();
  await el.updateComplete;
}

/** Opens every closed part (or those `which` selects), one click each, as someone reading the whole form would. */
export async function openAll(el: Updating, which = 'button[data-toggle]'): Promise<void> {
  for (;;) {
    const closed = el.shadowRoot!.querySelector<HTMLButtonElement>(`${which}[aria-expanded="false"]`);
    if (!closed) return;
    closed.click();
    await el.updateComplete;
  }
}
