import { html, nothing, type TemplateResult } from 'lit';
import { openFlagsBeforeSigningWords, openFlagsStateWords } from '../../i18n/safety-words.js';
import type { TreatmentPlan } from '../../model/plan.js';
import { openRiskFlags } from '../../model/risk-flags.js';

/**
 * The sign panel's word on open risk flags, for the clinician: in its heading (seen with the panel
 * folded) and, open, before the sign button. It never blocks signing — the clinician decides, and a
 * plan may rightly be signed while a flag is followed up — but nobody signs without being told.
 */
export const RISK_NOTICE_ID = 'sign-risk';

/** The heading's state with the open flags after it (nothing added when none is open, or for the client). */
export function withRiskState(plan: TreatmentPlan, client: boolean, state: string): TemplateResult | string {
  const n = client ? 0 : openRiskFlags(plan).length;
  return n ? html`${state} · <span class="risk-state" part="sign-risk-state">${openFlagsStateWords(n)}</span>` : state;
}

/** The notice before the sign button, id {@link RISK_NOTICE_ID} (the button is described by it); nothing when no flag is open. */
export function riskNotice(plan: TreatmentPlan): TemplateResult | typeof nothing {
  const n = openRiskFlags(plan).length;
  if (!n) return nothing;
  return html`<div class="risk" part="sign-risk-notice" id=${RISK_NOTICE_ID}>
    ${openFlagsBeforeSigningWords(n, !!plan.safetyPlan).map((t) => html`<p>${t}</p>`)}
  </div>`;
}

/** Whether the notice is shown (for the sign button's `aria-describedby`). */
export const hasRiskNotice = (plan: TreatmentPlan): boolean => openRiskFlags(plan).length > 0;
