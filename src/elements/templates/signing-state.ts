import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import type { PlanMode, TreatmentPlan } from '../../model/plan.js';
import { signingState } from '../../model/signing.js';

/**
 * "Changed since signed version N", the same words and part in the header of every widget and
 * in the summary, until the plan is signed again. Not a live region: it is there when the
 * widget is read; the summary's sign panel announces changes of state.
 */
export function changedSinceSigned(plan: TreatmentPlan, mode: PlanMode): TemplateResult | typeof nothing {
  const { signed, changedSinceSigned: changed } = signingState(plan);
  if (!signed || !changed) return nothing;
  const version = signed.version;
  return html`<p class="changed-since-signed" part="changed-since-signed">
    ${mode === 'client'
      ? msg(str`This plan has changed since version ${version} was signed. Your clinician will go through the changes with you.`)
      : msg(str`Changed since signed version ${version}: the signed version stays in force until the plan is signed again.`)}
  </p>`;
}

/** What the notice depends on, compared by widgets that skip updates for parts they do not show. */
export function signingKey(plan: TreatmentPlan): string {
  const { signed, changedSinceSigned: changed } = signingState(plan);
  return `${signed?.version ?? 0}:${changed}`;
}
