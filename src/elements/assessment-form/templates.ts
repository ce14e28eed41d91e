import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { InstrumentDefinition } from '../../clinical/instruments/schema.js';
import { scoreNoteWords, subscaleName } from '../../i18n/scoring-words.js';
import type { InstrumentScore } from '../../model/plan.js';

/** No answer: nothing, blank text or an empty list. */
export const isEmpty = (v: unknown): boolean =>
  v === undefined || v === null || (typeof v === 'string' && v.trim() === '') || (Array.isArray(v) && v.length === 0);

export const bulletList = (items: unknown[]): TemplateResult => html`<ul>${items.map((l) => html`<li>${l}</li>`)}</ul>`;

/** Screening result, the rule's notes and any subscale totals. */
export const scoreDetails = (def: InstrumentDefinition, s: InstrumentScore): unknown[] => {
  // The screen result itself is said beside the total (scoreWords).
  const lines = (s.notes ?? []).map((n) => scoreNoteWords(def, n));
  const subs = def.scoring.subscales ?? [];
  return [
    lines.length ? bulletList(lines) : nothing,
    subs.length && s.subscores ? bulletList(subs.map((sub) => html`${subscaleName(def, sub)}: ${s.subscores![sub.id]}`)) : nothing,
  ];
};

/** The persistent alert beside a positive critical item. */
export const criticalAlert = (content: unknown): TemplateResult => html`<div class="critical" part="critical-alert" role="alert">${content}</div>`;

/** A `::part`-named section titled by its own heading. */
export const titledSection = (part: string, id: string, title: unknown, body: unknown): TemplateResult =>
  html`<section part=${part} aria-labelledby=${id}><h3 id=${id}>${title}</h3>${body}</section>`;

/** A fieldset of radios or checkboxes. */
export const choiceGroup = (legend: unknown, choices: unknown): TemplateResult =>
  html`<fieldset><legend>${legend}</legend><div class="options">${choices}</div></fieldset>`;

export interface ChoiceInputOptions {
  label: unknown;
  checked: boolean;
  onChange: (e: Event) => void;
  type?: 'radio' | 'checkbox';
  /** The radio group's name. */
  name?: string;
  value?: string;
  /** `data-field` of the first option of a group, which takes focus for the group's problem. */
  field?: string | undefined;
  /** `aria-invalid` of the option. */
  invalid?: boolean;
}

/** One radio or checkbox with its label. */
export const choiceInput = (o: ChoiceInputOptions): TemplateResult =>
  html`<label><input type=${o.type ?? 'radio'} name=${o.name ?? nothing} value=${o.value ?? nothing} data-field=${o.field ?? nothing}
    aria-invalid=${o.invalid === undefined ? nothing : String(o.invalid)} .checked=${live(o.checked)} @change=${o.onChange} />${o.label}</label>`;
