/**
 * Content that loads on demand (a dynamic `import()` per locale or per instrument), loaded once
 * per key and remembered: a second widget, or the next render, gets it at once with `peek`.
 */
export class ContentSource<T> {
  readonly #load: (key: string) => Promise<T>;
  readonly #loaded = new Map<string, T>();
  readonly #loading = new Map<string, Promise<T>>();

  constructor(load: (key: string) => Promise<T>) {
    this.#load = load;
  }

  /** The content for `key` if it has loaded, else `undefined`. */
  peek(key: string): T | undefined {
    return this.#loaded.get(key);
  }

  /** Loads `key` (once; a failed load is tried again on the next call). */
  get(key: string): Promise<T> {
    const known = this.#loading.get(key);
    if (known) return known;
    const loading = this.#load(key).then(
      (value) => {
        this.#loaded.set(key, value);
        return value;
      },
      (error: unknown) => {
        this.#loading.delete(key);
        throw error;
      },
    );
    this.#loading.set(key, loading);
    return loading;
  }
}
