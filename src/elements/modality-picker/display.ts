import { html, nothing, type TemplateResult } from 'lit';

/** A bold label and its value, as one line. */
export const labelled = (label: string, value: unknown): TemplateResult => html`<p><strong>${label}</strong> ${value}</p>`;
/** What an empty list says. */
export const empty = (text: string): TemplateResult => html`<p class="empty">${text}</p>`;

/** Techniques, each with what it is; `lang` when they are not in the page's language. */
export const techniqueList = (list: readonly { name: string; description: string }[], lang?: string) =>
  html`<ul lang=${lang ?? nothing}>
    ${list.map((t) => html`<li><strong>${t.name}</strong>: ${t.description}</li>`)}
  </ul>`;
/** A list of cards, or what it says when empty. */
export const cards = <T>(items: readonly T[], one: (item: T) => unknown, none: string, cls = 'cards') =>
  items.length ? html`<ul class=${cls}>${items.map((x) => one(x))}</ul>` : empty(none);
// Headings take programmatic focus (tabindex -1), e.g. after an approach is removed.
export const section = (name: string, title: string, body: unknown) =>
  html`<section class=${name} aria-labelledby=${`${name}-h`}>
    <h2 id=${`${name}-h`} tabindex="-1">${title}</h2>
    ${body}
  </section>`;
