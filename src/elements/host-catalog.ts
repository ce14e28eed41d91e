import { mergeEntries, parseCatalog, type CatalogEntry } from '../clinical/modalities/schema.js';
import type { Locale } from '../context/plan-context.js';
import { fail, ok, type Result } from '../model/errors.js';
import { contentLocaleOf, localizeEntries, localizedTextIssues } from '../model/localized-text.js';
import { markLang } from './templates/content.js';

/**
 * A host's catalog entries in `locale`, validated: texts may be `{ en, es }` (English required).
 * An entry whose texts are not all in `locale` is shown whole in English, its objects marked
 * `lang="en"`. Both languages are validated, so an entry cannot pass in one and fail in the other.
 */
export function hostCatalogEntries(input: unknown, locale: Locale): Result<CatalogEntry[]> {
  const textIssues = Array.isArray(input) ? localizedTextIssues(input, ['catalog']) : [];
  if (textIssues.length) return fail('invalid-definition', `The approach catalog is not valid: ${textIssues[0]}`, textIssues);
  if (!Array.isArray(input)) return parseCatalog(input);
  const english = parseCatalog(localizeEntries(input, 'en').value);
  const content = contentLocaleOf(locale);
  if (!english.ok || content === 'en') return english;
  const shown = localizeEntries(input, content);
  const parsed = parseCatalog(shown.value);
  if (!parsed.ok) return parsed;
  for (const i of shown.english) markLang(parsed.value[i]!, 'en');
  return ok(parsed.value);
}

/** The catalog a widget shows: the built-in one in the page's language with the host's entries applied. */
export function catalogInUse(builtin: readonly CatalogEntry[], host: Result<CatalogEntry[]> | undefined): readonly CatalogEntry[] {
  return host?.ok ? mergeEntries(builtin, host.value) : builtin;
}
