import type { GasScale, ReviewEntry, TreatmentPlan } from '../../model/plan.js';
import { allObjectives } from '../../model/tree.js';

/**
 * Goal Attainment Scaling (Kiresuk & Sherman 1968; weights as importance × difficulty,
 * Turner-Stokes 2009). See CLINICAL.md.
 *
 *   T = 50 + 10·Σ(wᵢxᵢ) / √((1 − ρ)·Σwᵢ² + ρ·(Σwᵢ)²),   ρ = 0.3
 */
export const GAS_RHO = 0.3;

export type GasLevel = -2 | -1 | 0 | 1 | 2;
export const GAS_LEVELS: readonly GasLevel[] = [-2, -1, 0, 1, 2];

export interface GasRating {
  /** wᵢ; use {@link gasWeight} for importance × difficulty. */
  weight: number;
  /** xᵢ, −2 … +2. */
  level: number;
}

export function gasWeight(scale: Pick<GasScale, 'importance' | 'difficulty'>): number {
  return scale.importance * scale.difficulty;
}

/**
 * The weighted GAS T-score. Undefined when there is nothing to score (no ratings, or every
 * weight is 0, which leaves the denominator at 0).
 */
export function gasTScore(ratings: readonly GasRating[], rho: number = GAS_RHO): number | undefined {
  let sumWX = 0;
  let sumW = 0;
  let sumW2 = 0;
  for (const r of ratings) {
    sumWX += r.weight * r.level;
    // Stryker disable next-line AssignmentOperator: equivalent — only sumW² is used, so its sign does not matter.
    sumW += r.weight;
    sumW2 += r.weight * r.weight;
  }
  const denominator = Math.sqrt((1 - rho) * sumW2 + rho * sumW * sumW);
  if (!ratings.length || denominator === 0) return undefined;
  return 50 + (10 * sumWX) / denominator;
}

export interface PlanGasScore {
  /** T-score from the latest review rating of each scaled objective; undefined until one is rated. */
  current?: number;
  /** T-score of the levels recorded when the objectives were scaled (usually −1 each). */
  baseline?: number;
  /** Objectives with a scale. */
  scaled: number;
  /** Of those, how many have a review rating. */
  rated: number;
  /** Latest rating per objective id. */
  latest: Map<string, number>;
}

/**
 * GAS for a whole plan: every objective with a scale, its latest rating from the reviews in the
 * timeline (by date), weighted by importance × difficulty. Unrated objectives are left out of
 * `current` (they have no attainment yet) but counted in `scaled`.
 */
export function planGasScore(plan: TreatmentPlan): PlanGasScore {
  const scaled = allObjectives(plan).filter((o) => o.gas);
  const latest = new Map<string, number>();
  const reviews = plan.timeline
    .filter((e): e is ReviewEntry => e.kind === 'review')
    .sort((a, b) => Date.parse(a.date) - Date.parse(b.date));
  for (const review of reviews) {
    for (const r of review.objectives) if (r.gas !== undefined) latest.set(r.objectiveId, r.gas);
  }
  const rated = scaled.filter((o) => latest.has(o.id));
  const current = gasTScore(rated.map((o) => ({ weight: gasWeight(o.gas!), level: latest.get(o.id)! })));
  const baseline = gasTScore(scaled.map((o) => ({ weight: gasWeight(o.gas!), level: o.gas!.baseline })));
  return {
    scaled: scaled.length,
    rated: rated.length,
    latest,
    ...(current !== undefined && { current }),
    ...(baseline !== undefined && { baseline }),
  };
}
