import { msg } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { InstrumentDefinition } from '../../clinical/instruments/schema.js';
import { intakeFieldLabel, intakeValueWords } from '../../i18n/intake-words.js';
import { scoreNoteWords, subscaleName } from '../../i18n/scoring-words.js';
import type { InstrumentScore } from '../../model/plan.js';

/** Intake fields whose values are ids from a fixed list (shown as words when read-only). */
const ENUM_FIELDS = new Set(['socialEnergy', 'structure', 'format', 'uses', 'outcome', 'strength']);

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

/** A section's answers for reading: enumerated answers as words, free text as typed. */
export const readonlySection = (data: Record<string, unknown>): TemplateResult => {
  const words = intakeValueWords();
  const word = (k: string, v: string) => (ENUM_FIELDS.has(k) ? (words[v] ?? v) : v);
  const rows: TemplateResult[] = [];
  for (const [k, v] of Object.entries(data)) {
    if (isEmpty(v)) continue;
    const text =
      typeof v === 'string'
        ? word(k, v)
        : !Array.isArray(v)
          ? undefined
          : v.every((x) => typeof x === 'string')
            ? v.map((x) => words[x] ?? x).join(', ')
            : (v as Record<string, unknown>[])
                .map((x) =>
                  Object.entries(x)
                    .filter(([kk]) => kk !== 'id')
                    .map(([kk, vv], i) => (i ? `${intakeFieldLabel(kk)}: ` : '') + word(kk, String(vv)))
                    .join(' · '),
                )
                .join('\n');
    if (text !== undefined) rows.push(html`<dt>${intakeFieldLabel(k)}</dt><dd>${text}</dd>`);
  }
  return rows.length ? html`<dl>${rows}</dl>` : html`<p class="unanswered">${msg('Nothing entered.')}</p>`;
};
