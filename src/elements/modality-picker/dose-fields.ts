import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { TextEdit, TextInputController } from '../controllers/text-input.js';
import { errorMessage, labelledField } from '../templates/fields.js';

export interface WholeNumberFieldOptions {
  id: string;
  label: string;
  value: number | undefined;
  min: number;
  max: number;
  /** The refusal shown below the field. */
  error: string | undefined;
  /** Shows a refusal (an out-of-range number, when the field is left). */
  refuse(message: string): void;
  /** Sends a valid number (or `undefined` for an empty field) to the plan. */
  commit(value: number | undefined, edit: TextEdit): boolean;
  /** Said below the label and read with the field. */
  hint?: string;
}

/**
 * A whole number from `min` to `max`. Each valid number goes to the plan as it is typed; an
 * out-of-range one is said when the field is left ("4" on the way to "45" is not an error yet),
 * and stays in the field meanwhile.
 */
export function wholeNumberField(text: TextInputController, o: WholeNumberFieldOptions): TemplateResult {
  const described = [o.hint ? `${o.id}-hint` : '', o.error ? `${o.id}-err` : ''].filter(Boolean).join(' ');
  const on = text.handler(o.id, (edit) => {
    const raw = edit.text.trim();
    const n = Number(raw);
    if (!raw || (Number.isInteger(n) && n >= o.min && n <= o.max)) return o.commit(raw ? n : undefined, edit);
    if (edit.final) o.refuse(msg(str`Enter a whole number from ${o.min} to ${o.max}.`));
    return false;
  });
  return labelledField(
    o.id,
    o.label,
    html`<input id=${o.id} type="number" inputmode="numeric" min=${o.min} max=${o.max} step="1"
      aria-invalid=${o.error ? 'true' : 'false'} aria-describedby=${described || nothing}
      .value=${live(text.text(o.id, o.value === undefined ? '' : String(o.value)))} @input=${on} @change=${on}
    />`,
    html`${o.hint ? html`<p class="hint" id=${`${o.id}-hint`}>${o.hint}</p>` : nothing} ${errorMessage(o.error, `${o.id}-err`)}`,
  );
}
