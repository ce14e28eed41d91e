import { html, nothing, type TemplateResult } from 'lit';
import type { InstrumentDefinition } from '../../clinical/instruments/schema.js';
import { riskNextStepsWords, riskWords } from '../../i18n/safety-words.js';
import type { CriticalFinding, PlanMode } from '../../model/plan.js';

/**
 * Where a positive critical answer was given, right below its question: the finding in the
 * reader's words (`riskWords`) and, in the editable form, a button to the follow-up (safety plan,
 * ASQ) that sits with the alert above the questions. Deliberately not a live region: the alert
 * above (`role="alert"`, beside the total, in view when the part is folded) is the one
 * announcement; this note is what a sighted user sees where they clicked and what a screen-reader
 * user hears on coming back to the question (it describes the question's group). Focus never
 * moves by itself: the button moves it when pressed.
 */
export const criticalNoteId = (def: InstrumentDefinition, itemId: string): string => `n-${def.id}-${itemId}`;

/** The id of the follow-up beside a questionnaire's alert, the note's button's target. */
export const followUpId = (instrumentId: string): string => `i-${instrumentId}-follow-up`;

export function criticalNote(mode: PlanMode, def: InstrumentDefinition, finding: CriticalFinding | undefined, withButton: boolean): TemplateResult | typeof nothing {
  if (!finding) return nothing;
  return html`<div class="critical-note" part="critical-note" id=${criticalNoteId(def, finding.itemId)}>
    <p>${riskWords(mode, def.id, finding.itemId, finding.message, def)}</p>
    ${withButton
      ? html`<button type="button" data-action="risk-next-steps" @click=${(e: Event) => goToFollowUp(e, def.id)}>${riskNextStepsWords(mode)}</button>`
      : nothing}
  </div>`;
}

/** Moves focus (and so the view) to the follow-up beside the alert, in the same shadow root. */
function goToFollowUp(e: Event, instrumentId: string): void {
  const root = (e.currentTarget as Element).getRootNode();
  if (root instanceof ShadowRoot || root instanceof Document) root.getElementById(followUpId(instrumentId))?.focus();
}
