import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { TextEdit, TextInputController } from '../controllers/text-input.js';

/**
 * The one set of field templates every widget uses: labelled text fields that put each keystroke
 * into the plan (through the widget's `TextInputController`), selects, options, error messages and
 * the hidden suffix that completes a repeated button's name.
 *
 * Two layouts, as the widgets' styles expect: with an `id`, a `div.field` whose `<label for>` names
 * the control (room for a hint and an error below); without, the control inside its `<label>`.
 */

/** One option of a select: the value sent and the words shown. */
export type Choice<T extends string | number = string> = readonly [value: T, words: string | number];

/** `values` paired with their words, for `selectField` and `optionList`. */
export const choices = <T extends string | number>(values: readonly T[], words: (value: T) => string | number): Choice<T>[] =>
  values.map((v) => [v, words(v)]);

/** The `<option>`s of a select, `current` selected. */
export const optionList = <T extends string | number>(list: readonly Choice<T>[], current: T | undefined): TemplateResult[] =>
  list.map(([value, words]) => html`<option value=${value} ?selected=${value === current}>${words}</option>`);

/** Completes a repeated button's accessible name with the item it acts on (": Panic attacks"). */
export const nameSuffix = (name: string): TemplateResult => html`<span class="visually-hidden">: ${name}</span>`;

/** A button whose accessible name ends with the item it acts on. */
export const itemButton = (text: string, itemName: string, click: (e: Event) => void): TemplateResult =>
  html`<button type="button" @click=${click}>${text}${nameSuffix(itemName)}</button>`;

/** An error next to a field, announced when it appears. */
export const errorMessage = (message: string | undefined, id?: string): TemplateResult | typeof nothing =>
  message ? html`<p class="error" id=${id ?? nothing} role="alert">${message}</p>` : nothing;

/** A `div.field` with a `<label for=id>`, the control and what follows it (an error). */
export const labelledField = (id: string, label: string, control: unknown, after: unknown = nothing): TemplateResult =>
  html`<div class="field"><label for=${id}>${label}</label>${control}${after}</div>`;

export interface SelectFieldOptions<T extends string | number> {
  label: string;
  choices: readonly Choice<T>[];
  value: T | undefined;
  /** Called with the chosen option's value. */
  onChange: (value: string) => unknown;
  /** Gives the `div.field` layout, with the error below the select. */
  id?: string;
  /** `data-field` of the select (tests and focus). */
  field?: string;
  /** A refusal shown below the select (with `id`). */
  error?: string | undefined;
}

/** A labelled select; the plan's value is shown again after every render (a refused choice snaps back). */
export function selectField<T extends string | number>(o: SelectFieldOptions<T>): TemplateResult {
  const errorId = o.id && o.error ? `${o.id}-err` : undefined;
  const select = html`<select
    id=${o.id ?? nothing}
    data-field=${o.field ?? nothing}
    aria-invalid=${o.id ? (o.error ? 'true' : 'false') : nothing}
    aria-describedby=${errorId ?? nothing}
    .value=${live(String(o.value ?? ''))}
    @change=${(e: Event) => o.onChange((e.target as HTMLSelectElement).value)}
  >${optionList(o.choices, o.value)}</select>`;
  return o.id ? labelledField(o.id, o.label, select, errorMessage(o.error, errorId)) : html`<label>${o.label}${select}</label>`;
}

export interface TextFieldOptions {
  /** Names the field uniquely in its widget (the `TextInputController` key). */
  key: string;
  label: string;
  /** The plan's text. */
  value: string | undefined;
  /** Sends one edit to the plan; returns whether it was accepted. */
  commit: (text: string, edit: TextEdit) => boolean;
  /** Class of the label (`wide`, `words`). */
  class?: string;
  /** `data-focus` key of the control (see `FocusAfterRender`). */
  focus?: string;
  /** `data-field` of the control. */
  field?: string;
  /** A number input (decimal keyboard); otherwise text. */
  number?: boolean;
  /** A textarea instead of an input. */
  multiline?: boolean;
}

/** A labelled text field whose every keystroke goes to the plan, one undo step per burst. */
export function textField(text: TextInputController, o: TextFieldOptions): TemplateResult {
  const edit = text.handler(o.key, (e) => o.commit(e.text, e));
  const shown = live(text.text(o.key, o.value ?? ''));
  const control = o.multiline
    ? html`<textarea data-focus=${o.focus ?? nothing} data-field=${o.field ?? nothing} .value=${shown} @input=${edit} @change=${edit}></textarea>`
    : html`<input
        data-focus=${o.focus ?? nothing}
        data-field=${o.field ?? nothing}
        type=${o.number ? 'number' : nothing}
        inputmode=${o.number ? 'decimal' : nothing}
        .value=${shown}
        @input=${edit}
        @change=${edit}
      />`;
  return html`<label class=${o.class ?? nothing}>${o.label}${control}</label>`;
}

export interface QuestionFieldOptions {
  /** The control's `id` (its label's `for`; `${id}-hint`, `${id}-error`). */
  id: string;
  /** The `TextInputController` key and `data-field` (the key of the answer's problem). */
  key: string;
  label: string;
  /** `long`: a textarea (up to 20,000 characters); `text` (up to 500) and `date`: an input. */
  kind: 'long' | 'text' | 'date';
  value: string | undefined;
  commit: (text: string, edit: TextEdit) => boolean;
  required?: boolean | undefined;
  /** Said below the label and read with the field. */
  hint?: string | undefined;
  /** What is missing, said below the field (empty: nothing). */
  error: string;
  /** Marks the field touched (its problem is shown from then on). */
  onBlur: () => void;
}

/** A question's text field: label (with `*` when required), hint, the control and its announced error. */
export function questionField(text: TextInputController, o: QuestionFieldOptions): TemplateResult {
  const invalid = o.error ? 'true' : 'false';
  const describedBy = `${o.hint ? `${o.id}-hint ` : ''}${o.id}-error`;
  const shown = live(text.text(o.key, o.value ?? ''));
  const input = text.handler(o.key, (e) => o.commit(e.text, e));
  return html`<div class="field">
    <label for=${o.id}>${o.label}${o.required ? html` <span aria-hidden="true">*</span>` : nothing}</label>
    ${o.hint ? html`<p class="hint" id="${o.id}-hint">${o.hint}</p>` : nothing}
    ${o.kind === 'long'
      ? html`<textarea id=${o.id} maxlength="20000" data-field=${o.key} ?required=${o.required} aria-invalid=${invalid}
          aria-describedby=${describedBy} .value=${shown} @input=${input} @change=${input} @blur=${o.onBlur}></textarea>`
      : html`<input type=${o.kind} id=${o.id} maxlength=${o.kind === 'text' ? '500' : nothing} data-field=${o.key}
          ?required=${o.required} aria-invalid=${invalid} aria-describedby=${describedBy} .value=${shown}
          @input=${input} @change=${input} @blur=${o.onBlur} />`}
    <p class="error" id="${o.id}-error" aria-live="polite">${o.error}</p>
  </div>`;
}

/** An id for the DOM from plan ids: they are safe in attributes but may hold spaces, which break `aria-describedby` lists. */
export const domId = (...parts: string[]): string => parts.map((p) => p.replace(/[^A-Za-z0-9_-]/g, '_')).join('-');
