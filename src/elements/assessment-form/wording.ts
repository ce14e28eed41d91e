import { instrumentRegistry } from '../../clinical/instruments/registry.js';
import type { InstrumentDefinition } from '../../clinical/instruments/schema.js';
import { withWords, type InstrumentWords } from '../../clinical/instruments/words.js';
import { hasBuiltinWords, instrumentWordsKey } from '../../content/instruments/index.js';
import type { Locale } from '../../context/plan-context.js';
import type { ContentController } from '../controllers/content.js';
import { contentLocaleOf } from '../../model/localized-text.js';

/** An instrument as the form shows it: its words in one language, and what marks them. */
export interface ShownInstrument {
  /** The definition with its words (scores and critical items are the registry's). */
  def: InstrumentDefinition;
  /** The words' language when it is not the page's (`lang` on them). */
  lang?: string;
  /** The licence notice's language when it is not the page's (the Pfizer notice is English on every form). */
  licenceLang?: string;
  /** Said in the page's language: why the words are in another one. */
  notice?: string;
  /** The published translation the words come from. */
  translation?: string;
}

const differs = (lang: string, locale: Locale) => (lang === locale ? {} : { lang });

/** Words → definition, built once per pair so a re-render hands the same object around. */
const built = new WeakMap<InstrumentWords, WeakMap<InstrumentDefinition, InstrumentDefinition>>();
function worded(def: InstrumentDefinition, words: InstrumentWords): InstrumentDefinition {
  let byDef = built.get(words);
  if (!byDef) built.set(words, (byDef = new WeakMap()));
  let out = byDef.get(def);
  if (!out) byDef.set(def, (out = withWords(def, words)));
  return out;
}

/**
 * `def` (the registry's) as shown on a page in `locale`: a built-in's words once they have
 * loaded (`undefined` until then, `'failed'` if they could not), a host instrument's at once.
 */
export function shownInstrument(
  def: InstrumentDefinition,
  locale: Locale,
  words: ContentController<InstrumentWords>,
): ShownInstrument | 'failed' | undefined {
  if (!instrumentRegistry.isBuiltin(def.id) || !hasBuiltinWords(def.id)) {
    const host = instrumentRegistry.hostWording(def.id, contentLocaleOf(locale));
    const fallback = host?.fallback ? differs(host.fallback, locale) : {};
    return { def: host?.definition ?? def, ...fallback, ...(fallback.lang ? { licenceLang: fallback.lang } : {}) };
  }
  const key = instrumentWordsKey(def.id, contentLocaleOf(locale));
  const w = words.get(key);
  if (!w) return words.failed(key) ? 'failed' : undefined;
  return {
    def: worded(def, w),
    ...differs(w.lang, locale),
    ...(locale === 'en' ? {} : { licenceLang: 'en' }),
    ...(w.notice ? { notice: w.notice } : {}),
    ...(w.translation ? { translation: w.translation } : {}),
  };
}
