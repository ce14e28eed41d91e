import type { PlanAlertDetail } from '../../events.js';
import type { Objective, TreatmentPlan } from '../../model/plan.js';
import { allObjectives } from '../../plan/tree.js';
import { instrumentSeries } from './change.js';
import { latestObjectiveValue, meetsTarget, objectiveProgress } from './objectives.js';
import { normalizeInstrumentId } from './parameters.js';

/**
 * `plan-alert` codes (stable; hosts switch on them):
 * - `not-on-track` — an objective is past its due date and has not reached its target. For an
 *   instrument-bound objective without a target: no reliable improvement by its due date
 *   (CLINICAL.md "Not on track"). For other measures: the newest review value misses the target,
 *   or there is no target and the objective is not marked achieved.
 * - `reliable-deterioration` — the newest score of an instrument is reliably worse than its
 *   baseline (Jacobson & Truax RC beyond 1.96 in the worse direction). One alert per bound
 *   objective, or one for the instrument when no objective is bound to it.
 */
export const PLAN_ALERT_CODES = ['not-on-track', 'reliable-deterioration'] as const;
export type PlanAlertCode = (typeof PLAN_ALERT_CODES)[number];

const OPEN_STATUSES: readonly Objective['status'][] = ['proposed', 'active'];

const label = (o: Objective) => o.clinicalText || o.clientWords || o.measure.label || o.id;
const openObjectives = (plan: TreatmentPlan) => allObjectives(plan).filter((o) => OPEN_STATUSES.includes(o.status));

function notOnTrack(plan: TreatmentPlan, o: Objective, today: string): PlanAlertDetail | undefined {
  if (!o.dueDate || today <= o.dueDate) return undefined;
  const m = o.measure;
  let reached: boolean;
  if (m.kind === 'instrument') {
    const p = objectiveProgress(plan, o);
    reached = m.target !== undefined ? !!p?.targetReached : p?.status === 'improving' || p?.status === 'achieved';
  } else {
    const latest = latestObjectiveValue(plan, o);
    reached = m.target !== undefined && latest !== undefined && meetsTarget(latest.value, m.target, m.direction ?? 'decrease');
  }
  if (reached) return undefined;
  return {
    code: 'not-on-track',
    message: `Not on track: "${label(o)}" was due ${o.dueDate} and has not reached its target.`,
    objectiveId: o.id,
    ...(m.instrumentId ? { instrumentId: m.instrumentId } : {}),
  };
}

/**
 * Alerts for a plan on `today` (`YYYY-MM-DD`): objectives not on track and reliable deterioration.
 * Empty for plans that are not active or under review. Pure; the provider fires one `plan-alert`
 * per entry when a plan opens.
 */
export function computeAlerts(plan: TreatmentPlan, today: string): PlanAlertDetail[] {
  if (plan.status !== 'active' && plan.status !== 'under-review') return [];
  const alerts: PlanAlertDetail[] = [];
  const open = openObjectives(plan);
  for (const o of open) {
    const a = notOnTrack(plan, o, today);
    if (a) alerts.push(a);
  }
  alerts.push(...deteriorationAlerts(plan, open));
  return alerts;
}

/** Only the `reliable-deterioration` alerts (the review command returns these as effects). */
export function deteriorationAlerts(
  plan: TreatmentPlan,
  objectives: readonly Objective[] = openObjectives(plan),
): PlanAlertDetail[] {
  const alerts: PlanAlertDetail[] = [];
  const bound = new Set<string>();
  for (const o of objectives) {
    if (o.measure.kind !== 'instrument' || !o.measure.instrumentId) continue;
    bound.add(normalizeInstrumentId(o.measure.instrumentId));
    const p = objectiveProgress(plan, o);
    if (p?.status !== 'worsening' || !p.latest) continue;
    alerts.push({
      code: 'reliable-deterioration',
      message: `Reliable deterioration on ${p.instrumentLabel}: ${p.baseline} → ${p.latest.score} for "${label(o)}"${p.verified ? '' : ' (provisional: a parameter awaits verification)'}.`,
      objectiveId: o.id,
      instrumentId: p.instrumentId,
    });
  }
  for (const s of instrumentSeries(plan)) {
    if (bound.has(normalizeInstrumentId(s.instrumentId))) continue;
    const last = s.points.at(-1);
    if (!last || !last.markers.includes('reliable-deterioration')) continue;
    alerts.push({
      code: 'reliable-deterioration',
      message: `Reliable deterioration on ${s.label}: ${s.points[0]!.point.score} → ${last.point.score}${last.verified ? '' : ' (provisional: a parameter awaits verification)'}.`,
      instrumentId: s.instrumentId,
    });
  }
  return alerts;
}
