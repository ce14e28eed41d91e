import type { ReactiveController, ReactiveElement } from 'lit';

/** One edit of a text field, as a widget turns it into a command. */
export interface TextEdit {
  /** The text exactly as typed. */
  text: string;
  /**
   * The store's `coalesce` key: every edit of one burst (from the first keystroke to `change`) shares
   * it, so the burst is one undo step. Unique across widgets and fields.
   */
  coalesce: string;
  /** `true` on `change` (the field was left, or Enter pressed): the burst is over. */
  final: boolean;
}

/** Sends one edit to the plan. Returns whether the plan accepted it. */
export type TextCommit = (edit: TextEdit) => boolean;

interface Typed {
  text: string;
  /** The plan's text for the field at the first render after the edit, once known. */
  plan?: string;
}

let bursts = 0;

/**
 * Puts every keystroke of a widget's text fields into the plan, one undo step per burst of typing,
 * and re-fires inner `input` events once from the host (React `onChange`, Vue `v-model`, Angular).
 *
 * While a field is being typed in it shows what was typed, not the plan's normalized text (a
 * trailing space a trimmed field drops) or its refused edit (a required field cleared: the text stays
 * and the widget shows the error). As soon as the plan's text for the field changes for another
 * reason (undo, another tab, the host), the field shows the plan's text again.
 *
 * A widget renders `.value=${live(relay.text(key, planText))}` with `@input` and `@change` bound to
 * `relay.handler(key, commit)`, where `key` names the field uniquely within the widget.
 */
export class TextInputController implements ReactiveController {
  readonly #host: ReactiveElement;
  readonly #relayInput: boolean;
  #typed = new Map<string, Typed>();
  #burst = new Map<string, string>();

  /** `relayInput: false` leaves the host's `input` events to the host (it fires one per edit itself). */
  constructor(host: ReactiveElement, { relayInput = true }: { relayInput?: boolean } = {}) {
    this.#host = host;
    this.#relayInput = relayInput;
    host.addController(this);
  }

  hostConnected(): void {
    // Inner controls' `input` events are composed and would reach the host's listeners as well,
    // retargeted; the host fires exactly one per edit itself. Search boxes and filters, which edit
    // no plan value, are marked `data-no-emit`.
    if (this.#relayInput) this.#host.renderRoot.addEventListener('input', this.#relay);
  }

  hostDisconnected(): void {
    this.#host.renderRoot.removeEventListener('input', this.#relay);
  }

  /** What field `key` shows: the text being typed while the plan still holds what it made of it. */
  text(key: string, planText: string): string {
    const typed = this.#typed.get(key);
    if (!typed) return planText;
    typed.plan ??= planText;
    if (typed.plan === planText) return typed.text;
    this.#typed.delete(key);
    return planText;
  }

  /** The `@input` and `@change` listener of field `key`. */
  handler(key: string, commit: TextCommit): (e: Event) => void {
    return (e: Event) => {
      const text = (e.target as HTMLInputElement | HTMLTextAreaElement).value;
      const final = e.type === 'change';
      let coalesce = this.#burst.get(key);
      if (!coalesce) {
        coalesce = `${key}#${++bursts}`;
        this.#burst.set(key, coalesce);
      }
      if (final) this.#burst.delete(key);
      const accepted = commit({ text, coalesce, final });
      // Once committed and accepted, the field may show the plan's (normalized) text again.
      if (final && accepted) this.#typed.delete(key);
      else this.#typed.set(key, { text });
    };
  }

  #relay = (e: Event): void => {
    if (e.target === this.#host) return;
    e.stopPropagation();
    if (!(e.target as Element).closest?.('[data-no-emit]')) {
      this.#host.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    }
  };
}
