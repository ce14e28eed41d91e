import type { ReactiveController, ReactiveElement } from 'lit';

/**
 * Moves focus to a control after the next render, for actions that replace what had focus (an
 * item moved or removed, a card added, a dialog step changed). Controls are named by their
 * `data-focus` attribute; a `fallback` is used when the first is missing or disabled (the "Move up"
 * button of an item that became the first).
 */
export class FocusAfterRender implements ReactiveController {
  readonly #host: ReactiveElement;
  #target: { key: string; fallback?: string | undefined } | undefined;

  constructor(host: ReactiveElement) {
    this.#host = host;
    host.addController(this);
  }

  /** Focuses `[data-focus="key"]` (else `fallback`) once the host has rendered. */
  request(key: string, fallback?: string): void {
    this.#target = { key, fallback };
    this.#host.requestUpdate();
  }

  hostUpdated(): void {
    const target = this.#target;
    if (!target) return;
    this.#target = undefined;
    const find = (key: string) => this.#host.renderRoot.querySelector<HTMLElement>(`[data-focus="${CSS.escape(key)}"]`);
    let el = find(target.key);
    if ((!el || (el as HTMLButtonElement).disabled) && target.fallback) el = find(target.fallback);
    el?.focus();
  }
}
