import * as z from 'zod/mini';
import { SafetyPlanStepSchema, type SafetyPlan, type TreatmentPlan } from '../../model/plan.js';
import { IdSchema, LongTextSchema } from '../../model/primitives.js';
import { applied, defineCommand, rejected, type ApplyResult, type CommandContext } from '../define.js';
import { taken } from './util.js';

const opt = z.optional;

const emptySteps = (): SafetyPlan['steps'] => ({
  warningSigns: [],
  copingStrategies: [],
  distractions: [],
  helpers: [],
  professionals: [],
  safeEnvironment: [],
  reasonsForLiving: [],
});

const noPlan = () => rejected({ code: 'no-safety-plan', params: {} });

/** Applies `fn` to the safety plan's steps and stamps `updatedAt`; a string is the problem in words. */
function withSteps(
  plan: TreatmentPlan,
  ctx: CommandContext,
  fn: (steps: SafetyPlan['steps']) => SafetyPlan['steps'] | string,
): ApplyResult {
  const sp = plan.safetyPlan;
  if (!sp) return noPlan();
  const steps = fn(sp.steps);
  if (typeof steps === 'string') return rejected(steps);
  return applied({ ...plan, safetyPlan: { ...sp, steps, updatedAt: ctx.now } });
}

const noLine = (step: string, lineId: string) => `The safety plan step "${step}" has no line with id "${lineId}".`;

/**
 * The safety plan (structure after Stanley & Brown 2012): one per plan, seven steps, each a list
 * of free-text lines the clinician and client write together.
 */
export const safetyCommands = [
  /** Adds an empty safety plan (refused when the plan has one). */
  defineCommand('safety/add-plan', z.looseObject({}), (plan, _c, ctx) =>
    plan.safetyPlan
      ? rejected({ code: 'safety-plan-exists', params: {} })
      : applied({ ...plan, safetyPlan: { createdAt: ctx.now, updatedAt: ctx.now, steps: emptySteps() } }),
  ),

  /** Adds a line to one step (empty unless `text` is given). */
  defineCommand(
    'safety/add-line',
    z.object({ step: SafetyPlanStepSchema, id: opt(IdSchema), text: opt(LongTextSchema) }),
    (plan, c, ctx) => {
      const id = c.id ?? ctx.newId();
      const all = plan.safetyPlan ? Object.values(plan.safetyPlan.steps).flat() : [];
      if (all.some((l) => l.id === id)) return taken('safety-plan-line', id);
      return withSteps(plan, ctx, (steps) => ({ ...steps, [c.step]: [...steps[c.step], { id, text: c.text ?? '' }] }));
    },
  ),

  /** Replaces the text of one line (sent on every keystroke). */
  defineCommand(
    'safety/update-line',
    z.object({ step: SafetyPlanStepSchema, lineId: IdSchema, text: LongTextSchema }),
    (plan, c, ctx) =>
      withSteps(plan, ctx, (steps) =>
        steps[c.step].some((l) => l.id === c.lineId)
          ? { ...steps, [c.step]: steps[c.step].map((l) => (l.id === c.lineId ? { ...l, text: c.text } : l)) }
          : noLine(c.step, c.lineId),
      ),
  ),

  defineCommand('safety/remove-line', z.object({ step: SafetyPlanStepSchema, lineId: IdSchema }), (plan, c, ctx) =>
    withSteps(plan, ctx, (steps) =>
      steps[c.step].some((l) => l.id === c.lineId)
        ? { ...steps, [c.step]: steps[c.step].filter((l) => l.id !== c.lineId) }
        : noLine(c.step, c.lineId),
    ),
  ),
] as const;
