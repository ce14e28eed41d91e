import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ContentSource } from '../../content/source.js';

/**
 * Content that loads on demand (a catalog, a goal library, an instrument's words), seen from a
 * widget. `get(key)` gives it once loaded; before that it starts the load, gives `undefined` (the
 * widget shows a brief loading state in the page's language, never content in another one) and
 * re-renders the widget when it arrives. The widget's `updateComplete` waits for `settled`.
 */
export class ContentController<T> implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #source: ContentSource<T>;
  readonly #waiting = new Map<string, Promise<void>>();
  readonly #failed = new Set<string>();

  constructor(host: ReactiveControllerHost, source: ContentSource<T>) {
    this.#host = host;
    this.#source = source;
    host.addController(this);
  }

  hostConnected(): void {
    // Nothing to set up: loads start from render.
  }

  /** The content for `key`, or `undefined` while it loads (or when it could not load: see `failed`). */
  get(key: string): T | undefined {
    const value = this.#source.peek(key);
    if (value !== undefined || this.#waiting.has(key) || this.#failed.has(key)) return value;
    const waiting = this.#source.get(key).then(
      () => undefined,
      (error: unknown) => {
        this.#failed.add(key);
        console.error(`tailored-plan-kit: content "${key}" could not be loaded.`, error);
      },
    );
    const done = waiting.finally(() => {
      this.#waiting.delete(key);
      this.#host.requestUpdate();
    });
    this.#waiting.set(key, done);
    return undefined;
  }

  /** The content for `key` if it has loaded, without starting a load (for keys of what a render shows). */
  peek(key: string): T | undefined {
    return this.#source.peek(key);
  }

  /** The load of `key` failed (the widget says so; a reload tries again). */
  failed(key: string): boolean {
    return this.#failed.has(key);
  }

  /** Something is loading. */
  get busy(): boolean {
    return this.#waiting.size > 0;
  }

  /** Resolves when what is loading now has arrived (or failed). */
  get settled(): Promise<unknown> {
    return Promise.all([...this.#waiting.values()]);
  }
}
