import * as z from 'zod/mini';
import {
  AgreementSchema,
  ConcernAreaSchema,
  GasScaleSchema,
  GoalStatusSchema,
  MeasureSchema,
  PrioritySchema,
  ProposerSchema,
  type Goal,
  type Objective,
  type Problem,
} from '../../model/plan.js';
import { DateSchema, IdSchema, LongTextSchema, ShortTextSchema } from '../../model/primitives.js';
import { toDay } from '../../model/dates.js';
import { bindInstrumentBaseline } from '../../clinical/goals/instruments.js';
import { measurabilityProblems } from '../../clinical/goals/measurability.js';
import { goalFromLibrary, mergePhases, objectiveFromLibrary, problemFromLibrary } from '../../clinical/goals/insert.js';
import { LibraryInsertSchema } from '../../clinical/goals/library-schema.js';
import { SupportSchema, type Support, type TreatmentPlan } from '../../model/plan.js';
import { applied, defineCommand, rejected, type ApplyResult } from '../define.js';
import { findGoal, findObjective, mapGoal, mapObjective, mapProblem, mergePatch, moveById } from '../tree.js';

const opt = z.optional;

const ProblemFieldsSchema = z.object({
  title: opt(ShortTextSchema),
  evidencedBy: opt(z.array(LongTextSchema)),
  areas: opt(z.array(ConcernAreaSchema)),
  libraryId: opt(IdSchema),
});

const CollaborativeFields = {
  clinicalText: opt(LongTextSchema),
  clientWords: opt(LongTextSchema),
  proposedBy: opt(ProposerSchema),
  agreement: opt(AgreementSchema),
  priority: opt(PrioritySchema),
  status: opt(GoalStatusSchema),
  statusReason: opt(LongTextSchema),
};

const GoalFieldsSchema = z.object({ ...CollaborativeFields, phaseId: opt(IdSchema) });
const ObjectiveFieldsSchema = z.object({
  ...CollaborativeFields,
  measure: opt(MeasureSchema),
  dueDate: opt(DateSchema),
  gas: opt(GasScaleSchema),
});

const withoutUndefined = <T extends object>(x: T): T => mergePatch({} as T, x);

type GoalStatus = z.infer<typeof GoalStatusSchema>;

const notFound = (what: string, id: string) => rejected(`No ${what} with id "${id}" in this plan.`);

/** Statuses that need a reason in words (why it paused or stopped). */
export const STATUSES_NEEDING_REASON: readonly GoalStatus[] = ['on-hold', 'discontinued'];

/**
 * The domain rules of a goal/objective status change: an objective becomes active only once it
 * is measurable; on hold and discontinued need a reason. Returns the rejection, or undefined.
 */
function statusRule(
  plan: TreatmentPlan,
  before: Goal | Objective | undefined,
  after: Goal | Objective,
): ApplyResult | undefined {
  if (before && before.status === after.status) return undefined;
  if (STATUSES_NEEDING_REASON.includes(after.status) && !after.statusReason?.trim()) {
    return rejected(`Say why it is ${after.status === 'on-hold' ? 'on hold' : 'discontinued'}.`);
  }
  if (after.status === 'active' && 'measure' in after) {
    const problems = measurabilityProblems(plan, after);
    if (problems.length) {
      return rejected(`This objective cannot be activated until it is measurable: ${problems.map((p) => p.text).join('; ')}.`);
    }
  }
  return undefined;
}

/** Objective after a patch: instrument baselines are (re)bound from the administrations. */
function patchObjective(plan: TreatmentPlan, o: Objective, patch: Partial<Objective>): Objective {
  const next = mergePatch(o, patch);
  if (patch.measure) next.measure = bindInstrumentBaseline(plan, patch.measure, o.measure);
  return next;
}

const StatusPayload = { status: GoalStatusSchema, reason: opt(LongTextSchema) };
const AgreePayload = { agreed: z.boolean(), date: opt(DateSchema) };

function withStatus<T extends Goal | Objective>(x: T, status: GoalStatus, reason: string | undefined): T {
  const next = { ...x, status };
  if (reason?.trim()) next.statusReason = reason;
  else delete next.statusReason;
  return next;
}

const SupportFieldsSchema = z.object({
  kind: opt(SupportSchema.shape.kind),
  label: opt(ShortTextSchema),
  details: opt(LongTextSchema),
  contact: opt(ShortTextSchema),
});
const PhaseFieldsSchema = z.object({ title: opt(ShortTextSchema), description: opt(LongTextSchema) });

export const goalCommands = [
  defineCommand(
    'problem/add',
    z.object({ id: opt(IdSchema), index: opt(z.int()), fields: ProblemFieldsSchema }),
    (plan, { id, index, fields }, ctx) => {
      const problem: Problem = {
        id: id ?? ctx.newId(),
        title: '',
        evidencedBy: [],
        areas: [],
        createdAt: ctx.now,
        goals: [],
        ...withoutUndefined(fields),
      };
      if (plan.problems.some((p) => p.id === problem.id)) return rejected(`Problem id "${problem.id}" is taken.`);
      const problems = plan.problems.slice();
      problems.splice(index ?? problems.length, 0, problem);
      return applied({ ...plan, problems });
    },
  ),
  defineCommand('problem/update', z.object({ problemId: IdSchema, fields: ProblemFieldsSchema }), (plan, c) => {
    const next = mapProblem(plan, c.problemId, (p) => mergePatch(p, c.fields as Partial<Problem>));
    return next ? applied(next) : notFound('problem', c.problemId);
  }),
  defineCommand('problem/remove', z.object({ problemId: IdSchema }), (plan, { problemId }) => {
    if (!plan.problems.some((p) => p.id === problemId)) return notFound('problem', problemId);
    return applied({ ...plan, problems: plan.problems.filter((p) => p.id !== problemId) });
  }),
  defineCommand('problem/move', z.object({ problemId: IdSchema, toIndex: z.int() }), (plan, c) => {
    const problems = moveById(plan.problems, c.problemId, c.toIndex);
    return problems ? applied({ ...plan, problems }) : notFound('problem', c.problemId);
  }),

  defineCommand(
    'goal/add',
    z.object({ problemId: IdSchema, id: opt(IdSchema), index: opt(z.int()), fields: GoalFieldsSchema }),
    (plan, { problemId, id, index, fields }, ctx) => {
      const goal: Goal = {
        id: id ?? ctx.newId(),
        clinicalText: '',
        proposedBy: 'together',
        priority: 'medium',
        status: 'proposed',
        createdAt: ctx.now,
        objectives: [],
        ...withoutUndefined(fields),
      };
      if (findGoal(plan, goal.id)) return rejected(`Goal id "${goal.id}" is taken.`);
      const next = mapProblem(plan, problemId, (p) => {
        const goals = p.goals.slice();
        goals.splice(index ?? goals.length, 0, goal);
        return { ...p, goals };
      });
      return next ? applied(next) : notFound('problem', problemId);
    },
  ),
  defineCommand('goal/update', z.object({ goalId: IdSchema, fields: GoalFieldsSchema }), (plan, c) => {
    const found = findGoal(plan, c.goalId);
    if (!found) return notFound('goal', c.goalId);
    const updated = mergePatch(found.goal, c.fields as Partial<Goal>);
    if (updated.phaseId && !plan.phases.some((p) => p.id === updated.phaseId)) return notFound('phase', updated.phaseId);
    const rule = statusRule(plan, found.goal, updated);
    if (rule) return rule;
    return applied(mapGoal(plan, c.goalId, () => updated)!);
  }),
  defineCommand('goal/set-status', z.object({ goalId: IdSchema, ...StatusPayload }), (plan, c) => {
    const found = findGoal(plan, c.goalId);
    if (!found) return notFound('goal', c.goalId);
    const updated = withStatus(found.goal, c.status, c.reason);
    const rule = statusRule(plan, found.goal, updated);
    if (rule) return rule;
    return applied(mapGoal(plan, c.goalId, () => updated)!);
  }),
  /** The client's yes (or withdrawal), dated; the date defaults to today. */
  defineCommand('goal/agree', z.object({ goalId: IdSchema, ...AgreePayload }), (plan, c, ctx) => {
    const next = mapGoal(plan, c.goalId, (g) => ({ ...g, agreement: { agreed: c.agreed, date: c.date ?? toDay(ctx.now) } }));
    return next ? applied(next) : notFound('goal', c.goalId);
  }),
  defineCommand('goal/remove', z.object({ goalId: IdSchema }), (plan, { goalId }) => {
    const found = findGoal(plan, goalId);
    if (!found) return notFound('goal', goalId);
    const next = mapProblem(plan, found.problem.id, (p) => ({ ...p, goals: p.goals.filter((g) => g.id !== goalId) }))!;
    return applied(next);
  }),
  defineCommand('goal/move', z.object({ goalId: IdSchema, toIndex: z.int() }), (plan, c) => {
    const found = findGoal(plan, c.goalId);
    if (!found) return notFound('goal', c.goalId);
    return applied(mapProblem(plan, found.problem.id, (p) => ({ ...p, goals: moveById(p.goals, c.goalId, c.toIndex)! }))!);
  }),

  defineCommand(
    'objective/add',
    z.object({ goalId: IdSchema, id: opt(IdSchema), index: opt(z.int()), fields: ObjectiveFieldsSchema }),
    (plan, { goalId, id, index, fields }, ctx) => {
      const objective: Objective = {
        id: id ?? ctx.newId(),
        clinicalText: '',
        proposedBy: 'together',
        priority: 'medium',
        status: 'proposed',
        createdAt: ctx.now,
        measure: { kind: 'count', label: '' },
        ...withoutUndefined(fields),
      };
      objective.measure = bindInstrumentBaseline(plan, objective.measure);
      if (findObjective(plan, objective.id)) return rejected(`Objective id "${objective.id}" is taken.`);
      const rule = statusRule(plan, undefined, objective);
      if (rule && objective.status !== 'proposed') return rule;
      const next = mapGoal(plan, goalId, (g) => {
        const objectives = g.objectives.slice();
        objectives.splice(index ?? objectives.length, 0, objective);
        return { ...g, objectives };
      });
      return next ? applied(next) : notFound('goal', goalId);
    },
  ),
  defineCommand('objective/update', z.object({ objectiveId: IdSchema, fields: ObjectiveFieldsSchema }), (plan, c) => {
    const found = findObjective(plan, c.objectiveId);
    if (!found) return notFound('objective', c.objectiveId);
    const updated = patchObjective(plan, found.objective, c.fields as Partial<Objective>);
    const rule = statusRule(plan, found.objective, updated);
    if (rule) return rule;
    return applied(mapObjective(plan, c.objectiveId, () => updated)!);
  }),
  defineCommand('objective/set-status', z.object({ objectiveId: IdSchema, ...StatusPayload }), (plan, c) => {
    const found = findObjective(plan, c.objectiveId);
    if (!found) return notFound('objective', c.objectiveId);
    const updated = withStatus(found.objective, c.status, c.reason);
    const rule = statusRule(plan, found.objective, updated);
    if (rule) return rule;
    return applied(mapObjective(plan, c.objectiveId, () => updated)!);
  }),
  defineCommand('objective/agree', z.object({ objectiveId: IdSchema, ...AgreePayload }), (plan, c, ctx) => {
    const next = mapObjective(plan, c.objectiveId, (o) => ({ ...o, agreement: { agreed: c.agreed, date: c.date ?? toDay(ctx.now) } }));
    return next ? applied(next) : notFound('objective', c.objectiveId);
  }),
  /** Re-reads an instrument-bound objective's baseline from the latest complete administration. */
  defineCommand('objective/rebaseline', z.object({ objectiveId: IdSchema }), (plan, c) => {
    const found = findObjective(plan, c.objectiveId);
    if (!found) return notFound('objective', c.objectiveId);
    const m = found.objective.measure;
    if (m.kind !== 'instrument' || !m.instrumentId) return rejected('Only a questionnaire-based objective takes its baseline from the scores.');
    const { baselineAdministrationId: _id, baseline: _b, ...rest } = m;
    const measure = bindInstrumentBaseline(plan, rest);
    if (measure.baselineAdministrationId === undefined) return rejected('There is no complete score of this questionnaire yet.');
    return applied(mapObjective(plan, c.objectiveId, (o) => ({ ...o, measure }))!);
  }),
  defineCommand('objective/remove', z.object({ objectiveId: IdSchema }), (plan, { objectiveId }) => {
    const found = findObjective(plan, objectiveId);
    if (!found) return notFound('objective', objectiveId);
    return applied(
      mapGoal(plan, found.goal.id, (g) => ({ ...g, objectives: g.objectives.filter((o) => o.id !== objectiveId) }))!,
    );
  }),
  defineCommand('objective/move', z.object({ objectiveId: IdSchema, toIndex: z.int() }), (plan, c) => {
    const found = findObjective(plan, c.objectiveId);
    if (!found) return notFound('objective', c.objectiveId);
    return applied(
      mapGoal(plan, found.goal.id, (g) => ({ ...g, objectives: moveById(g.objectives, c.objectiveId, c.toIndex)! }))!,
    );
  }),
  // ------------------------------------------------------------ phases
  defineCommand(
    'phase/add',
    z.object({ id: opt(IdSchema), index: opt(z.int()), fields: PhaseFieldsSchema }),
    (plan, { id, index, fields }, ctx) => {
      const phase = { id: id ?? ctx.newId(), title: '', ...withoutUndefined(fields) };
      if (plan.phases.some((p) => p.id === phase.id)) return rejected(`Phase id "${phase.id}" is taken.`);
      const phases = plan.phases.slice();
      phases.splice(index ?? phases.length, 0, phase);
      return applied({ ...plan, phases });
    },
  ),
  defineCommand('phase/update', z.object({ phaseId: IdSchema, fields: PhaseFieldsSchema }), (plan, c) => {
    const i = plan.phases.findIndex((p) => p.id === c.phaseId);
    if (i < 0) return notFound('phase', c.phaseId);
    const phases = plan.phases.slice();
    phases[i] = mergePatch(phases[i]!, c.fields);
    return applied({ ...plan, phases });
  }),
  /** Removes a phase; its goals stay in the plan, no longer in a phase. */
  defineCommand('phase/remove', z.object({ phaseId: IdSchema }), (plan, { phaseId }) => {
    if (!plan.phases.some((p) => p.id === phaseId)) return notFound('phase', phaseId);
    const problems = plan.problems.map((p) =>
      p.goals.some((g) => g.phaseId === phaseId)
        ? { ...p, goals: p.goals.map((g) => (g.phaseId === phaseId ? mergePatch(g, { phaseId: undefined }) : g)) }
        : p,
    );
    return applied({ ...plan, phases: plan.phases.filter((p) => p.id !== phaseId), problems });
  }),
  defineCommand('phase/move', z.object({ phaseId: IdSchema, toIndex: z.int() }), (plan, c) => {
    const phases = moveById(plan.phases, c.phaseId, c.toIndex);
    return phases ? applied({ ...plan, phases }) : notFound('phase', c.phaseId);
  }),

  // ------------------------------------------------------------ strengths, barriers, supports
  defineCommand(
    'support/add',
    z.object({ id: opt(IdSchema), index: opt(z.int()), fields: SupportFieldsSchema }),
    (plan, { id, index, fields }, ctx) => {
      const support: Support = { id: id ?? ctx.newId(), kind: 'strength', label: '', ...withoutUndefined(fields) };
      if (plan.supports.some((s) => s.id === support.id)) return rejected(`Support id "${support.id}" is taken.`);
      const supports = plan.supports.slice();
      supports.splice(index ?? supports.length, 0, support);
      return applied({ ...plan, supports });
    },
  ),
  defineCommand('support/update', z.object({ supportId: IdSchema, fields: SupportFieldsSchema }), (plan, c) => {
    const i = plan.supports.findIndex((s) => s.id === c.supportId);
    if (i < 0) return notFound('support', c.supportId);
    const supports = plan.supports.slice();
    supports[i] = mergePatch(supports[i]!, c.fields as Partial<Support>);
    return applied({ ...plan, supports });
  }),
  defineCommand('support/remove', z.object({ supportId: IdSchema }), (plan, { supportId }) => {
    if (!plan.supports.some((s) => s.id === supportId)) return notFound('support', supportId);
    return applied({ ...plan, supports: plan.supports.filter((s) => s.id !== supportId) });
  }),
  defineCommand('support/move', z.object({ supportId: IdSchema, toIndex: z.int() }), (plan, c) => {
    const supports = moveById(plan.supports, c.supportId, c.toIndex);
    return supports ? applied({ ...plan, supports }) : notFound('support', c.supportId);
  }),

  // ------------------------------------------------------------ library and suggestions
  /**
   * Inserts library content (validated in the payload) with fresh ids: a whole problem, a goal
   * into a problem, an objective into a goal, or phases. Inserted items are `proposed`, to edit.
   */
  defineCommand('library/insert', LibraryInsertSchema, (plan, c, ctx) => {
    switch (c.as) {
      case 'problem': {
        const id = c.id ?? ctx.newId();
        if (plan.problems.some((p) => p.id === id)) return rejected(`Problem id "${id}" is taken.`);
        const { problem, phases } = problemFromLibrary(plan, c.problem, ctx, id);
        return applied({ ...plan, phases, problems: [...plan.problems, problem] });
      }
      case 'goal': {
        if (!plan.problems.some((p) => p.id === c.problemId)) return notFound('problem', c.problemId);
        const { phases, ids } = mergePhases(plan.phases, c.phases, ctx);
        const goal = goalFromLibrary(plan, c.goal, ids, ctx, c.id ?? ctx.newId());
        if (findGoal(plan, goal.id)) return rejected(`Goal id "${goal.id}" is taken.`);
        return applied(mapProblem({ ...plan, phases }, c.problemId, (p) => ({ ...p, goals: [...p.goals, goal] }))!);
      }
      case 'objective': {
        if (!findGoal(plan, c.goalId)) return notFound('goal', c.goalId);
        const objective = objectiveFromLibrary(plan, c.objective, ctx, c.id ?? ctx.newId());
        if (findObjective(plan, objective.id)) return rejected(`Objective id "${objective.id}" is taken.`);
        return applied(mapGoal(plan, c.goalId, (g) => ({ ...g, objectives: [...g.objectives, objective] }))!);
      }
      case 'phases': {
        const { phases } = mergePhases(plan.phases, c.phases, ctx);
        return phases.length === plan.phases.length ? applied(plan) : applied({ ...plan, phases });
      }
    }
  }),
  /** Hides a goal suggestion for good, keeping why (decision support stays accountable). */
  defineCommand(
    'goal-suggestion/dismiss',
    z.object({ key: IdSchema, reason: LongTextSchema }),
    (plan, { key, reason }, ctx) => {
      if (!reason.trim()) return rejected('Say why this suggestion does not fit.');
      const dismissals = plan.dismissals.filter((d) => d.key !== key);
      return applied({ ...plan, dismissals: [...dismissals, { key, reason: reason.trim(), at: ctx.now }] });
    },
  ),
  defineCommand('goal-suggestion/restore', z.object({ key: IdSchema }), (plan, { key }) => {
    if (!plan.dismissals.some((d) => d.key === key)) return applied(plan);
    return applied({ ...plan, dismissals: plan.dismissals.filter((d) => d.key !== key) });
  }),
] as const;
