import type { ConcernArea } from '../../model/plan.js';
import type { CatalogEntry, ApproachStructure } from './schema.js';

export interface CatalogQuery {
  /** Words to find in the name, summary, description or technique names (all must match). */
  text?: string;
  /** Keep entries used for any of these areas (e.g. the areas of the problem a goal belongs to). */
  usedFor?: readonly ConcernArea[];
  structure?: ApproachStructure;
}

/** Filters the catalog, keeping its order. An empty query returns every entry. */
export function searchCatalog(catalog: readonly CatalogEntry[], query: CatalogQuery): CatalogEntry[] {
  const words = (query.text ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  return catalog.filter((e) => {
    if (query.structure && e.structure !== query.structure) return false;
    if (query.usedFor?.length && !e.usedFor.some((a) => query.usedFor!.includes(a))) return false;
    if (!words.length) return true;
    const hay = [e.name, e.summary, e.forClient, e.sessionInvolves, ...e.techniques.map((t) => t.name), ...e.usedFor]
      .join(' ')
      .toLowerCase();
    return words.every((w) => hay.includes(w));
  });
}
