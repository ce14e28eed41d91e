import { fail, ok, type Result } from '../../model/errors.js';
import { hasLocalizedText, localizedTextIssues, resolveLocalized, type TextLocale } from '../../model/localized-text.js';
import { BUILTIN_STRUCTURES } from './structures.js';
import { setPageRegistry } from './page-registry.js';
import { parseInstrumentDefinition, type InstrumentDefinition } from './schema.js';
import { scoringDefinition, type InstrumentStructure } from './words.js';

export type RegistryListener = () => void;

/** A host instrument in one language, as the form shows it. */
export interface HostInstrumentWording {
  definition: InstrumentDefinition;
  /** `en` when the host wrote the instrument with per-language texts but not every one in the locale asked for. */
  fallback?: 'en';
}

/**
 * The instruments a page can use: the built-ins plus definitions the host registers (which is
 * how licensed instruments get in). Every registered definition is validated first.
 *
 * A built-in's definition here carries no words (each text is its id): it is what scoring and the
 * risk path use, at once, in any language. The form shows the words, loaded with it in the page's
 * language (src/content/instruments/). The exported `PHQ9`, `GAD7`… are the full English definitions.
 */
export class InstrumentRegistry {
  #defs = new Map<string, InstrumentDefinition>();
  #builtinIds = new Set<string>();
  #translations = new Map<string, Map<TextLocale, InstrumentDefinition>>();
  #listeners = new Set<RegistryListener>();

  constructor(builtins: readonly InstrumentStructure[] = BUILTIN_STRUCTURES) {
    for (const s of builtins) {
      this.#defs.set(s.id, scoringDefinition(s));
      this.#builtinIds.add(s.id);
    }
  }

  /**
   * Validates and adds a host definition. A built-in id cannot be replaced (its wording is
   * fixed); registering the same host id again replaces the earlier definition. Any text may be
   * given per language (`{ en: '…', es: '…' }`, English required); the definition in each
   * language is validated too.
   */
  register(input: unknown): Result<InstrumentDefinition> {
    const id = (input as { id?: unknown } | null)?.id;
    const name = typeof id === 'string' ? `"${id}"` : '(no id)';
    const textIssues = localizedTextIssues(input);
    if (textIssues.length) return fail('invalid-definition', `The instrument definition ${name} is not valid: ${textIssues[0]}`, textIssues);
    const parsed = parseInstrumentDefinition(resolveLocalized(input, 'en').value);
    if (!parsed.ok) return parsed;
    const def = parsed.value;
    if (this.#builtinIds.has(def.id)) {
      return fail('invalid-definition', `"${def.id}" is a built-in instrument and cannot be replaced; choose another id.`);
    }
    const translations = new Map<TextLocale, InstrumentDefinition>();
    if (hasLocalizedText(input)) {
      translations.set('en', def);
      const es = resolveLocalized(input, 'es');
      if (es.complete) {
        const parsedEs = parseInstrumentDefinition(es.value);
        if (!parsedEs.ok) return parsedEs;
        translations.set('es', parsedEs.value);
      }
    }
    this.#defs.set(def.id, def);
    this.#translations.set(def.id, translations);
    for (const l of [...this.#listeners]) l();
    return ok(def);
  }

  /** The definition scoring uses: a host's in English, a built-in's without words. */
  get(id: string): InstrumentDefinition | undefined {
    return this.#defs.get(id);
  }

  /**
   * A host instrument as the form shows it in `locale`: in that language when the host gave every
   * text in it, otherwise in English, marked as a fallback when the host wrote per-language texts
   * (plain strings are shown as given). `undefined` for built-ins (their words load on demand).
   */
  hostWording(id: string, locale: TextLocale): HostInstrumentWording | undefined {
    const def = this.#defs.get(id);
    if (!def || this.#builtinIds.has(id)) return undefined;
    const translations = this.#translations.get(id);
    const own = translations?.get(locale);
    if (own) return { definition: own };
    return translations?.size ? { definition: def, fallback: 'en' } : { definition: def };
  }

  has(id: string): boolean {
    return this.#defs.has(id);
  }

  ids(): string[] {
    return [...this.#defs.keys()];
  }

  list(): InstrumentDefinition[] {
    return [...this.#defs.values()];
  }

  /** The host's registered definitions (what the FHIR mapping needs besides the built-ins). */
  hostDefinitions(): InstrumentDefinition[] {
    return this.list().filter((d) => !this.#builtinIds.has(d.id));
  }

  isBuiltin(id: string): boolean {
    return this.#builtinIds.has(id);
  }

  /** Called after every registration (the form re-renders when a host adds an instrument late). */
  subscribe(listener: RegistryListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }
}

/** The page-wide registry `<assessment-form>` reads. */
export const instrumentRegistry = new InstrumentRegistry();
setPageRegistry(instrumentRegistry);

/** Validates and registers a host instrument definition in the page-wide registry. */
export function registerInstrument(input: unknown): Result<InstrumentDefinition> {
  return instrumentRegistry.register(input);
}
