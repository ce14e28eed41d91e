import { computeAlerts } from '../../clinical/progress/alerts.js';
import { reviewDue } from '../../clinical/progress/review.js';
import { PlanAlertEvent, ReviewDueEvent } from '../../events.js';
import { toDay } from '../../model/dates.js';
import type { TreatmentPlan } from '../../model/plan.js';
import { wordedAlert } from './clinical-events.js';

// Loaded by the provider once a plan has opened and the widgets show it (`openingEvents` in
// clinical-events.ts): the progress rules it needs (alerts, review schedule) stay out of a page's
// first load unless a widget there uses them.

/** Events a clinician must not miss when a plan is opened: a review that is due, objectives not on track. */
export function openingEvents(plan: TreatmentPlan | undefined, now: Date): Event[] {
  if (!plan || plan.status === 'completed' || plan.status === 'discontinued') return [];
  const today = toDay(now);
  const due = reviewDue(plan, today);
  return [...(due ? [new ReviewDueEvent(due)] : []), ...computeAlerts(plan, today).map((alert) => new PlanAlertEvent(wordedAlert(plan, alert)))];
}

