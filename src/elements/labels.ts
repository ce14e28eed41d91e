import { instrumentRegistry } from '../clinical/instruments/registry.js';
import type { CatalogEntry } from '../clinical/modalities/schema.js';

/** Turns an id such as `family-therapy` into "Family therapy" for entries the kit has no name for. */
export function humanize(id: string): string {
  const words = id.replace(/[-_]+/g, ' ').trim();
  return words ? words[0]!.toUpperCase() + words.slice(1) : id;
}

/** Short name of a built-in or host-registered instrument, e.g. "PHQ-9". */
export function instrumentName(id: string): string {
  return instrumentRegistry.get(id)?.shortTitle ?? humanize(id);
}

/** Catalog name of an approach, e.g. "Cognitive behavioural therapy (CBT)", from the catalog in use (in the page's language). */
export function modalityName(id: string, catalog: readonly CatalogEntry[]): string {
  return catalog.find((m) => m.id === id)?.name ?? humanize(id);
}
