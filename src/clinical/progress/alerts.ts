import type { Objective, TreatmentPlan } from '../../model/plan.js';
import { allObjectives } from '../../plan/tree.js';
import { instrumentSeries } from './change.js';
import { latestObjectiveValue, meetsTarget, objectiveProgress } from './objectives.js';
import { changeParametersFor, normalizeInstrumentId } from './parameters.js';

/**
 * `plan-alert` codes (stable; hosts switch on them):
 * - `not-on-track` — an objective with a target is past its due date and the data do not show it
 *   getting there. For an instrument-bound objective: the latest score misses the target *and*
 *   shows no reliable improvement from the baseline (CLINICAL.md "Not on track"); never for an
 *   instrument without reliable-change parameters. For other measures: the newest review value
 *   misses the target, or none was recorded. Never for an objective without a target.
 * - `reliable-deterioration` — the newest score of an instrument is reliably worse than its
 *   baseline. One alert per bound objective, or one for the instrument when no objective is bound to it.
 */
export const PLAN_ALERT_CODES = ['not-on-track', 'reliable-deterioration'] as const;
export type PlanAlertCode = (typeof PLAN_ALERT_CODES)[number];

/** What a `not-on-track` alert measured against what (words come from the element). */
export interface NotOnTrackParams {
  /** `YYYY-MM-DD` the objective was due. */
  dueDate: string;
  /** `instrument`: a questionnaire score; `value`: a number recorded in reviews. */
  measure: 'instrument' | 'value';
  /** Questionnaire name (`PHQ-9`) or what is measured (`panic attacks`). */
  label: string;
  unit?: string;
  target: number;
  direction: 'decrease' | 'increase';
  baseline?: number;
  /** The latest value measured, and when; absent when nothing was measured. */
  latest?: { value: number; date: string };
  /** Instrument objectives: the smallest change that counts as reliable improvement. */
  reliableChangePoints?: number;
}

/** What a `reliable-deterioration` alert compared. */
export interface DeteriorationParams {
  label: string;
  baseline: number;
  latest: number;
  /** Smallest change that counts as reliable for this instrument. */
  reliableChangePoints: number;
  /** False when the threshold rests on a value awaiting verification (shown as provisional). */
  verified: boolean;
}

/**
 * One alert: a stable code, its parameters for the element to word, and `message`, a plain
 * English sentence for logs and hosts that do not localize.
 */
export type PlanAlert =
  | { code: 'not-on-track'; objectiveId: string; instrumentId?: string; params: NotOnTrackParams; message: string }
  | { code: 'reliable-deterioration'; objectiveId?: string; instrumentId: string; params: DeteriorationParams; message: string };

const OPEN_STATUSES: readonly Objective['status'][] = ['proposed', 'active'];

const label = (o: Objective) => o.clinicalText || o.clientWords || o.measure.label || o.id;
const openObjectives = (plan: TreatmentPlan) => allObjectives(plan).filter((o) => OPEN_STATUSES.includes(o.status));
const sign = (d: 'decrease' | 'increase') => (d === 'decrease' ? '≤' : '≥');

/** English wording of a not-on-track alert (the elements word it through the localization layer). */
export function notOnTrackMessage(objectiveText: string, p: NotOnTrackParams): string {
  const target = `${sign(p.direction)} ${p.target}${p.unit ? ` ${p.unit}` : ''}`;
  const measured = p.latest
    ? `${p.label} was ${p.latest.value} on ${p.latest.date.slice(0, 10)}${p.baseline !== undefined ? ` (baseline ${p.baseline})` : ''}`
    : `no ${p.label} value was recorded${p.baseline !== undefined ? ` after the baseline of ${p.baseline}` : ''}`;
  const reliable = p.reliableChangePoints !== undefined ? `, and no reliable improvement (${p.reliableChangePoints} points or more)` : '';
  return `Not on track: "${objectiveText}" was due ${p.dueDate}; ${measured} against a target of ${target}${reliable}.`;
}

/** The not-on-track alert of one objective on `today`, if any (see {@link PLAN_ALERT_CODES}). */
export function notOnTrack(plan: TreatmentPlan, o: Objective, today: string): PlanAlert | undefined {
  const m = o.measure;
  if (!o.dueDate || today <= o.dueDate || m.target === undefined) return undefined;
  let params: NotOnTrackParams;
  if (m.kind === 'instrument') {
    const parameters = m.instrumentId ? changeParametersFor(m.instrumentId) : undefined;
    const p = objectiveProgress(plan, o);
    if (!parameters || !p) return undefined;
    if (p.targetReached || p.status === 'improving') return undefined;
    params = {
      dueDate: o.dueDate,
      measure: 'instrument',
      label: p.instrumentLabel,
      target: m.target,
      direction: p.direction,
      reliableChangePoints: parameters.reliableChangePoints.value,
      ...(p.baseline !== undefined ? { baseline: p.baseline } : {}),
      ...(p.latest ? { latest: { value: p.latest.score, date: p.latest.date } } : {}),
    };
  } else {
    const direction = m.direction ?? 'decrease';
    const latest = latestObjectiveValue(plan, o);
    if (latest && meetsTarget(latest.value, m.target, direction)) return undefined;
    params = {
      dueDate: o.dueDate,
      measure: 'value',
      label: m.label,
      target: m.target,
      direction,
      ...(m.unit ? { unit: m.unit } : {}),
      ...(m.baseline !== undefined ? { baseline: m.baseline } : {}),
      ...(latest ? { latest } : {}),
    };
  }
  return {
    code: 'not-on-track',
    objectiveId: o.id,
    ...(m.instrumentId ? { instrumentId: m.instrumentId } : {}),
    params,
    message: notOnTrackMessage(label(o), params),
  };
}

/**
 * Alerts for a plan on `today` (`YYYY-MM-DD`): objectives not on track and reliable deterioration.
 * Empty for plans that are not active or under review. Pure; the provider fires one `plan-alert`
 * per entry when a plan opens.
 */
export function computeAlerts(plan: TreatmentPlan, today: string): PlanAlert[] {
  if (plan.status !== 'active' && plan.status !== 'under-review') return [];
  const alerts: PlanAlert[] = [];
  const open = openObjectives(plan);
  for (const o of open) {
    const a = notOnTrack(plan, o, today);
    if (a) alerts.push(a);
  }
  alerts.push(...deteriorationAlerts(plan, open));
  return alerts;
}

const deteriorationMessage = (p: DeteriorationParams, objectiveText?: string) =>
  `Reliable deterioration on ${p.label}: ${p.baseline} → ${p.latest}${objectiveText ? ` for "${objectiveText}"` : ''} (${p.reliableChangePoints} points or more is reliable)${p.verified ? '' : ' (provisional: a parameter awaits verification)'}.`;

/** Only the `reliable-deterioration` alerts (the review command returns these as effects). */
export function deteriorationAlerts(plan: TreatmentPlan, objectives: readonly Objective[] = openObjectives(plan)): PlanAlert[] {
  const alerts: PlanAlert[] = [];
  const bound = new Set<string>();
  for (const o of objectives) {
    if (o.measure.kind !== 'instrument' || !o.measure.instrumentId) continue;
    bound.add(normalizeInstrumentId(o.measure.instrumentId));
    const p = objectiveProgress(plan, o);
    if (p?.status !== 'worsening' || !p.latest || p.baseline === undefined || !p.reliable) continue;
    const params: DeteriorationParams = {
      label: p.instrumentLabel,
      baseline: p.baseline,
      latest: p.latest.score,
      reliableChangePoints: p.reliable.criticalPoints,
      verified: p.verified,
    };
    alerts.push({ code: 'reliable-deterioration', objectiveId: o.id, instrumentId: p.instrumentId, params, message: deteriorationMessage(params, label(o)) });
  }
  for (const s of instrumentSeries(plan)) {
    if (bound.has(normalizeInstrumentId(s.instrumentId))) continue;
    const last = s.points.at(-1);
    if (!last || !last.markers.includes('reliable-deterioration') || !last.reliable) continue;
    const params: DeteriorationParams = {
      label: s.label,
      baseline: s.points[0]!.point.score,
      latest: last.point.score,
      reliableChangePoints: last.reliable.criticalPoints,
      verified: last.verified,
    };
    alerts.push({ code: 'reliable-deterioration', instrumentId: s.instrumentId, params, message: deteriorationMessage(params) });
  }
  return alerts;
}
