import { instrumentProgress, type InstrumentProgress } from '../../clinical/goals/instruments.js';
import { checkObjective, type ChecklistItem } from '../../clinical/goals/measurability.js';
import type { PlanContextValue } from '../../context/plan-context.js';
import type { Administration, Objective, Phase, PlanMode, TreatmentPlan } from '../../model/plan.js';

/** Per-render lookups, built once per plan snapshot so rendering stays linear in the plan size. */
export interface RenderScope {
  plan: TreatmentPlan;
  mode: PlanMode;
  client: boolean;
  locale: string;
  phases: readonly Phase[];
  /** The objective's measurability checklist (instrument baselines resolved). */
  checklist: (o: Objective) => ChecklistItem[];
  progress: (o: Objective) => InstrumentProgress | undefined;
  gasLatest: ReadonlyMap<string, number>;
}

/**
 * Builds each render's scope. Checklists are kept across renders per objective object (an edit
 * replaces only the objective it touches) until the administrations change.
 */
export class RenderScopes {
  #checklists = new WeakMap<Objective, ChecklistItem[]>();
  #checklistAdministrations: readonly Administration[] | undefined;

  scope(ctx: PlanContextValue, gasLatest: ReadonlyMap<string, number>): RenderScope {
    const plan = ctx.plan;
    if (this.#checklistAdministrations !== plan.assessment.administrations) {
      this.#checklistAdministrations = plan.assessment.administrations;
      this.#checklists = new WeakMap();
    }
    const progress = new Map<string, InstrumentProgress | undefined>();
    return {
      plan,
      mode: ctx.mode,
      client: ctx.mode === 'client',
      locale: ctx.locale,
      phases: plan.phases,
      checklist: (o) => {
        let items = this.#checklists.get(o);
        if (!items) this.#checklists.set(o, (items = checkObjective(plan, o)));
        return items;
      },
      progress: (o) => {
        if (o.measure.kind !== 'instrument') return undefined;
        if (!progress.has(o.id)) progress.set(o.id, instrumentProgress(plan, o));
        return progress.get(o.id);
      },
      gasLatest,
    };
  }
}
