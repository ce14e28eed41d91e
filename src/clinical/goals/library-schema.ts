import * as z from 'zod/mini';
import type { Result } from '../../model/errors.js';
import { ConcernAreaSchema, DirectionSchema, MeasureSchema } from '../../model/plan.js';
import { IdSchema, LongTextSchema, ShortTextSchema } from '../../model/primitives.js';
import { parseDefinition } from '../modalities/parse.js';

const opt = z.optional;

/** A library objective: a measurable template. Baselines are never in a library; they come from the client. */
export const LibraryObjectiveSchema = z.object({
  id: IdSchema,
  clinicalText: LongTextSchema,
  /** Suggested plain wording; the client replaces it with their own. */
  clientWords: opt(LongTextSchema),
  measure: z.object({
    kind: MeasureSchema.shape.kind,
    label: ShortTextSchema,
    unit: opt(ShortTextSchema),
    instrumentId: opt(IdSchema),
    target: opt(z.number()),
    direction: opt(DirectionSchema),
  }),
  /** Due date relative to the day it is inserted. */
  dueInDays: opt(z.int().check(z.minimum(1), z.maximum(730))),
  /** Optional Goal Attainment Scaling levels −2 … +2. */
  gasLevels: opt(z.tuple([ShortTextSchema, ShortTextSchema, ShortTextSchema, ShortTextSchema, ShortTextSchema])),
});

export const LibraryPhaseSchema = z.object({
  id: IdSchema,
  title: ShortTextSchema,
  description: opt(LongTextSchema),
});

export const LibraryGoalSchema = z.object({
  id: IdSchema,
  clinicalText: LongTextSchema,
  clientWords: opt(LongTextSchema),
  /** Id of one of the problem's `phases`. */
  phase: opt(IdSchema),
  objectives: z.array(LibraryObjectiveSchema),
});

const uniqueIds = (items: readonly { id: string }[]) => new Set(items.map((i) => i.id)).size === items.length;

export const LibraryProblemSchema = z
  .object({
    id: IdSchema,
    areas: z.array(ConcernAreaSchema).check(z.minLength(1)),
    title: ShortTextSchema,
    /** One plain sentence shown in the library picker. */
    summary: opt(LongTextSchema),
    evidencedBy: z.array(LongTextSchema),
    /** Ordered phases for a phased approach (e.g. complex trauma). */
    phases: opt(z.array(LibraryPhaseSchema)),
    goals: z.array(LibraryGoalSchema).check(z.minLength(1)),
  })
  .check(
    z.refine((p) => p.goals.every((g) => !g.phase || (p.phases ?? []).some((ph) => ph.id === g.phase)), {
      error: 'A goal names a phase that the problem does not define in `phases`.',
    }),
    z.refine((p) => uniqueIds(p.goals) && p.goals.every((g) => uniqueIds(g.objectives)), {
      error: 'Goal ids, and objective ids within a goal, must be unique.',
    }),
  );

export const GoalLibrarySchema = z
  .object({
    id: IdSchema,
    title: ShortTextSchema,
    version: opt(ShortTextSchema),
    problems: z.array(LibraryProblemSchema),
  })
  .check(z.refine((l) => uniqueIds(l.problems), { error: 'Problem ids must be unique in a library.' }));

export type LibraryObjective = z.infer<typeof LibraryObjectiveSchema>;
export type LibraryPhase = z.infer<typeof LibraryPhaseSchema>;
export type LibraryGoal = z.infer<typeof LibraryGoalSchema>;
export type LibraryProblem = z.infer<typeof LibraryProblemSchema>;
export type GoalLibrary = z.infer<typeof GoalLibrarySchema>;

/** Validates a host-supplied goal library; an invalid one is refused with the problems named. */
export const parseGoalLibrary = (input: unknown): Result<GoalLibrary> =>
  parseDefinition(GoalLibrarySchema, input, 'goal library is');

/**
 * What to insert from a library (the payload of the `library/insert` command, without `type`):
 * a whole problem with its goals and objectives, one goal into a problem, one objective into a
 * goal, or a set of phases. Library phases are matched to the plan's phases by title.
 */
export const LibraryInsertSchema = z.discriminatedUnion('as', [
  z.object({ as: z.literal('problem'), problem: LibraryProblemSchema, id: opt(IdSchema) }),
  z.object({
    as: z.literal('goal'),
    problemId: IdSchema,
    goal: LibraryGoalSchema,
    phases: opt(z.array(LibraryPhaseSchema)),
    id: opt(IdSchema),
  }),
  z.object({ as: z.literal('objective'), goalId: IdSchema, objective: LibraryObjectiveSchema, id: opt(IdSchema) }),
  z.object({ as: z.literal('phases'), phases: z.array(LibraryPhaseSchema).check(z.minLength(1)) }),
]);
export type LibraryInsert = z.infer<typeof LibraryInsertSchema>;
