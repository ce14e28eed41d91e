import { computeAlerts, type PlanAlert } from '../../clinical/progress/alerts.js';
import { reviewDue } from '../../clinical/progress/review.js';
import { PlanAlertEvent, ReviewDueEvent, type PlanAlertDetail } from '../../events.js';
import { planAlertWords } from '../../i18n/alert-words.js';
import { toDay } from '../../model/dates.js';
import type { TreatmentPlan } from '../../model/plan.js';
import { findObjective } from '../../plan/tree.js';

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
