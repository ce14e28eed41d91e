import { addDays, toDay } from '../../model/dates.js';
import type { Goal, Measure, Objective, Phase, Problem, TreatmentPlan } from '../../model/plan.js';
import { bindInstrumentBaseline } from './instruments.js';
import type { LibraryGoal, LibraryObjective, LibraryPhase, LibraryProblem } from './library-schema.js';

export interface InsertContext {
  now: string;
  newId: () => string;
}

const norm = (s: string) => s.trim().toLowerCase();

/**
 * Maps library phases onto the plan's phases, matching by title (case-insensitive) and appending
 * the missing ones in library order. Returns the new phase list and library id → plan id.
 */
export function mergePhases(
  existing: readonly Phase[],
  phases: readonly LibraryPhase[] | undefined,
  ctx: InsertContext,
): { phases: Phase[]; ids: Map<string, string> } {
  const out = existing.slice();
  const ids = new Map<string, string>();
  for (const lp of phases ?? []) {
    let match = out.find((p) => norm(p.title) === norm(lp.title));
    if (!match) {
      match = { id: ctx.newId(), title: lp.title, ...(lp.description ? { description: lp.description } : {}) };
      out.push(match);
    }
    ids.set(lp.id, match.id);
  }
  return { phases: out, ids };
}

/**
 * What a goal or objective taken from the library starts as: its wording, proposed by the
 * clinician at medium priority, now (the clinician and client then make it their own).
 */
function fromLibrary(item: { clinicalText: string; clientWords?: string | undefined }, ctx: InsertContext) {
  return {
    clinicalText: item.clinicalText,
    ...(item.clientWords ? { clientWords: item.clientWords } : {}),
    proposedBy: 'clinician' as const,
    priority: 'medium' as const,
    status: 'proposed' as const,
    createdAt: ctx.now,
  };
}

export function objectiveFromLibrary(
  plan: TreatmentPlan,
  lo: LibraryObjective,
  ctx: InsertContext,
  id: string = ctx.newId(),
): Objective {
  const { kind, label } = lo.measure;
  const measure: Measure = { kind, label };
  // Only the template's own fields, in this order; baselines come from the client, never a library.
  for (const key of ['unit', 'instrumentId', 'target', 'direction'] as const) {
    if (lo.measure[key] !== undefined) (measure as Record<string, unknown>)[key] = lo.measure[key];
  }
  return {
    id,
    ...fromLibrary(lo, ctx),
    measure: bindInstrumentBaseline(plan, measure),
    ...(lo.dueInDays ? { dueDate: addDays(toDay(ctx.now), lo.dueInDays) } : {}),
    ...(lo.gasLevels ? { gas: { levels: lo.gasLevels, importance: 2, difficulty: 2, baseline: -1 } } : {}),
  };
}

export function goalFromLibrary(
  plan: TreatmentPlan,
  lg: LibraryGoal,
  phaseIds: ReadonlyMap<string, string>,
  ctx: InsertContext,
  id: string = ctx.newId(),
): Goal {
  const phaseId = lg.phase ? phaseIds.get(lg.phase) : undefined;
  return {
    id,
    ...fromLibrary(lg, ctx),
    ...(phaseId ? { phaseId } : {}),
    objectives: lg.objectives.map((o) => objectiveFromLibrary(plan, o, ctx)),
  };
}

/** A plan problem (with fresh ids) from a library problem, plus the phases it needs. */
export function problemFromLibrary(
  plan: TreatmentPlan,
  lp: LibraryProblem,
  ctx: InsertContext,
  id: string = ctx.newId(),
): { problem: Problem; phases: Phase[] } {
  const { phases, ids } = mergePhases(plan.phases, lp.phases, ctx);
  return {
    phases,
    problem: {
      id,
      title: lp.title,
      evidencedBy: lp.evidencedBy.slice(),
      areas: lp.areas.slice(),
      libraryId: lp.id,
      createdAt: ctx.now,
      goals: lp.goals.map((g) => goalFromLibrary(plan, g, ids, ctx)),
    },
  };
}
