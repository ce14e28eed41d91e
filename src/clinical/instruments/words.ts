import type { InstrumentDefinition, InstrumentItem, InstrumentOption } from './schema.js';

/**
 * A built-in instrument without its words: ids, answer values, scoring rule, thresholds, critical
 * items, LOINC codes. Everything that decides a score or a risk flag is here, so scoring and the
 * risk path never wait for words to load. The words (title, instructions, item wording, answer
 * labels, licence notice) live in per-locale content modules (`src/content/instruments/`).
 *
 * The scoring words that are not the instrument's own wording (band names, screening results,
 * critical-item messages) stay here in English: they are what the plan stores and `risk-flag`
 * carries for logs; widgets word them by code in the page's language (`src/i18n/scoring-words.ts`).
 * So do the licence notice and the citation: the Pfizer notice is printed in
 * English on every translated form, and a Spanish page marks it `lang="en"`.
 */
export type InstrumentStructure = Omit<InstrumentDefinition, 'title' | 'instructions' | 'items' | 'optionSets'> & {
  items: Omit<InstrumentItem, 'text'>[];
  optionSets: { id: string; options: Omit<InstrumentOption, 'label'>[] }[];
};

/** The language a content module is written in. */
export type ContentLanguage = 'en' | 'es';

/** One instrument's words in one language, exactly as published (never machine-translated). */
export interface InstrumentWords {
  /** The language these words are in: `en` when no published translation is shipped for the locale asked for. */
  lang: ContentLanguage;
  title: string;
  instructions: string;
  /** Item id → the item's published wording. */
  items: Readonly<Record<string, string>>;
  /** Option set id → answer labels, in the order of the structure's options. */
  options: Readonly<Record<string, readonly string[]>>;
  /** The published translation these words come from, cited (see src/clinical/instruments/SOURCES.md). */
  translation?: string;
  /**
   * Shown in the locale asked for when the words are not in it: why the original is shown
   * ("no published Spanish version … the English original is shown").
   */
  notice?: string;
}

/** The full definition: the structure with one language's words. */
export function withWords(s: InstrumentStructure, w: InstrumentWords): InstrumentDefinition {
  const { items, optionSets, ...rest } = s;
  return {
    ...rest,
    title: w.title,
    instructions: w.instructions,
    optionSets: optionSets.map((set) => ({
      id: set.id,
      options: set.options.map((o, i) => ({ ...o, label: w.options[set.id]?.[i] ?? String(o.value) })),
    })),
    items: items.map((item) => ({ ...item, text: w.items[item.id] ?? item.id })),
  };
}

/**
 * The definition the registry scores with before (or without) any words: every text is the
 * item's id or the option's value. It passes validation, so a command carrying it checks the
 * answers and raises a risk flag at once; none of these texts is stored in the plan or shown.
 */
export function scoringDefinition(s: InstrumentStructure): InstrumentDefinition {
  return withWords(s, { lang: 'en', title: s.shortTitle, instructions: '', items: {}, options: {} });
}

/** Words missing from `w` for `s` (item ids and option sets), for the completeness tests. */
export function missingWords(s: InstrumentStructure, w: InstrumentWords): string[] {
  const out = s.items.filter((i) => !w.items[i.id]).map((i) => i.id);
  for (const set of s.optionSets) {
    if (w.options[set.id]?.length !== set.options.length) out.push(`options:${set.id}`);
  }
  return out;
}
