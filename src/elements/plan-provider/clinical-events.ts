import { computeAlerts, type PlanAlert } from '../../clinical/progress/alerts.js';
import { reviewDue } from '../../clinical/progress/review.js';
import { PlanAlertEvent, PlanChangeEvent, ReviewDueEvent, RiskFlagEvent, type PlanAlertDetail, type RiskFlagDetail } from '../../events.js';
import { planAlertWords } from '../../i18n/alert-words.js';
import { toDay } from '../../model/dates.js';
import type { TreatmentPlan } from '../../model/plan.js';
import { introducedRiskFlags } from '../../plan/commands/util.js';
import { findObjective } from '../../plan/tree.js';
import type { PlanChange } from '../../store/plan-store.js';
import { signingEvent } from './signing.js';

/** A plan alert with its message in the page's language (the code and params stay as computed). */
export function wordedAlert(plan: TreatmentPlan, alert: PlanAlert): PlanAlertDetail {
  const o = alert.objectiveId ? findObjective(plan, alert.objectiveId)?.objective : undefined;
  const text = o ? o.clinicalText || o.clientWords || o.measure.label : undefined;
  return { ...alert, message: planAlertWords(alert, { ...(text ? { objectiveText: text } : {}), formatDate: (d) => d.slice(0, 10) }) };
}

/** Events a clinician must not miss when a plan is opened: a review that is due, objectives not on track. */
export function openingEvents(plan: TreatmentPlan | undefined, now: Date): Event[] {
  if (!plan || plan.status === 'completed' || plan.status === 'discontinued') return [];
  const today = toDay(now);
  const due = reviewDue(plan, today);
  return [...(due ? [new ReviewDueEvent(due)] : []), ...computeAlerts(plan, today).map((alert) => new PlanAlertEvent(wordedAlert(plan, alert)))];
}

/** What a host hears when the store changes: `plan-change` (if the plan changed), then each risk flag or alert it raised. */
export function changeEvents(plan: TreatmentPlan, change: PlanChange): Event[] {
  const { origin, command } = change;
  const events: Event[] = [];
  if (change.plan !== change.previous) events.push(new PlanChangeEvent({ plan: change.plan, origin, ...(command ? { command: command.type } : {}) }));
  for (const effect of change.effects) {
    const { type, ...detail } = effect;
    events.push(
      signingEvent(effect) ??
        (type === 'risk-flag' ? new RiskFlagEvent(detail as RiskFlagDetail) : new PlanAlertEvent(wordedAlert(plan, detail as PlanAlert))),
    );
  }
  return events;
}

/** `risk-flag` for each unacknowledged flag a plan brought in (by import or pull) that `before` did not hold: never silently loaded. */
export function importedRiskEvents(before: TreatmentPlan | undefined, imported: TreatmentPlan): Event[] {
  return introducedRiskFlags(before, imported).map(({ type: _, ...detail }) => new RiskFlagEvent(detail as RiskFlagDetail));
}
