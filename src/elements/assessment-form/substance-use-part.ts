import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { ratedCount, ratingsChangedSince, suggestLevelOfCare, type LevelOfCareSuggestion } from '../../clinical/substance-use/level-of-care.js';
import type { TreatmentPlan } from '../../model/plan.js';
import type { Signer } from '../../model/signing.js';
import {
  emptySubstanceUseCare,
  LEVELS_OF_CARE,
  SUD_DIMENSIONS,
  type LevelOfCareCode,
  type Part2Scope,
  type RiskLevel,
  type SudDimension,
} from '../../model/substance-use.js';
import type { PlanCommand } from '../../plan/reducer.js';
import { signerWords } from '../../i18n/signing-words.js';
import {
  anchorWords,
  dimensionWords,
  levelOfCareWords,
  levelSuggestionWords,
  part2NoticeWords,
  part2ScopeWords,
  sudSourceWords,
} from '../../i18n/sud-words.js';
import type { TextEdit, TextInputController } from '../controllers/text-input.js';
import { choices, optionList, textField } from '../templates/fields.js';
import { disclosure } from './sections.js';
import { substanceUseCommands } from '../../plan/commands/substance-use.js';
import { registerCommands } from '../../plan/registry.js';

// Loaded only when a page opts in to substance-use care: the commands this part sends come with it.
registerCommands(substanceUseCommands);

/** What the substance-use part needs from the form. */
export interface SubstanceUseView {
  text: TextInputController;
  /** The form's open parts (this one is {@link SUBSTANCE_USE_PART}), and how to open or close one. */
  openParts: ReadonlySet<string>;
  toggle: (key: string) => void;
  /** Sends a click's or a choice's command. */
  run: (command: PlanCommand) => void;
  /** Sends a keystroke's command; returns whether the plan took it. */
  type: (command: PlanCommand, edit: TextEdit) => boolean;
  announce: (words: string) => void;
  /** The signed-in clinician the host named (`provider.signer`): who confirms a level of care. */
  signer: Signer | undefined;
  formatDate: (instant: string) => string;
}

/** The key of the part (its `data-part` and open state). */
export const SUBSTANCE_USE_PART = 'substance-use-care';

const LEVELS: readonly RiskLevel[] = [0, 1, 2, 3, 4];

/** One dimension: five levels as radio buttons (arrow keys move and rate), each with its anchor; a note once rated. */
function ratingField(plan: TreatmentPlan, d: SudDimension, v: SubstanceUseView): TemplateResult {
  const rating = plan.substanceUseCare?.ratings[d];
  const number = SUD_DIMENSIONS.indexOf(d) + 1;
  const name = dimensionWords(d);
  return html`<fieldset class="sud-rating" part="sud-rating" data-dimension=${d}>
    <legend>${msg(str`${number}. ${name}`)}</legend>
    <div class="options">
      ${LEVELS.map(
        (level) => html`<label>
          <input type="radio" name=${`sud-${d}`} value=${level} .checked=${live(rating?.level === level)}
            @change=${() => v.run({ type: 'sud/rate', dimension: d, level })} />
          <span><strong>${level}</strong> ${anchorWords(d, level)}</span>
        </label>`,
      )}
    </div>
    ${rating
      ? html`${textField(v.text, {
            key: `sud-note:${d}`,
            label: msg('Note (optional)'),
            value: rating.note,
            multiline: true,
            class: 'wide',
            commit: (text, edit) => v.type({ type: 'sud/note', dimension: d, note: text }, edit),
          })}
          <button type="button" @click=${() => v.run({ type: 'sud/clear-rating', dimension: d })}>
            ${msg('Clear rating')}<span class="visually-hidden">: ${name}</span>
          </button>`
      : html`<p class="hint">${msg('Not rated yet.')}</p>`}
  </fieldset>`;
}

function confirm(v: SubstanceUseView, level: LevelOfCareCode, suggestion?: LevelOfCareSuggestion['code']): void {
  // With a named signer and a level from the list, the plan takes it (its one refusal is a blank name).
  if (!v.signer?.name.trim()) return;
  v.run({ type: 'sud/confirm-level', level, confirmedBy: signerWords(v.signer), ...(suggestion ? { suggestion } : {}) });
  const words = levelOfCareWords(level);
  v.announce(msg(str`Level of care confirmed: ${words}.`));
}

/** The suggestions with their reasons, each confirmed only by a click; the confirmed level with who and when. */
function levelOfCare(plan: TreatmentPlan, v: SubstanceUseView): TemplateResult {
  const care = plan.substanceUseCare ?? emptySubstanceUseCare();
  const suggestions = suggestLevelOfCare(care.ratings);
  const rated = ratedCount(care.ratings);
  const confirmed = care.levelOfCare;
  const signer = v.signer;
  return html`<section class="sud-loc" aria-labelledby="sud-loc-h">
    <h4 id="sud-loc-h">${msg('Level of care')}</h4>
    <p class="hint">${msg('A suggestion is a prompt from the ratings, not a decision: nothing is recorded until you confirm a level.')}</p>
    ${suggestions.length
      ? html`<ul class="sud-suggestions">
          ${suggestions.map((s) => {
            const { title, reason } = levelSuggestionWords(s);
            const level = levelOfCareWords(s.level);
            return html`<li part="sud-suggestion" data-suggestion=${s.code}>
              <p><strong>${title}</strong> — ${msg(str`suggested level: ${level}`)}</p>
              <p>${msg('Why:')} ${reason}</p>
              ${signer
                ? html`<button type="button" data-confirm=${s.code} @click=${() => confirm(v, s.level, s.code)}>
                    ${msg(str`Confirm ${level}`)}
                  </button>`
                : nothing}
            </li>`;
          })}
        </ul>`
      : html`<p part="sud-no-suggestion">
          ${rated < SUD_DIMENSIONS.length
            ? msg(str`${rated} of 6 dimensions rated: no suggestion yet.`)
            : msg('The ratings do not point to one level: choose with your clinical judgement.')}
        </p>`}
    ${signer
      ? html`<div class="sud-choose">
          <label for="sud-other-level">${msg('Or choose a level')}</label>
          <select id="sud-other-level">${optionList(choices(LEVELS_OF_CARE, levelOfCareWords), confirmed?.level)}</select>
          <button type="button" data-confirm="chosen" @click=${(e: Event) => {
            const select = (e.target as HTMLElement).closest('.sud-choose')?.querySelector('select');
            if (select) confirm(v, select.value as LevelOfCareCode);
          }}>${msg('Confirm chosen level')}</button>
        </div>`
      : html`<p class="hint">${msg('Confirming a level needs the signed-in clinician: the page gives it to the plan (provider.signer).')}</p>`}
    ${confirmed
      ? html`<p part="sud-confirmed" class="sud-confirmed">
          ${(() => {
            const level = levelOfCareWords(confirmed.level);
            const who = confirmed.confirmedBy;
            const when = v.formatDate(confirmed.confirmedAt);
            return msg(str`Confirmed: ${level}, by ${who} on ${when}.`);
          })()}
          ${ratingsChangedSince(confirmed, care.ratings)
            ? html`<strong class="sud-stale">${msg('The ratings changed since then: look at the level again.')}</strong>`
            : nothing}
        </p>`
      : nothing}
  </section>`;
}

/** The 42 CFR Part 2 mark: not marked, this part, or the whole plan. */
function part2(plan: TreatmentPlan, v: SubstanceUseView): TemplateResult {
  const scope = plan.substanceUseCare?.part2;
  const notice = part2NoticeWords();
  const option = (value: Part2Scope | null, label: string) =>
    html`<label><input type="radio" name="sud-part2" .checked=${live((scope ?? null) === value)}
      @change=${() => v.run({ type: 'sud/set-part2', scope: value })} /> <span>${label}</span></label>`;
  return html`<fieldset class="sud-part2" part="sud-part2">
    <legend>${msg('Confidentiality: 42 CFR Part 2')}</legend>
    <p class="hint">${msg('Mark what this program’s federal confidentiality rules for substance use disorder records protect. Marked records leave the FHIR export only when the page asks for them explicitly, labelled, and the summary prints the notice.')}</p>
    <div class="options">${option(null, msg('Not marked'))} ${option('section', msg('Substance-use care only'))} ${option('plan', msg('The whole plan'))}</div>
    ${scope ? html`<p class="sud-notice" part="sud-notice"><strong>${part2ScopeWords(scope)}.</strong> ${notice.text} ${notice.cite}</p>` : nothing}
  </fieldset>`;
}

/**
 * The substance-use care part of the assessment (opt-in, `substance-use-care`): six risk ratings,
 * the level-of-care suggestion the clinician confirms, and the 42 CFR Part 2 mark.
 */
export function substanceUsePart(plan: TreatmentPlan, v: SubstanceUseView): TemplateResult {
  const rated = ratedCount(plan.substanceUseCare?.ratings ?? {});
  return disclosure({
    key: SUBSTANCE_USE_PART,
    part: 'section',
    headingId: 'section-substance-use-care',
    title: msg('Substance-use care'),
    state: msg(str`${rated} of 6 rated`),
    open: v.openParts.has(SUBSTANCE_USE_PART),
    toggle: () => v.toggle(SUBSTANCE_USE_PART),
    body: () => html`<p class="explain">${msg('Rate the current risk in each dimension from 0 (none) to 4 (severe, needs attention now).')}</p>
      <p class="hint" part="sud-source">${sudSourceWords()}</p>
      ${SUD_DIMENSIONS.map((d) => ratingField(plan, d, v))} ${levelOfCare(plan, v)} ${part2(plan, v)}`,
  });
}
