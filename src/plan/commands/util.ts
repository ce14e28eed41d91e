import * as z from 'zod/mini';
import type { TreatmentPlan } from '../../model/plan.js';
import { IdSchema, LongTextSchema } from '../../model/primitives.js';
import { applied, defineCommand, rejected, type ApplyResult, type CommandContext, type PlanEffect } from '../define.js';

/** Helpers shared by the command modules (internal). */

/** A schema's shape without the `omitted` fields (for the fields a command may set). */
export const shapeWithout = <S extends z.core.$ZodShape, O extends keyof S>(schema: z.ZodMiniObject<S>, ...omitted: O[]) =>
  Object.fromEntries(Object.entries(schema.shape).filter(([k]) => !omitted.includes(k as O))) as Omit<S, O>;

/**
 * The fields of an item a command may change, without `omitted`: each may be left out. A field the
 * model makes optional is cleared by sending `undefined`; a required one cannot be (sending it as
 * `undefined` is refused), or the change would leave an item the plan's schema rejects — and a
 * draft that no longer restores.
 */
export const editable = <S extends z.core.$ZodShape, O extends keyof S>(schema: z.ZodMiniObject<S>, ...omitted: O[]) =>
  z.object(
    Object.fromEntries(
      Object.entries(shapeWithout(schema, ...omitted)).map(([k, s]) => [k, (s as z.core.$ZodType)._zod.optin === 'optional' ? s : z.exactOptional(s as z.ZodMiniType)]),
    ),
  ) as unknown as z.ZodMiniObject<{ [K in keyof Omit<S, O>]: z.ZodMiniOptional<Omit<S, O>[K]> }>;

/** The first validation issue as `prefix.path: message`. */
export function issueText(prefix: string, error: { issues: readonly { path: PropertyKey[]; message: string }[] }): string {
  const issue = error.issues[0]!;
  return `${prefix}.${issue.path.map(String).join('.')}: ${issue.message}`;
}

export const notFound = (what: string, id: string) => rejected(`No ${what} with id "${id}" in this plan.`);
export const taken = (what: string, id: string) => rejected(`${what} id "${id}" is taken.`);

/** The fields of `o` that are defined, then its `text` fields trimmed when that leaves something, in the order named. */
export function present<T extends object, K extends keyof T>(o: T, keys: K[], text: K[] = []): Partial<Pick<T, K>> {
  const out: Partial<Pick<T, K>> = {};
  for (const k of [...keys, ...text]) {
    const v = keys.includes(k) ? o[k] : (o[k] as string | undefined)?.trim() || undefined;
    if (v !== undefined) out[k] = v as T[K];
  }
  return out;
}

/**
 * The dismiss/restore pair of a kind of suggestion: dismissing keeps why (decision support stays
 * accountable) and replaces an earlier dismissal of the same key.
 */
export const suggestionCommands = <D extends string, R extends string>(
  dismiss: D,
  noReason: string,
  restore: R,
  notDismissed: (plan: TreatmentPlan, key: string) => ApplyResult,
) =>
  [
    defineCommand(dismiss, z.object({ key: IdSchema, reason: LongTextSchema }), (plan, { key, reason }, ctx) =>
      reason.trim()
        ? applied({
            ...plan,
            dismissals: [...plan.dismissals.filter((d) => d.key !== key), { key, reason: reason.trim(), at: ctx.now }],
          })
        : rejected(noReason),
    ),
    defineCommand(restore, z.object({ key: IdSchema }), (plan, { key }) =>
      plan.dismissals.some((d) => d.key === key)
        ? applied({ ...plan, dismissals: plan.dismissals.filter((d) => d.key !== key) })
        : notDismissed(plan, key),
    ),
  ] as const;

/** A `risk-flag` effect and timeline entry for each critical finding of an administration. */
export function riskFlags(
  critical: readonly { itemId: string; value: number; message: string }[],
  administrationId: string,
  instrumentId: string,
  date: string,
  ctx: CommandContext,
) {
  const flags = critical.map(({ itemId, value, message }) => ({ administrationId, instrumentId, itemId, value, message }));
  return {
    effects: flags.map((f): PlanEffect => ({ type: 'risk-flag', ...f })),
    entries: flags.map((f) => ({ id: ctx.newId(), kind: 'risk-flag' as const, date, ...f })),
  };
}
