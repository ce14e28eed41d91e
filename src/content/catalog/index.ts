import { catalogWithWords } from '../../clinical/modalities/catalog-structure.js';
import type { CatalogEntry } from '../../clinical/modalities/schema.js';
import { contentLocaleOf } from '../../model/localized-text.js';
import { ContentSource } from '../source.js';

/**
 * The built-in approach catalog in each locale, loaded on demand (key: the locale) with the
 * widgets that show it (`<modality-picker>`, and `<plan-summary>` for the approaches' names).
 */
export const catalogContent = new ContentSource<readonly CatalogEntry[]>((locale) =>
  contentLocaleOf(locale) === 'es'
    ? import('./es.js').then((m) => catalogWithWords(m.CATALOG_ES))
    : import('./en.js').then((m) => catalogWithWords(m.CATALOG_EN)),
);
