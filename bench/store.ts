import { PlanStore } from '../src/index.js';
import { bigPlan } from './fixtures.js';

/** Applies 10,000 commands to a plan of 100 goals × 5 objectives and 1,000 timeline entries. */
export function storeThroughput(n = 10_000): { ms: number; perSecond: number } {
  const store = new PlanStore(bigPlan());
  const ids = store.plan.problems.flatMap((p) => p.goals.flatMap((g) => g.objectives.map((o) => o.id)));
  const t = performance.now();
  for (let i = 0; i < n; i++) {
    const r = store.dispatch({ type: 'objective/update', objectiveId: ids[i % ids.length]!, fields: { clientWords: `Only one bad day a week (${i})` } });
    if (!r.ok) throw new Error(r.error.message);
  }
  const ms = performance.now() - t;
  return { ms, perSecond: Math.round((n / ms) * 1000) };
}
