import type { Objective, TreatmentPlan } from '../../model/plan.js';
import { allObjectives } from '../../model/tree.js';
import { changeMarkers, toPoint, type ChangeMarker, type MeasurementPoint, type ReliableChange } from './change.js';
import { changeParametersFor, instrumentLabel, normalizeInstrumentId } from './parameters.js';

/** What the data say about an objective bound to an instrument. */
export type DataStatus = 'achieved' | 'improving' | 'no-reliable-change' | 'worsening' | 'not-enough-data';

export interface ObjectiveProgress {
  objectiveId: string;
  instrumentId: string;
  instrumentLabel: string;
  status: DataStatus;
  /** Why the status is `not-enough-data`. */
  reason?: 'no-baseline' | 'no-follow-up' | 'no-parameters';
  baseline?: number;
  /** Administration the baseline was read from (absent when typed as a number). */
  baselineAdministrationId?: string;
  latest?: MeasurementPoint;
  target?: number;
  direction: 'decrease' | 'increase';
  targetReached: boolean;
  reliable?: ReliableChange;
  markers: ChangeMarker[];
  /** False when the status rests on an unverified parameter. */
  verified: boolean;
}

/** Whether `value` meets `target` in the objective's direction. */
export function meetsTarget(value: number, target: number, direction: 'decrease' | 'increase'): boolean {
  return direction === 'decrease' ? value <= target : value >= target;
}

/**
 * Status from data for an objective whose `measure.kind === 'instrument'` (otherwise `undefined`):
 * achieved (latest score meets the target) › improving / worsening (reliable change from the
 * baseline, Jacobson & Truax) › no reliable change. Baseline: the administration named by
 * `measure.baselineAdministrationId`, else `measure.baseline`, else the first administration.
 * Only complete administrations count; the latest is the newest one after the baseline.
 */
export function objectiveProgress(plan: TreatmentPlan, objective: Objective): ObjectiveProgress | undefined {
  const m = objective.measure;
  if (m.kind !== 'instrument' || !m.instrumentId) return undefined;
  const key = normalizeInstrumentId(m.instrumentId);
  const points = plan.assessment.administrations
    .filter((a) => a.score.complete && normalizeInstrumentId(a.instrumentId) === key)
    .map(toPoint)
    .sort((a, b) => a.time - b.time);
  const parameters = changeParametersFor(m.instrumentId);
  // Stryker disable next-line ConditionalExpression,StringLiteral: equivalent today — every instrument with change parameters scores lower-is-better, so no test can reach 'increase' here.
  const direction = m.direction ?? (parameters?.better === 'higher' ? 'increase' : 'decrease');
  const base: ObjectiveProgress = {
    objectiveId: objective.id,
    instrumentId: m.instrumentId,
    instrumentLabel: instrumentLabel(m.instrumentId),
    status: 'not-enough-data',
    direction,
    targetReached: false,
    markers: [],
    verified: true,
    ...(m.target !== undefined ? { target: m.target } : {}),
  };

  let baseline: number | undefined;
  let baselinePoint: MeasurementPoint | undefined;
  if (m.baselineAdministrationId) {
    baselinePoint = points.find((p) => p.administrationId === m.baselineAdministrationId);
    baseline = baselinePoint?.score ?? m.baseline;
  } else if (m.baseline !== undefined) {
    baseline = m.baseline;
  } else {
    baselinePoint = points[0];
    baseline = baselinePoint?.score;
  }
  const after = baselinePoint ? points.filter((p) => p.time >= baselinePoint.time && p !== baselinePoint) : points;
  const latest = after.at(-1);
  if (baseline === undefined) return { ...base, reason: 'no-baseline' };
  const withBaseline: ObjectiveProgress = {
    ...base,
    baseline,
    ...(baselinePoint ? { baselineAdministrationId: baselinePoint.administrationId } : {}),
  };
  if (!latest) return { ...withBaseline, reason: 'no-follow-up' };

  // Stryker disable next-line ConditionalExpression: equivalent — against an undefined target both comparisons in meetsTarget are false.
  const targetReached = m.target !== undefined && meetsTarget(latest.score, m.target, direction);
  const cm = changeMarkers(baseline, latest.score, parameters);
  const withLatest: ObjectiveProgress = {
    ...withBaseline,
    latest,
    targetReached,
    markers: cm.markers,
    verified: cm.verified,
    ...(cm.reliable ? { reliable: cm.reliable } : {}),
  };
  if (targetReached) return { ...withLatest, status: 'achieved', verified: true };
  if (!cm.reliable) return { ...withLatest, reason: 'no-parameters' };
  const status: DataStatus =
    cm.reliable.direction === 'improvement' ? 'improving' : cm.reliable.direction === 'deterioration' ? 'worsening' : 'no-reliable-change';
  return { ...withLatest, status, verified: cm.reliable.verified };
}

/** Progress of every instrument-bound objective in the plan, in plan order. */
export function allObjectiveProgress(plan: TreatmentPlan): ObjectiveProgress[] {
  return allObjectives(plan)
    .map((o) => objectiveProgress(plan, o))
    .filter((p) => p !== undefined);
}

type ReviewValue = { value: number; date: string; time: number };
const reviewValueIndex = new WeakMap<TreatmentPlan['timeline'], Map<string, ReviewValue>>();

/**
 * The newest review value of each objective, read once per timeline: alerts ask it for every
 * objective, and scanning the whole timeline for each of 500 objectives was most of a keystroke.
 */
function newestReviewValues(timeline: TreatmentPlan['timeline']): Map<string, ReviewValue> {
  let index = reviewValueIndex.get(timeline);
  // Stryker disable next-line ConditionalExpression: equivalent — the cache only saves work; building the index again gives the same values.
  if (index) return index;
  index = new Map();
  for (const e of timeline) {
    if (e.kind !== 'review') continue;
    const time = Date.parse(e.date);
    const seen = new Set<string>();
    for (const r of e.objectives) {
      // An entry speaks once per objective: its first record counts.
      if (seen.has(r.objectiveId)) continue;
      seen.add(r.objectiveId);
      if (r.currentValue === undefined) continue;
      const best = index.get(r.objectiveId);
      if (!best || time >= best.time) index.set(r.objectiveId, { value: r.currentValue, date: e.date, time });
    }
  }
  reviewValueIndex.set(timeline, index);
  return index;
}

/** The latest value recorded for an objective: data for instrument measures, else the newest review's value. */
export function latestObjectiveValue(plan: TreatmentPlan, objective: Objective): { value: number; date: string } | undefined {
  if (objective.measure.kind === 'instrument') {
    const p = objectiveProgress(plan, objective);
    return p?.latest ? { value: p.latest.score, date: p.latest.date } : undefined;
  }
  const best = newestReviewValues(plan.timeline).get(objective.id);
  return best ? { value: best.value, date: best.date } : undefined;
}
