import { fail, ok, type Result } from '../../model/errors.js';
import { BUILTIN_INSTRUMENTS } from './builtins.js';
import { parseInstrumentDefinition, type InstrumentDefinition } from './schema.js';

export type RegistryListener = () => void;

/**
 * The instruments a page can use: the built-ins plus definitions the host registers (which is
 * how licensed instruments get in). Every registered definition is validated first.
 */
export class InstrumentRegistry {
  #defs = new Map<string, InstrumentDefinition>();
  #builtinIds = new Set<string>();
  #listeners = new Set<RegistryListener>();

  constructor(builtins: readonly InstrumentDefinition[] = BUILTIN_INSTRUMENTS) {
    for (const def of builtins) {
      this.#defs.set(def.id, def);
      this.#builtinIds.add(def.id);
    }
  }

  /**
   * Validates and adds a host definition. A built-in id cannot be replaced (its wording is
   * fixed); registering the same host id again replaces the earlier definition.
   */
  register(input: unknown): Result<InstrumentDefinition> {
    const parsed = parseInstrumentDefinition(input);
    if (!parsed.ok) return parsed;
    const def = parsed.value;
    if (this.#builtinIds.has(def.id)) {
      return fail('invalid-definition', `"${def.id}" is a built-in instrument and cannot be replaced; choose another id.`);
    }
    this.#defs.set(def.id, def);
    for (const l of [...this.#listeners]) l();
    return ok(def);
  }

  get(id: string): InstrumentDefinition | undefined {
    return this.#defs.get(id);
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

/** Validates and registers a host instrument definition in the page-wide registry. */
export function registerInstrument(input: unknown): Result<InstrumentDefinition> {
  return instrumentRegistry.register(input);
}
