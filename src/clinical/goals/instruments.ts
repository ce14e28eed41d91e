import type { Administration, Measure, Objective, TreatmentPlan } from '../../model/plan.js';

/**
 * What the goal logic needs to know about the shipped instruments: a display name and the
 * range of the total. Kept here (not imported from the instrument definitions) so goals depend
 * only on the instrument ids and the administrations stored in the plan. Ranges: CLINICAL.md.
 */
export const GOAL_INSTRUMENTS: Readonly<Record<string, { name: string; max: number }>> = {
  phq9: { name: 'PHQ-9', max: 27 },
  gad7: { name: 'GAD-7', max: 21 },
  phq2: { name: 'PHQ-2', max: 6 },
  gad2: { name: 'GAD-2', max: 6 },
  pcl5: { name: 'PCL-5', max: 80 },
  auditc: { name: 'AUDIT-C', max: 12 },
};

/** Display name of an instrument id; unknown (host-supplied) ids are shown as given. */
export function instrumentDisplayName(instrumentId: string): string {
  return GOAL_INSTRUMENTS[instrumentId]?.name ?? instrumentId;
}

/** Highest possible total: from the shipped table, else from any administration of it. */
export function instrumentMax(plan: TreatmentPlan | undefined, instrumentId: string): number | undefined {
  const known = GOAL_INSTRUMENTS[instrumentId]?.max;
  if (known !== undefined) return known;
  return plan?.assessment.administrations.find((a) => a.instrumentId === instrumentId)?.score.max;
}

/** A scored reading of an instrument: one complete administration. */
export interface Reading {
  administrationId: string;
  date: string;
  value: number;
  band?: string;
  bandLabel?: string;
}

const toReading = (a: Administration): Reading => ({
  administrationId: a.id,
  date: a.date,
  value: a.score.total,
  ...(a.score.band ? { band: a.score.band } : {}),
  ...(a.score.bandLabel ? { bandLabel: a.score.bandLabel } : {}),
});

/** Complete administrations of one instrument, oldest first. Partial ones carry no meaningful total. */
export function completeAdministrations(plan: TreatmentPlan, instrumentId: string): Administration[] {
  return plan.assessment.administrations
    .filter((a) => a.instrumentId === instrumentId && a.score.complete)
    .sort((a, b) => Date.parse(a.date) - Date.parse(b.date));
}

/** The most recent complete administration of each instrument, in one pass (used per render). */
export function latestByInstrument(plan: TreatmentPlan): Map<string, Administration> {
  const out = new Map<string, Administration>();
  for (const a of plan.assessment.administrations) {
    if (!a.score.complete) continue;
    const prev = out.get(a.instrumentId);
    if (!prev || Date.parse(a.date) >= Date.parse(prev.date)) out.set(a.instrumentId, a);
  }
  return out;
}

/**
 * Fills an instrument-bound measure's baseline from the latest complete administration of that
 * instrument, when it has none yet or the instrument changed. Other measures are returned as given.
 */
export function bindInstrumentBaseline(plan: TreatmentPlan, measure: Measure, previous?: Measure): Measure {
  const id = measure.instrumentId;
  if (measure.kind !== 'instrument' || !id) return measure;
  // It keeps its own baseline unless the instrument changed.
  if (measure.baselineAdministrationId !== undefined && (!previous || previous.instrumentId === id)) return measure;
  const latest = completeAdministrations(plan, id).at(-1);
  const { baseline: _b, baselineAdministrationId: _id, ...rest } = measure;
  return {
    ...rest,
    label: measure.label.trim() ? measure.label : instrumentDisplayName(id),
    ...(latest && { baseline: latest.score.total, baselineAdministrationId: latest.id }),
  };
}

/** Where an instrument-bound objective stands: its baseline reading and the later ones that judge it. */
export interface InstrumentProgress {
  instrumentId: string;
  baseline?: Reading;
  /** Complete administrations after the baseline, oldest first. */
  later: Reading[];
  latest?: Reading;
  /** Whether the latest later reading reaches the target (inclusive); undefined until there is one. */
  targetMet?: boolean;
}

/** True when `value` reaches `target` in `direction` (the target itself counts as reached). */
export function reaches(value: number, target: number, direction: 'decrease' | 'increase'): boolean {
  return direction === 'decrease' ? value <= target : value >= target;
}

/**
 * Resolves an instrument-bound objective against the plan's administrations. The baseline is the
 * administration it was bound to; when none existed at binding time, the first complete one
 * given after the objective was created becomes the baseline.
 */
export function instrumentProgress(plan: TreatmentPlan, objective: Objective): InstrumentProgress | undefined {
  const { kind, instrumentId, baselineAdministrationId: bound, baseline: typed, target, direction } = objective.measure;
  if (kind !== 'instrument' || !instrumentId) return undefined;
  const all = completeAdministrations(plan, instrumentId);
  const baselineAdmin =
    bound === undefined
      ? all.find((a) => Date.parse(a.date) >= Date.parse(objective.createdAt))
      : bound && all.find((a) => a.id === bound);
  const baseline: Reading | undefined = baselineAdmin
    ? toReading(baselineAdmin)
    : typed !== undefined
      ? { administrationId: bound ?? '', date: objective.createdAt, value: typed }
      : undefined;
  const since = Date.parse(baseline ? baseline.date : objective.createdAt);
  const later = all.filter((a) => a.id !== baseline?.administrationId && Date.parse(a.date) > since).map(toReading);
  const latest = later.at(-1);
  return {
    instrumentId,
    later,
    ...(baseline && { baseline }),
    ...(latest && {
      latest,
      ...(target !== undefined && direction && { targetMet: reaches(latest.value, target, direction) }),
    }),
  };
}

/** The baseline a checklist should judge: typed for people-counted measures, read from administrations for instruments. */
export function effectiveBaseline(plan: TreatmentPlan | undefined, objective: Objective): number | undefined {
  if (objective.measure.kind === 'instrument' && plan) return instrumentProgress(plan, objective)?.baseline?.value;
  return objective.measure.baseline;
}
