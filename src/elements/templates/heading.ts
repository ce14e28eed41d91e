import { html, type TemplateResult } from 'lit';

/**
 * A heading at `level`, so a widget fits the host page's outline: rounded and clamped to h1–h6; a
 * level that is not a number gives h6. One static template per tag: Lit cannot bind a tag name, and the
 * kit never builds templates from strings.
 */
export function heading(level: number, content: unknown): TemplateResult {
  const l = Math.round(level);
  return l < 2
    ? html`<h1>${content}</h1>`
    : l < 3
      ? html`<h2>${content}</h2>`
      : l < 4
        ? html`<h3>${content}</h3>`
        : l < 5
          ? html`<h4>${content}</h4>`
          : l < 6
            ? html`<h5>${content}</h5>`
            : html`<h6>${content}</h6>`;
}
