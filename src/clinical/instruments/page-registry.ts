import type { TextLocale } from '../../model/localized-text.js';
import type { InstrumentDefinition } from './schema.js';

/** What words read from the registry (see `InstrumentRegistry`). */
export interface PageRegistry {
  get(id: string): InstrumentDefinition | undefined;
  hostWording(id: string, locale: TextLocale): { definition: InstrumentDefinition } | undefined;
  isBuiltin(id: string): boolean;
}

/**
 * The page-wide instrument registry, once its module has loaded. Words that only need it for host
 * instruments (`src/i18n/scoring-words.ts`) read it here instead of importing it, so a widget that
 * never shows a questionnaire (the timeline, the goal editor) does not carry the registry and its
 * schema: a page whose host registered an instrument has loaded it.
 */
let page: PageRegistry | undefined;

export const pageRegistry = (): PageRegistry | undefined => page;

/** @internal Called once, by registry.ts, when the page-wide registry is made. */
export function setPageRegistry(registry: PageRegistry): void {
  page = registry;
}
