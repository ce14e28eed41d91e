import type { ReactiveControllerHost } from 'lit';

/**
 * A part of an element that only some pages need (the conflict notice, a dialog), kept out of the
 * element's entry and loaded with `import()` the first time a render asks for it. The host
 * re-renders once it has arrived, and `settled()` lets the host's `updateComplete` wait for it, so
 * "rendered" still means "showing everything it should".
 */
export class OnDemand<M> {
  readonly #host: ReactiveControllerHost;
  readonly #load: () => Promise<M>;
  #module: M | undefined;
  #loading: Promise<M | undefined> | undefined;

  constructor(host: ReactiveControllerHost, load: () => Promise<M>) {
    this.#host = host;
    this.#load = load;
  }

  /** The module when it has loaded; until then `undefined`, and loading starts (the host updates when it arrives). */
  get(): M | undefined {
    if (this.#module === undefined) void this.load();
    return this.#module;
  }

  /** Loads the module (once); resolves to it, or to `undefined` when it could not be loaded (tried again next time). */
  load(): Promise<M | undefined> {
    this.#loading ??= this.#load().then(
      (module) => {
        this.#module = module;
        this.#host.requestUpdate();
        return module;
      },
      (e: unknown) => {
        // A failed chunk request (offline, a deploy replaced the files): the next render tries again.
        this.#loading = undefined;
        console.error('tailored-plan-kit: a part of the page could not be loaded', e);
        return undefined;
      },
    );
    return this.#loading;
  }

  /** Settles once a load in flight has finished (at once when none is). */
  async settled(): Promise<void> {
    await this.#loading;
  }
}
