import type { TextLocale as Locale } from '../../model/localized-text.js';
import type { InstrumentWords } from '../../clinical/instruments/words.js';
import { ContentSource } from '../source.js';

type Loader = () => Promise<InstrumentWords>;

/**
 * Where each built-in instrument's words live, per locale. One module per instrument and locale
 * (the PHQ-2 and GAD-2 share the PHQ-9's and GAD-7's), so a page asking only the PHQ-9 loads the
 * PHQ-9's words and nothing of the PCL-5's 20 items, and an English page loads no Spanish.
 */
const WORDS: Readonly<Record<string, Record<Locale, Loader>>> = {
  phq9: { en: () => import('./phq9.en.js').then((m) => m.PHQ9_EN), es: () => import('./phq9.es.js').then((m) => m.PHQ9_ES) },
  phq2: { en: () => import('./phq9.en.js').then((m) => m.PHQ2_EN), es: () => import('./phq9.es.js').then((m) => m.PHQ2_ES) },
  gad7: { en: () => import('./gad7.en.js').then((m) => m.GAD7_EN), es: () => import('./gad7.es.js').then((m) => m.GAD7_ES) },
  gad2: { en: () => import('./gad7.en.js').then((m) => m.GAD2_EN), es: () => import('./gad7.es.js').then((m) => m.GAD2_ES) },
  pcl5: { en: () => import('./pcl5.en.js').then((m) => m.PCL5_EN), es: () => import('./pcl5.es.js').then((m) => m.PCL5_ES) },
  auditc: { en: () => import('./auditc.en.js').then((m) => m.AUDITC_EN), es: () => import('./auditc.es.js').then((m) => m.AUDITC_ES) },
  asq: { en: () => import('./asq.en.js').then((m) => m.ASQ_EN), es: () => import('./asq.es.js').then((m) => m.ASQ_ES) },
  'nida-drug-screen': { en: () => import('./nida.en.js').then((m) => m.NIDA_EN), es: () => import('./nida.es.js').then((m) => m.NIDA_ES) },
};

/** The key of one instrument's words in one locale, for `instrumentWords`. */
export const instrumentWordsKey = (id: string, locale: Locale): string => `${locale}:${id}`;

/** Built-in instrument words, loaded on demand, keyed `locale:id`. */
export const instrumentWords = new ContentSource<InstrumentWords>((k) => {
  const [locale, id] = k.split(/:(.*)/) as [Locale, string];
  const load = Object.hasOwn(WORDS, id) ? WORDS[id]?.[locale] : undefined;
  return load ? load() : Promise.reject(new Error(`No words for instrument "${id}" in "${locale}".`));
});

/** Whether the kit ships words for `id` (a built-in instrument). */
export const hasBuiltinWords = (id: string): boolean => Object.hasOwn(WORDS, id);

/** The words of built-in `id` in `locale`, once loaded (else `undefined`, and `loadInstrumentWords` loads them). */
export const peekInstrumentWords = (id: string, locale: Locale): InstrumentWords | undefined => instrumentWords.peek(instrumentWordsKey(id, locale));

/** Loads the words of built-in instrument `id` in `locale`. */
export const loadInstrumentWords = (id: string, locale: Locale): Promise<InstrumentWords> => instrumentWords.get(instrumentWordsKey(id, locale));
