import { CATALOG_EN } from '../../content/catalog/en.js';
import { catalogWithWords } from './catalog-structure.js';
import { FIRST_LINE_STRUCTURE } from './first-line.js';
import type { CatalogEntry } from './schema.js';

/**
 * The kit's own catalog of therapeutic approaches in English, written for this kit in plain
 * language (public API: hosts merge their entries with `mergeCatalog`). The widgets never import
 * it: they load the catalog in the page's language (src/content/catalog/).
 */
export const MODALITY_CATALOG: readonly CatalogEntry[] = /* @__PURE__ */ catalogWithWords(CATALOG_EN);

/** The first-line approaches of the catalog (first-line.ts cites the guidelines), in English. */
export const FIRST_LINE_ENTRIES: readonly CatalogEntry[] = /* @__PURE__ */ catalogWithWords(CATALOG_EN, FIRST_LINE_STRUCTURE);
