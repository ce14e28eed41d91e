import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { SAFETY_PLAN_STEPS, type PlanMode, type RiskFlagEntry, type SafetyPlan, type SafetyPlanStep, type TreatmentPlan } from '../../model/plan.js';
import { criticalWords } from '../../i18n/scoring-words.js';
import { riskFlagState, safetyPlanTitle, safetyStepWords } from '../../i18n/safety-words.js';
import type { PlanCommand } from '../../plan/reducer.js';

/** What the safety-plan templates ask the form to do (each one sends a command). */
export interface SafetyPlanActions {
  addPlan(): void;
  addLine(step: SafetyPlanStep): void;
  /** Called on every keystroke with the line's whole text. */
  editLine(step: SafetyPlanStep, lineId: string, text: string): void;
  removeLine(step: SafetyPlanStep, lineId: string): void;
  /** Shows the ASQ in the form. */
  screenWithAsq(): void;
}

/** What the safety plan's actions need from the form. */
export interface SafetyPlanHost {
  /** Sends an edit (`input`, then `change` unless `change` is false). */
  edit(command: PlanCommand, change?: boolean): void;
  announce(words: string): void;
  /** Focuses what `selector` finds once the edit has rendered. */
  focusAfterUpdate(selector: string): void;
  screenWithAsq(): void;
}

/** The safety plan's edits, each one a command; what is added gets focus, what is removed is announced. */
export const safetyPlanActions = (host: SafetyPlanHost): SafetyPlanActions => ({
  addPlan: () => {
    host.edit({ type: 'safety/add-plan' });
    host.announce(msg('Safety plan added. Start with the warning signs.'));
    host.focusAfterUpdate('[data-add-step="warningSigns"]');
  },
  addLine: (step) => {
    const id = crypto.randomUUID();
    host.edit({ type: 'safety/add-line', step, id });
    host.focusAfterUpdate(`[data-line="${id}"]`);
  },
  editLine: (step, lineId, text) => host.edit({ type: 'safety/update-line', step, lineId, text }, false),
  removeLine: (step, lineId) => {
    host.edit({ type: 'safety/remove-line', step, lineId });
    host.announce(msg('Line removed.'));
    host.focusAfterUpdate(`[data-add-step="${step}"]`);
  },
  screenWithAsq: () => host.screenWithAsq(),
});

/**
 * The follow-up offered next to a positive suicide-risk alert: a safety plan (added, or where to
 * find it) and the ASQ screen unless it is already on the page. `id` is where the note below the
 * critical question sends focus (hence `tabindex="-1"`).
 */
export function riskFollowUp(
  safetyPlan: SafetyPlan | undefined,
  offerAsq: boolean,
  mode: PlanMode,
  actions: SafetyPlanActions,
  id: string,
): TemplateResult {
  return html`<div class="offer risk-follow-up" part="risk-follow-up" id=${id} tabindex="-1">
    ${safetyPlan
      ? html`<p>${mode === 'client' ? msg('Your safety plan is below.') : msg('The safety plan is below.')}</p>`
      : html`<p>
            ${mode === 'client'
              ? msg('A safety plan lists what helps and who to contact if things get hard. You can write it with your clinician.')
              : msg('Safety planning comes first: write a safety plan with the client now.')}
          </p>
          <button type="button" data-action="add-safety-plan" @click=${() => actions.addPlan()}>${msg('Add a safety plan')}</button>`}
    ${offerAsq && mode === 'clinician'
      ? html`<p>${msg('A positive answer here is a prompt, not an assessment: follow it with a validated suicide-risk screen.')}</p>
          <button type="button" data-action="screen-asq" @click=${() => actions.screenWithAsq()}>${msg('Screen with the ASQ now')}</button>`
      : nothing}
  </div>`;
}

/** The editable safety plan: each step a list of free-text lines, added and removed one by one. */
export function safetyPlanEditor(sp: SafetyPlan, mode: PlanMode, actions: SafetyPlanActions): TemplateResult {
  return html`<section part="safety-plan" class="safety-plan" aria-labelledby="safety-plan-title">
    <h3 id="safety-plan-title">${safetyPlanTitle(mode)}</h3>
    <p class="explain">
      ${mode === 'client'
        ? msg('Write down, in your own words, what helps when things get hard. Everything is saved as you type.')
        : msg('Work through the steps with the client, in their words, from warning signs to reasons for living. Saved as you type.')}
    </p>
    ${SAFETY_PLAN_STEPS.map((step, n) => {
      const [title, hint] = safetyStepWords(step, mode);
      const hintId = `sp-${step}-hint`;
      return html`<fieldset class="safety-step" data-step=${step} aria-describedby=${hintId}>
        <legend>${n + 1}. ${title}</legend>
        <p class="hint" id=${hintId}>${hint}</p>
        ${sp.steps[step].map((line, i) => {
          const id = `sp-line-${line.id}`;
          return html`<div class="field safety-line">
            <label for=${id} class="visually-hidden">${msg(str`${title}, line ${i + 1}`)}</label>
            <input type="text" id=${id} data-line=${line.id} maxlength="2000" .value=${live(line.text)}
              @input=${(e: Event) => actions.editLine(step, line.id, (e.target as HTMLInputElement).value)} />
            <button type="button" @click=${() => actions.removeLine(step, line.id)}>
              ${msg('Remove')}<span class="visually-hidden"> ${msg(str`${title}, line ${i + 1}`)}</span>
            </button>
          </div>`;
        })}
        <button type="button" data-add-step=${step} @click=${() => actions.addLine(step)}>
          ${msg('Add a line')}<span class="visually-hidden"> ${msg(str`to ${title}`)}</span>
        </button>
      </fieldset>`;
    })}
  </section>`;
}

/**
 * For the clinician: a critical answer given in this (unsaved) administration and then changed
 * back. The alert is gone because the answer is, but the first answer is not forgotten.
 */
export function withdrawnNote(plan: TreatmentPlan, administrationId: string | undefined, date: (iso: string) => string) {
  const withdrawn = plan.timeline.filter(
    (e): e is RiskFlagEntry => e.kind === 'risk-flag' && e.administrationId === administrationId && Boolean(e.withdrawnAt),
  );
  return withdrawn.map((e) => html`<p class="offer withdrawn" part="withdrawn-risk">${criticalWords(e.instrumentId, e.itemId, e.message)} (${e.value}). ${riskFlagState(e, date(e.withdrawnAt!))}</p>`);
}
