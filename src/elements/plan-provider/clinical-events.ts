import type { PlanAlert } from '../../clinical/progress/alerts.js';
import { PlanAlertEvent, PlanChangeEvent, RiskFlagEvent, type PlanAlertDetail, type RiskFlagDetail } from '../../events.js';
import { planAlertWords } from '../../i18n/alert-words.js';
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

/**
 * Events a clinician must not miss when a plan is opened (a review that is due, objectives not on
 * track), from a module loaded only now: the progress rules they need are not part of a page's first
 * load unless a widget on it uses them. None when that module cannot be loaded.
 */
export function openingEvents(plan: TreatmentPlan | undefined, now: Date): Promise<Event[]> {
  return import('./opening-events.js').then(
    (m) => m.openingEvents(plan, now),
    (e: unknown) => {
      console.error('tailored-plan-kit: the opening checks (review due, plan alerts) could not be loaded', e);
      return [];
    },
  );
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
