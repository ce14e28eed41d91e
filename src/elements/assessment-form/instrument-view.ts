import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { instrumentRegistry } from '../../clinical/instruments/registry.js';
import type { InstrumentDefinition, InstrumentItem } from '../../clinical/instruments/schema.js';
import { findCritical, isAsked, scoreAdministration } from '../../clinical/instruments/score.js';
import type { PlanContextValue } from '../../context/plan-context.js';
import { riskWords, riskWordsOf } from '../../i18n/safety-words.js';
import { recordedWords, scoreWords } from '../../i18n/score-words.js';
import { contextCutoffWords } from '../../i18n/scoring-words.js';
import type { Administration, CriticalFinding, InstrumentScore, PlanMode } from '../../model/plan.js';
import type { PlanCommand } from '../../plan/reducer.js';
import { riskFollowUp, withdrawnNote, type SafetyPlanActions } from './safety-plan.js';
import { criticalNote, criticalNoteId, followUpId } from './critical-note.js';
import { disclosure, instrumentCompletion, instrumentKey, pastOf, stateWords } from './sections.js';
import { choiceGroup, choiceInput, criticalAlert, scoreDetails } from './templates.js';
import { contentFailed, contentLoading, inLang } from '../templates/content.js';
import type { ShownInstrument } from './wording.js';

/** What a questionnaire needs from the form. */
export interface InstrumentView {
  formatDate: (day: string) => string;
  /** The problem shown beside item `key` (empty: none, or not shown yet). */
  problem(key: string, instrumentId: string): string;
  /** Sends an edit (`input`, then `change` unless `change` is false); `touch` marks a field touched. */
  edit(command: PlanCommand, change?: boolean, touch?: string): void;
  touch(key: string): void;
  /** Records the questionnaire, or shows what is still missing. */
  record(def: InstrumentDefinition): void;
  /** Adds the full instrument after a positive screen. */
  offerFollowUp(id: string): void;
  safety: SafetyPlanActions;
  /** Whether the questionnaire's part is open, and opening or closing it. */
  isOpen(key: string): boolean;
  toggle(key: string): void;
}

/** The options of an item's answer set. */
export const optionsOf = (def: InstrumentDefinition, item: InstrumentItem) => def.optionSets.find((s) => s.id === item.optionSet)!.options;

/**
 * The critical findings to show for an instrument: for answers being given now, or else for the
 * latest recorded administration, with when it was recorded. Never depends on the total, and
 * needs no words: it is shown while the instrument's words are still loading too.
 */
export function findingsOf(ctx: PlanContextValue, def: InstrumentDefinition, formatDate: (day: string) => string): { findings: CriticalFinding[]; when: string } {
  const now = findCritical(def, ctx.plan.assessment.inProgress?.[def.id]?.answers ?? {});
  const last = pastOf(ctx.plan, def).at(-1);
  return {
    findings: now.length ? now : (last?.critical ?? []),
    when: !now.length && last ? ` (${msg(str`recorded ${formatDate(last.date)}`)})` : '',
  };
}

/**
 * The alert beside positive critical items, editable or read-only: the client's words in client
 * mode (each message once), the clinician's otherwise, with the question and the answer.
 */
export function criticalFindings(mode: PlanMode, def: InstrumentDefinition, findings: CriticalFinding[], when: string): unknown {
  if (!findings.length) return nothing;
  return criticalAlert(
    mode === 'client'
      ? riskWordsOf(mode, def.id, findings, def).map((t) => html`<p>${t}</p>`)
      : findings.map(
          (f) =>
            html`<p>${riskWords(mode, def.id, f.itemId, f.message, def)}${when}. ${msg(str`${def.shortTitle} question ${def.items.findIndex((i) => i.id === f.itemId) + 1}: answer ${f.value}.`)}</p>`,
        ),
  );
}

/**
 * The definition a command carries: the registered (English) one, so what the plan stores (a band
 * label, a critical item's words) is the same whatever language the questions were shown in; each
 * page words it when shown (src/i18n/scoring-words.ts).
 */
export const storedDefinition = (shown: InstrumentDefinition): InstrumentDefinition => instrumentRegistry.get(shown.id) ?? shown;

/**
 * A questionnaire whose words are still loading (or could not load): its name, a short status
 * and, whatever the words do, any positive critical item in words.
 */
function instrumentLoadingTemplate(ctx: PlanContextValue, def: InstrumentDefinition, failed: boolean, formatDate: (day: string) => string): TemplateResult {
  const { findings, when } = findingsOf(ctx, def, formatDate);
  return html`<section part="instrument" class="instrument part" data-instrument=${def.id} aria-busy=${failed ? 'false' : 'true'}>
    <h3>${def.shortTitle}</h3>
    ${failed ? contentFailed() : contentLoading(msg(str`Loading the ${def.shortTitle} questions…`))}
    ${criticalFindings(ctx.mode, def, findings, when)}
  </section>`;
}

/**
 * A questionnaire as the form shows it: with its words once they have loaded, else its loading
 * state. Scores and critical items never wait for words: while they load, the critical alert shows.
 */
export function instrumentPart(
  ctx: PlanContextValue,
  scoring: InstrumentDefinition,
  shown: ShownInstrument | 'failed' | undefined,
  defs: InstrumentDefinition[],
  v: InstrumentView,
): TemplateResult {
  return typeof shown === 'object' ? instrumentTemplate(ctx, shown, defs, v) : instrumentLoadingTemplate(ctx, scoring, shown === 'failed', v.formatDate);
}

/** One questionnaire: its items, the live score, a critical-item alert and what to do next. */
export function instrumentTemplate(ctx: PlanContextValue, shown: ShownInstrument, defs: InstrumentDefinition[], v: InstrumentView): TemplateResult {
  const def = shown.def;
  const lang = shown.lang;
  const draft = ctx.plan.assessment.inProgress?.[def.id];
  const answers = draft?.answers ?? {};
  const context = draft?.context ?? {};
  const score = scoreAdministration(def, answers, context);
  const past = pastOf(ctx.plan, def);
  const { findings, when } = findingsOf(ctx, def, v.formatDate);
  // The answers being given now that are critical: each gets a note right below its question.
  const answered = findCritical(def, answers);
  const cc = def.scoring.contextCutoff;
  const key = instrumentKey(def.id);
  const open = v.isOpen(key);
  // Open or closed, the score and a critical-item alert stay in view: a risk answer never hides.
  const always = [
    open || findings.length
      ? html`<div class="score" part="score" id="i-${def.id}-score">
          <p role="status" aria-live="polite">${scoreWords(def, score)}</p>
          ${score.complete ? scoreDetails(def, score) : nothing}
        </div>`
      : nothing,
    criticalFindings(ctx.mode, def, findings, when),
    ctx.mode === 'clinician' ? withdrawnNote(ctx.plan, draft?.administrationId, (iso) => v.formatDate(iso)) : nothing,
    findings.length
      ? riskFollowUp(ctx.plan.safetyPlan, def.id !== 'asq' && instrumentRegistry.has('asq') && !defs.some((d) => d.id === 'asq'), ctx.mode, v.safety, followUpId(def.id))
      : nothing,
  ];
  return disclosure({
    key,
    part: 'instrument',
    instrument: def.id,
    headingId: `i-${def.id}-title`,
    title: inLang(def.title, lang),
    state: stateWords(instrumentCompletion(ctx.plan, def), v.formatDate),
    open,
    toggle: () => v.toggle(key),
    always,
    body: () => html`${shown.notice ? html`<p class="content-notice" part="content-notice">${shown.notice}</p>` : nothing}
      <p class="instructions">${inLang(def.instructions, lang)}</p>
      ${cc ? contextChoice(def, cc, context, v) : nothing}
      ${def.items.map((item, n) => itemTemplate(def, item, n, answers, lang, v, criticalNote(ctx.mode, def, answered.find((f) => f.itemId === item.id), true)))}
      ${followUpOffer(def, score, defs, v)}
      <div class="actions">
        <button type="button" @click=${() => v.record(def)}>${msg(str`Save ${def.shortTitle} result`)}</button>
      </div>
      ${past.length ? historyTemplate(msg(str`Earlier ${def.shortTitle} results`), past, v.formatDate, ctx.mode) : nothing}
      <p class="licence">${inLang(def.licence, shown.licenceLang)}</p>
      ${shown.translation ? html`<p class="licence">${shown.translation}</p>` : nothing}`,
  });
}

type ContextCutoff = NonNullable<InstrumentDefinition['scoring']['contextCutoff']>;

/** The scoring context question (e.g. sex for AUDIT-C's threshold). */
function contextChoice(def: InstrumentDefinition, cc: ContextCutoff, context: Record<string, string>, v: InstrumentView): TemplateResult {
  const words = contextCutoffWords(def);
  return choiceGroup(
    words?.question ?? cc.question,
    [...cc.values.map((c): [string | null, string] => [c.value, words?.values.get(c.value) ?? c.label]), [null, msg('Not given (show both thresholds)')] as [null, string]].map(
      ([value, label]) =>
        choiceInput({
          label,
          checked: (context[cc.key] ?? null) === value,
          onChange: () => v.edit({ type: 'assessment/update-instrument-draft', instrumentId: def.id, instrument: storedDefinition(def), context: { [cc.key]: value } }),
          name: `${def.id}-context-${cc.key}`,
        }),
    ),
  );
}

/**
 * One question with its answers; a conditional item (ASQ question 5) appears once its condition
 * holds. `note`: what a positive critical answer shows right below the question (`criticalNote`).
 */
function itemTemplate(
  def: InstrumentDefinition,
  item: InstrumentItem,
  n: number,
  answers: Record<string, number | null>,
  lang: string | undefined,
  v: InstrumentView,
  note: unknown,
): unknown {
  if (!isAsked(item, answers)) return nothing;
  const key = `${def.id}:${item.id}`;
  const error = v.problem(key, def.id);
  const errorId = `e-${def.id}-${item.id}`;
  const describedBy = note === nothing ? errorId : `${errorId} ${criticalNoteId(def, item.id)}`;
  return html`<fieldset class="item ${error ? 'invalid' : ''}" aria-describedby=${describedBy} @focusout=${(e: FocusEvent) => {
      // Touched when focus leaves the group, not while moving between its own radios.
      if (!(e.relatedTarget instanceof Node && (e.currentTarget as HTMLElement).contains(e.relatedTarget))) v.touch(key);
    }}>
    <legend>${n + 1}. ${inLang(item.text, lang)}</legend>
    <div class="options">
      ${optionsOf(def, item).map((o, i) =>
        choiceInput({
          label: inLang(o.label, lang),
          checked: answers[item.id] === o.value,
          // With the definition, the reducer records a positive critical answer at once (risk-flag).
          onChange: () =>
            v.edit({ type: 'assessment/update-instrument-draft', instrumentId: def.id, instrument: storedDefinition(def), answers: { [item.id]: o.value } }, true, key),
          name: `${def.id}-${item.id}`,
          value: String(o.value),
          field: i ? undefined : key,
          invalid: !!error,
        }),
      )}
    </div>
    <p class="error" id=${errorId} aria-live="polite">${error}</p>
  </fieldset>${note}`;
}

/** After a positive screen (or a complete short form): the full instrument, offered or pointed to. */
function followUpOffer(def: InstrumentDefinition, s: InstrumentScore, defs: InstrumentDefinition[], v: InstrumentView): unknown {
  const next = def.followUp && instrumentRegistry.get(def.followUp);
  const hasCutoff = def.scoring.cutoff ?? def.scoring.contextCutoff;
  if (!next || !s.complete || (hasCutoff && !s.positive)) return nothing;
  return html`<div class="offer" role="status">
    <p>
      ${hasCutoff
        ? msg(str`The ${def.shortTitle} screen is positive. The full ${next.shortTitle} measures severity.`)
        : msg(str`The full ${next.shortTitle} measures severity in more detail.`)}
    </p>
    ${defs.includes(next)
      ? html`<p>${msg(str`The ${next.shortTitle} is below.`)}</p>`
      : html`<button type="button" @click=${() => v.offerFollowUp(next.id)}>${msg(str`Add the ${next.shortTitle}`)}</button>`}
  </div>`;
}

/** Earlier results of a questionnaire, dated. */
export function historyTemplate(heading: string, past: readonly Administration[], formatDate: (day: string) => string, mode: PlanMode): TemplateResult {
  return html`<h4>${heading}</h4>
    <ul class="history">
      ${past.map((a) => html`<li>${formatDate(a.date)}: ${recordedWords(a, mode)}</li>`)}
    </ul>`;
}
