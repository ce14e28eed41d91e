import type { ConcernArea } from '../../model/plan.js';
import type { ApproachStructure, ModalityKind, TypicalDose } from './schema.js';

/** One approach without its words (catalog-structure.ts). */
export interface CatalogEntryStructure {
  id: string;
  kind: ModalityKind;
  structure: ApproachStructure;
  /** The typical dose without its words. */
  dose?: Omit<TypicalDose, 'text'>;
  /** Technique ids, in the order they are shown. */
  techniques: readonly string[];
  usedFor: readonly ConcernArea[];
}

/** One approach's words in one language. */
export interface CatalogEntryWords {
  name: string;
  summary: string;
  forClient: string;
  sessionInvolves: string;
  /** The typical dose in words (entries with a dose). */
  dose?: string;
  techniques: Readonly<Record<string, { name: string; description: string }>>;
}

/** Approach id → its words, for one language. */
export type CatalogWords = Readonly<Record<string, CatalogEntryWords>>;
