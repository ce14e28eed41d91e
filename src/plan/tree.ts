import type { Goal, Objective, Problem, TreatmentPlan } from '../model/plan.js';

/**
 * Immutable helpers over the problem → goal → objective tree. Each returns a new plan when
 * the target was found (only the path to it is copied) and `undefined` when it was not.
 */

export function findGoal(plan: TreatmentPlan, goalId: string): { problem: Problem; goal: Goal } | undefined {
  for (const problem of plan.problems) {
    const goal = problem.goals.find((g) => g.id === goalId);
    if (goal) return { problem, goal };
  }
  return undefined;
}

export function findObjective(
  plan: TreatmentPlan,
  objectiveId: string,
): { problem: Problem; goal: Goal; objective: Objective } | undefined {
  for (const problem of plan.problems) {
    for (const goal of problem.goals) {
      const objective = goal.objectives.find((o) => o.id === objectiveId);
      if (objective) return { problem, goal, objective };
    }
  }
  return undefined;
}

/** Every objective in plan order. */
export function allObjectives(plan: TreatmentPlan): Objective[] {
  return plan.problems.flatMap((p) => p.goals.flatMap((g) => g.objectives));
}

export function mapProblem(
  plan: TreatmentPlan,
  problemId: string,
  fn: (p: Problem) => Problem,
): TreatmentPlan | undefined {
  const i = plan.problems.findIndex((p) => p.id === problemId);
  if (i < 0) return undefined;
  const problems = plan.problems.slice();
  problems[i] = fn(problems[i]!);
  return { ...plan, problems };
}

export function mapGoal(plan: TreatmentPlan, goalId: string, fn: (g: Goal) => Goal): TreatmentPlan | undefined {
  const found = findGoal(plan, goalId);
  if (!found) return undefined;
  return mapProblem(plan, found.problem.id, (p) => ({
    ...p,
    goals: p.goals.map((g) => (g.id === goalId ? fn(g) : g)),
  }));
}

export function mapObjective(
  plan: TreatmentPlan,
  objectiveId: string,
  fn: (o: Objective) => Objective,
): TreatmentPlan | undefined {
  const found = findObjective(plan, objectiveId);
  if (!found) return undefined;
  return mapGoal(plan, found.goal.id, (g) => ({
    ...g,
    objectives: g.objectives.map((o) => (o.id === objectiveId ? fn(o) : o)),
  }));
}

/** Shallow merge that treats an explicit `undefined` in the patch as "remove this field". */
export function mergePatch<T extends object>(target: T, patch: Partial<T>): T {
  const out = { ...target } as Record<string, unknown>;
  for (const [k, v] of Object.entries(patch)) {
    if (v === undefined) delete out[k];
    else out[k] = v;
  }
  return out as T;
}

/** Moves the item with `id` to `toIndex` (clamped); returns the same array when nothing moves. */
export function moveById<T extends { id: string }>(items: readonly T[], id: string, toIndex: number): T[] | undefined {
  const from = items.findIndex((x) => x.id === id);
  if (from < 0) return undefined;
  const to = Math.max(0, Math.min(items.length - 1, toIndex));
  const out = items.slice();
  const [item] = out.splice(from, 1);
  out.splice(to, 0, item!);
  return out;
}
