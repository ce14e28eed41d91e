// Running plan commands in tests: one home for the command context and the "apply these or fail" loop.
import type { PlanCommand } from '../../src/plan/reducer.js';
import { applyCommand } from '../../src/plan/reducer.js';
import type { CommandContext } from '../../src/plan/define.js';
import type { TreatmentPlan } from '../../src/model/plan.js';

/** A command context at `now` whose new ids count up from `${prefix}-1`, fresh for each call. */
export function commandContext(now: string, prefix = 'id'): CommandContext {
  let n = 0;
  return { now, newId: () => `${prefix}-${++n}` };
}

/** Applies `commands` in order with one context; throws (failing the test) on the first refused one. */
export function applyAll(plan: TreatmentPlan, commands: readonly PlanCommand[], ctx: CommandContext): TreatmentPlan {
  return commands.reduce((p, cmd) => {
    const r = applyCommand(p, cmd, ctx);
    if (!r.ok) throw new Error(`${cmd.type}: ${r.error.message} ${(r.error.issues ?? []).join('; ')}`);
    return r.value.plan;
  }, plan);
}
