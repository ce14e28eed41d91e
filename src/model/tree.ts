import type { Goal, Objective, Problem, TreatmentPlan } from './plan.js';
import { items, locate, mapItem, merge } from './items.js';

/**
 * Immutable helpers over the problem → goal → objective tree.
 * Each returns a new plan when the target was found (only the path to it is copied) and
 * `undefined` when it was not.
 */

export function findGoal(plan: TreatmentPlan, goalId: string): { problem: Problem; goal: Goal } | undefined {
  const found = locate(plan, 'goal', goalId);
  return found && { problem: found[1], goal: found[0] };
}

export function findObjective(
  plan: TreatmentPlan,
  objectiveId: string,
): { problem: Problem; goal: Goal; objective: Objective } | undefined {
  const found = locate(plan, 'objective', objectiveId);
  return found && { problem: plan.problems.find((p) => p.goals.includes(found[1]))!, goal: found[1], objective: found[0] };
}

/** Every objective in plan order. */
export const allObjectives = (plan: TreatmentPlan): Objective[] => items(plan, 'objective');

export const mapProblem = (plan: TreatmentPlan, problemId: string, fn: (p: Problem) => Problem): TreatmentPlan | undefined =>
  mapItem(plan, 'problem', problemId, fn);

export const mapGoal = (plan: TreatmentPlan, goalId: string, fn: (g: Goal) => Goal): TreatmentPlan | undefined =>
  mapItem(plan, 'goal', goalId, fn);

export const mapObjective = (
  plan: TreatmentPlan,
  objectiveId: string,
  fn: (o: Objective) => Objective,
): TreatmentPlan | undefined => mapItem(plan, 'objective', objectiveId, fn);

/** Shallow merge that treats an explicit `undefined` in the patch as "remove this field". */
export function mergePatch<T extends object>(target: T, patch: Partial<T>): T {
  return merge(target, patch);
}

/** Moves the item with `id` to `toIndex` (clamped); returns the same array when nothing moves. */
export function moveById<T extends { id: string }>(items: readonly T[], id: string, toIndex: number): T[] | undefined {
  const from = items.findIndex((x) => x.id === id);
  if (from < 0) return undefined;
  const out = items.slice();
  const [item] = out.splice(from, 1);
  // Stryker disable next-line ArithmeticOperator: equivalent — splice() puts an index past the end at the end, so clamping to length + 1 moves the item to the same place.
  out.splice(Math.max(0, Math.min(items.length - 1, toIndex)), 0, item!);
  return out;
}
