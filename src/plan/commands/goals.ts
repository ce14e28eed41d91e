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
import { applied, defineCommand, rejected } from '../define.js';
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

const notFound = (what: string, id: string) => rejected(`No ${what} with id "${id}" in this plan.`);

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
    const next = mapGoal(plan, c.goalId, (g) => mergePatch(g, c.fields as Partial<Goal>));
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
      if (findObjective(plan, objective.id)) return rejected(`Objective id "${objective.id}" is taken.`);
      const next = mapGoal(plan, goalId, (g) => {
        const objectives = g.objectives.slice();
        objectives.splice(index ?? objectives.length, 0, objective);
        return { ...g, objectives };
      });
      return next ? applied(next) : notFound('goal', goalId);
    },
  ),
  defineCommand('objective/update', z.object({ objectiveId: IdSchema, fields: ObjectiveFieldsSchema }), (plan, c) => {
    const next = mapObjective(plan, c.objectiveId, (o) => mergePatch(o, c.fields as Partial<Objective>));
    return next ? applied(next) : notFound('objective', c.objectiveId);
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
] as const;
