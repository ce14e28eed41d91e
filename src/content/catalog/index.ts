import type { CatalogWords } from '../../clinical/modalities/catalog-structure.js';
import type { CatalogEntry } from '../../clinical/modalities/schema.js';
import { contentLocaleOf } from '../../model/localized-text.js';
import { ContentSource } from '../source.js';

/** The catalog's structure joined with `words`; the structure loads with the words, so a widget that only names approaches (the timeline) carries neither up front. */
const withWords = async (words: Promise<CatalogWords>): Promise<readonly CatalogEntry[]> => {
  const [structure, w] = await Promise.all([import('../../clinical/modalities/catalog-structure.js'), words]);
  return structure.catalogWithWords(w);
};

/**
 * The built-in approach catalog in each locale, loaded on demand (key: the locale) with the
 * widgets that show it (`<modality-picker>`, and `<plan-summary>` and `<progress-timeline>` for
 * the approaches' names).
 */
export const catalogContent = new ContentSource<readonly CatalogEntry[]>((locale) =>
  contentLocaleOf(locale) === 'es'
    ? withWords(import('./es.js').then((m) => m.CATALOG_ES))
    : withWords(import('./en.js').then((m) => m.CATALOG_EN)),
);
