import type { ReactiveControllerHost } from 'lit';

/**
 * Which parts of a long list are open (problems, approach cards): until the user chooses, the
 * `initial` keys the widget passes (e.g. the first problem). As an accordion, opening one part
 * closes the others, until the user opens them all; then each opens and closes on its own.
 * Changes re-render the host.
 */
export class OpenParts {
  readonly #host: ReactiveControllerHost;
  readonly #accordion: boolean;
  #chosen: ReadonlySet<string> | undefined;
  #several = false;

  constructor(host: ReactiveControllerHost, options: { accordion: boolean }) {
    this.#host = host;
    this.#accordion = options.accordion;
  }

  /** The open keys: the user's choice, else `initial`. */
  open(initial: readonly string[]): ReadonlySet<string> {
    return this.#chosen ?? new Set(initial);
  }

  /** Opens a closed part (as an accordion: instead of the others), closes an open one. */
  toggle(key: string, initial: readonly string[]): void {
    const open = this.open(initial);
    const next = new Set(this.#keepOthers ? open : []);
    if (open.has(key)) next.delete(key);
    else next.add(key);
    this.#set(next);
  }

  /** Opens a part if it is closed (focus is about to go into it). */
  reveal(key: string, initial: readonly string[]): void {
    const open = this.open(initial);
    if (!open.has(key)) this.#set(new Set([...(this.#keepOthers ? open : []), key]));
  }

  /** "Open all" (every key, and from then on parts open on their own) or "Close all". */
  setAll(keys: readonly string[], open: boolean): void {
    this.#several = open;
    this.#set(new Set(open ? keys : []));
  }

  get #keepOthers(): boolean {
    return !this.#accordion || this.#several;
  }

  #set(next: ReadonlySet<string>): void {
    this.#chosen = next;
    this.#host.requestUpdate();
  }
}
