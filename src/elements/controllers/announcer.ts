import { html, type ReactiveControllerHost, type TemplateResult } from 'lit';

/**
 * The polite live region of a widget: what just happened ("Goal removed.", "PHQ-9 recorded: 12 of
 * 27"), said once by screen readers. The region stays in the DOM on every render, so a message that
 * appears later is announced; `announce()` re-renders the host.
 */
export class LiveAnnouncer {
  readonly #host: ReactiveControllerHost;
  #message = '';

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
  }

  /** The last message (empty until something is announced). */
  get message(): string {
    return this.#message;
  }

  announce(message: string): void {
    this.#message = message;
    this.#host.requestUpdate();
  }

  /** The visually hidden `role="status"` region holding the last message. */
  region(): TemplateResult {
    return html`<p class="visually-hidden" role="status" aria-live="polite">${this.#message}</p>`;
  }
}
