import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { SuggestionRule } from '../../clinical/modalities/rules.js';
import type { CatalogEntry } from '../../clinical/modalities/schema.js';
import { MODALITY_DISMISSAL_PREFIX, suggestModalities, type ModalitySuggestion } from '../../clinical/modalities/suggest.js';
import type { TreatmentPlan } from '../../model/plan.js';
import { textOf } from '../templates/content.js';
import { domId, errorMessage, nameSuffix } from '../templates/fields.js';
import { cards, labelled, section } from './display.js';
import { demotionWords, evidenceWords, preferenceWords, suggestionReasonText, type SuggestionWording } from '../../i18n/suggestion-words.js';
import { instrumentDisplayName as instrumentName } from '../../clinical/goals/instruments.js';

/** What the suggestions need from the picker. */
export interface SuggestionsView {
  entries: readonly CatalogEntry[];
  rules: readonly SuggestionRule[];
  /** The suggestion being dismissed and the reason typed so far. */
  dismissing: { key: string; reason: string } | undefined;
  errors: Readonly<Record<string, string>>;
  /** An approach's name in the catalog in use. */
  name(modalityId: string): string;
  /** A day as the page shows dates. */
  formatDate(day: string): string;
  typeReason(key: string, reason: string): void;
  add(s: ModalitySuggestion): void;
  startDismiss(key: string, domKey: string): void;
  cancelDismiss(domKey: string): void;
  confirmDismiss(e: Event, s: ModalitySuggestion): void;
  restore(key: string, name: string): void;
}

const onValue = (commit: (value: string) => unknown) => (e: Event) => commit((e.target as HTMLInputElement).value);

/** Suggested approaches, each with its reasons; dismissed ones can be offered again. */
export function suggestionsTemplate(plan: TreatmentPlan, v: SuggestionsView): TemplateResult {
  const dismissed = plan.dismissals.filter((d) => d.key.startsWith(MODALITY_DISMISSAL_PREFIX));
  return section(
    'suggestions',
    msg('Suggested approaches'),
    html`<p class="hint">
        ${msg(
          'Suggestions come from the assessment, goals, preferences and history. Each shows why. Nothing is added to the plan until you choose it.',
        )}
      </p>
      ${cards(
        suggestModalities(plan, v.entries, v.rules),
        (s) => suggestionCard(s, v),
        msg('No suggestions yet. They appear as concerns, scores and preferences are recorded in the assessment.'),
      )}
      ${dismissed.length
        ? html`<details class="dismissed">
            <summary>${msg(str`Dismissed suggestions (${dismissed.length})`)}</summary>
            <ul>
              ${dismissed.map((d) => {
                const id = d.key.slice(MODALITY_DISMISSAL_PREFIX.length);
                const name = v.name(id);
                return html`<li>
                  <strong>${name}</strong>: ${d.reason}
                  <button type="button" class="small" @click=${() => v.restore(d.key, name)}>
                    ${msg('Offer again')}${nameSuffix(name)}
                  </button>
                </li>`;
              })}
            </ul>
          </details>`
        : nothing}`,
  );
}

function suggestionCard(s: ModalitySuggestion, v: SuggestionsView): TemplateResult {
  const m = domId(s.modalityId);
  const hid = `sg-${m}`;
  const err = v.errors[`dismiss:${s.key}`];
  const wording: SuggestionWording = { instrumentName, formatDate: (day) => v.formatDate(day) };
  return html`<li part="suggestion" class="card suggestion ${s.demoted ? 'demoted' : ''}">
    <h3 id=${hid}>${textOf(s.entry, s.entry.name)}</h3>
    ${s.entry.kind === 'referral'
      ? html`<p class="note">${msg('A referral to a prescriber: this plan never sets a medication or dose.')}</p>`
      : nothing}
    ${s.techniques.length
      ? labelled(msg('Emphasis:'), textOf(s.entry, s.techniques.map((t) => s.entry.techniques.find((x) => x.id === t)?.name ?? t).join(', ')))
      : nothing}
    <p class="why-label"><strong>${msg('Why:')}</strong></p>
    <ul class="reasons">
      ${s.reasons.map(
        (r) => html`<li>
          ${suggestionReasonText(r)}
          ${r.evidence.length
            ? html`<span class="evidence">${msg('Based on:')} ${r.evidence.map((e) => evidenceWords(e, wording)).join('; ')}</span>`
            : nothing}
          ${r.source ? html`<span class="evidence source">${msg('Source:')} ${r.source}</span>` : nothing}
        </li>`,
      )}
      ${s.preference ? html`<li class="preference">${preferenceWords(s.preference)}</li>` : nothing}
      ${s.demoted ? html`<li class="demotion"><strong>${msg('Moved down:')}</strong> ${demotionWords(s.demoted)}</li>` : nothing}
    </ul>
    ${v.dismissing?.key === s.key
      ? html`<form class="dismiss-form" @submit=${(e: Event) => v.confirmDismiss(e, s)}
          @keydown=${(e: KeyboardEvent) => {
            if (e.key === 'Escape') {
              e.preventDefault();
              v.cancelDismiss(m);
            }
          }}>
          <label for=${`dr-${m}`}>${msg(str`Why dismiss ${s.entry.name}?`)}</label>
          <textarea id=${`dr-${m}`} rows="2" aria-describedby=${err ? `dr-err-${m}` : nothing} aria-invalid=${err ? 'true' : 'false'}
            .value=${live(v.dismissing.reason)} @input=${onValue((reason) => v.typeReason(s.key, reason))}
          ></textarea>
          ${errorMessage(err, `dr-err-${m}`)}
          <div class="actions">
            <button type="submit" class="primary">${msg('Dismiss suggestion')}</button>
            <button type="button" @click=${() => v.cancelDismiss(m)}>${msg('Cancel')}</button>
          </div>
        </form>`
      : html`<div class="actions">
          <button type="button" class="primary" aria-describedby=${hid} @click=${() => v.add(s)}>
            ${msg('Add to plan')}
          </button>
          <button type="button" id=${`dismiss-${m}`} aria-describedby=${hid} @click=${() => v.startDismiss(s.key, m)}>
            ${msg('Dismiss…')}
          </button>
        </div>`}
  </li>`;
}
