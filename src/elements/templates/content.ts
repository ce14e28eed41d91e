import { msg } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';

/**
 * `text` marked with its language when it is not the page's (WCAG 3.1.2, language of parts):
 * English content shown on a Spanish page because no Spanish version exists.
 */
export const inLang = (text: unknown, lang: string | undefined): unknown => (lang ? html`<span lang=${lang}>${text}</span>` : text);

/** The `lang` attribute value for content in `lang` on a page in `locale` (`nothing` when they match). */
export const langAttr = (lang: string | undefined, locale: string): string | typeof nothing => (lang && lang !== locale ? lang : nothing);

/** While content loads: a short status in the page's language (never content in another one). */
export const contentLoading = (text: string): TemplateResult => html`<p class="loading" part="content-loading" role="status">${text}</p>`;

/** Content that could not load (a network failure fetching its module). */
export const contentFailed = (): TemplateResult =>
  html`<p class="loading" part="content-loading" role="alert">${msg('This part could not be loaded. Reload the page to try again.')}</p>`;

const contentLang = new WeakMap<object, string>();

/** Records that `content` (a host entry shown in English on a page in another language) is in `lang`. */
export function markLang<T extends object>(content: T, lang: string): T {
  contentLang.set(content, lang);
  return content;
}

/** The language `content` was marked with (`markLang`), if any. */
export const langOf = (content: object | undefined): string | undefined => (content ? contentLang.get(content) : undefined);

/** One of `content`'s texts, marked with the content's language when it is marked. */
export const textOf = (content: object | undefined, text: unknown): unknown => inLang(text, langOf(content));
