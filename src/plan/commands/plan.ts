import * as z from 'zod/mini';
import { addDays, toDay } from '../../model/dates.js';
import {
  ClientRefSchema,
  PlanStatusSchema,
  type PlanVersion,
  type TreatmentPlan,
} from '../../model/plan.js';
import { LongTextSchema } from '../../model/primitives.js';
import { applied, defineCommand, refused, type CommandContext } from '../define.js';
import { planStatusRule } from '../rules.js';
import { diffContent } from '../diff.js';
import { signedSubstanceUse } from '../../model/substance-use.js';

/** Which status may follow which (the rule lives in `plan/rules.ts`; exported here for the public API). */
export { STATUS_TRANSITIONS } from '../rules.js';

/** The clinical content a version keeps. */
const CONTENT = ['problems', 'phases', 'interventions', 'supports'] as const;
const contentOf = (value: (k: (typeof CONTENT)[number]) => unknown) =>
  Object.fromEntries(CONTENT.map((k) => [k, value(k)])) as Pick<TreatmentPlan, (typeof CONTENT)[number]>;

/**
 * Snapshot of the plan's clinical content as a new version, plus the revision entry describing it.
 * With `hash` (a signature's), the version is frozen under that content hash.
 */
export function recordVersion(
  plan: TreatmentPlan,
  reason: PlanVersion['reason'],
  ctx: CommandContext,
  hash?: string,
): TreatmentPlan {
  const content = contentOf((k) => plan[k]);
  const changes = diffContent(plan.versions.at(-1) ?? contentOf(() => []), content);
  const substanceUseCare = signedSubstanceUse(plan.substanceUseCare);
  const version = plan.version + 1;
  return {
    ...plan,
    version,
    versions: [...plan.versions, { version, createdAt: ctx.now, reason, status: plan.status, ...content, ...(substanceUseCare ? { substanceUseCare } : {}), ...(hash ? { hash } : {}) }],
    timeline: [
      ...plan.timeline,
      { id: ctx.newId(), kind: 'revision', date: ctx.now, version, reason, changes },
    ],
  };
}

/**
 * The plan with its new status and the status entry saying so. A draft made active starts its
 * review clock; it was signed first (`planStatusRule`), so its signed version is the one in force.
 */
export function changeStatus(plan: TreatmentPlan, status: TreatmentPlan['status'], ctx: CommandContext, reason?: string): TreatmentPlan {
  const next: TreatmentPlan = {
    ...plan,
    status,
    timeline: [
      ...plan.timeline,
      { id: ctx.newId(), kind: 'status', date: ctx.now, from: plan.status, to: status, ...(reason ? { reason } : {}) },
    ],
  };
  if (plan.status !== 'draft' || status !== 'active') return next;
  return { ...next, review: { ...next.review, nextDue: addDays(toDay(ctx.now), next.review.intervalDays) } };
}

export const planCommands = [
  defineCommand('plan/set-client', z.object({ client: ClientRefSchema }), (plan, { client }) =>
    applied({ ...plan, client }),
  ),

  defineCommand(
    'plan/set-status',
    z.object({ status: PlanStatusSchema, reason: z.optional(LongTextSchema) }),
    (plan, { status, reason }, ctx) => {
      if (status === plan.status) return applied(plan);
      const refusal = planStatusRule(plan, status, reason);
      if (refusal) return refused(refusal);
      return applied(changeStatus(plan, status, ctx, reason));
    },
  ),

  defineCommand(
    'plan/set-review-interval',
    z.object({ intervalDays: z.int().check(z.minimum(1), z.maximum(730)) }),
    (plan, { intervalDays }) => {
      const last = [...plan.timeline].reverse().find((e) => e.kind === 'review' || (e.kind === 'status' && e.to === 'active'));
      const nextDue = last ? addDays(toDay(last.date), intervalDays) : plan.review.nextDue;
      return applied({ ...plan, review: { intervalDays, ...(nextDue ? { nextDue } : {}) } });
    },
  ),
] as const;
