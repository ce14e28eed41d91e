import { html, nothing, type TemplateResult } from 'lit';

/** A place a skip link jumps to: the id of its heading (in the same shadow root) and its name. */
export interface SkipTarget {
  id: string;
  label: string;
  /** The label's language when it is not the page's (the target's heading carries the same `lang`). */
  lang?: string | undefined;
}

/**
 * "Jump to …" links at the top of a big widget, so a keyboard user reaches a later section in a
 * few key presses instead of tabbing through every field before it. A link moves focus to the
 * section's heading (made focusable with tabindex -1); the next Tab is the section's first field.
 * (A plain `#id` link cannot reach into a shadow root, hence the click handler.) Shown only when
 * there are at least two places to jump to. A link whose target is in another language than the
 * page (an English questionnaire on a Spanish page) carries that `lang` too (WCAG 3.1.2).
 */
export function skipLinks(label: string, targets: readonly SkipTarget[]): TemplateResult | typeof nothing {
  if (targets.length < 2) return nothing;
  return html`<nav class="skip-links" part="skip-links" aria-label=${label}>
    <ul>${targets.map((t) => html`<li><a href=${`#${t.id}`} lang=${t.lang ?? nothing} @click=${jump}>${t.label}</a></li>`)}</ul>
  </nav>`;
}

function jump(e: MouseEvent): void {
  const link = e.currentTarget;
  if (!(link instanceof HTMLAnchorElement)) return;
  // Never a page navigation: the target lives in this widget's shadow root, which a URL cannot reach.
  e.preventDefault();
  const root = link.getRootNode();
  const target = root instanceof ShadowRoot || root instanceof Document ? root.getElementById(link.hash.slice(1)) : null;
  if (!target) return;
  if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
  target.focus();
}
