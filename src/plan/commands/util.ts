import * as z from 'zod/mini';
import type { RiskFlagEntry, TimelineEntry, TreatmentPlan } from '../../model/plan.js';
import { IdSchema, LongTextSchema } from '../../model/primitives.js';
import { applied, defineCommand, rejected, type ApplyResult, type CommandContext, type PlanEffect } from '../define.js';
import type { ThingKind } from '../refusals.js';

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
export function editable<S extends z.core.$ZodShape, O extends keyof S>(schema: z.ZodMiniObject<S>, ...omitted: O[]) {
  const fields = Object.entries<z.core.$ZodType>(shapeWithout(schema, ...omitted)).map(([k, s]) => [k, s instanceof z.ZodMiniOptional ? s : z.exactOptional(s)]);
  // Each field of the shape, now one that may be left out (typed as what the entries above build).
  return z.object(Object.fromEntries(fields) as { [K in keyof Omit<S, O>]: z.ZodMiniOptional<Omit<S, O>[K]> });
}

/** The first validation issue as `prefix.path: message`. */
export function issueText(prefix: string, error: { issues: readonly { path: PropertyKey[]; message: string }[] }): string {
  const issue = error.issues[0]!;
  return `${prefix}.${issue.path.map(String).join('.')}: ${issue.message}`;
}

export const notFound = (what: ThingKind, id: string) => rejected({ code: 'not-found', params: { what, id } });
export const taken = (what: ThingKind, id: string) => rejected({ code: 'id-taken', params: { what, id } });

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
        : rejected({ code: 'dismissal-needs-reason', params: {} }),
    ),
    defineCommand(restore, z.object({ key: IdSchema }), (plan, { key }) =>
      plan.dismissals.some((d) => d.key === key)
        ? applied({ ...plan, dismissals: plan.dismissals.filter((d) => d.key !== key) })
        : notDismissed(plan, key),
    ),
  ] as const;

type Finding = { itemId: string; value: number; message: string };
type Flag = { administrationId: string; instrumentId: string; itemId: string; value: number; message: string };

const flagEffect = (entry: RiskFlagEntry): PlanEffect => ({
  type: 'risk-flag',
  entryId: entry.id,
  administrationId: entry.administrationId,
  instrumentId: entry.instrumentId,
  itemId: entry.itemId,
  value: entry.value,
  message: entry.message,
  recorded: entry.recorded !== false,
});

const isFlag = (e: TimelineEntry, administrationId: string, itemId?: string): e is RiskFlagEntry =>
  e.kind === 'risk-flag' && e.administrationId === administrationId && (itemId === undefined || e.itemId === itemId);

/**
 * The risk flags of one administration being recorded (`recorded: true`). A flag already raised
 * for the same administration and item while it was being answered is linked (marked recorded,
 * its value raised if higher) and not raised again; a new finding adds an entry and an effect.
 * `draftId` is the id the answers carried while unsaved, when it differs from `administrationId`.
 */
export function riskFlags(
  plan: TreatmentPlan,
  critical: readonly Finding[],
  administrationId: string,
  instrumentId: string,
  date: string,
  ctx: CommandContext,
  draftId: string = administrationId,
): { timeline: TimelineEntry[]; effects: PlanEffect[] } {
  const effects: PlanEffect[] = [];
  const timeline = plan.timeline.map((e) =>
    isFlag(e, draftId) && e.recorded === false
      ? {
          ...e,
          administrationId,
          recorded: true,
          value: Math.max(e.value, critical.find((f) => f.itemId === e.itemId)?.value ?? e.value),
        }
      : e,
  );
  for (const f of critical) {
    if (timeline.some((e) => isFlag(e, administrationId, f.itemId))) continue;
    const flag: Flag = { administrationId, instrumentId, itemId: f.itemId, value: f.value, message: f.message };
    const entry: RiskFlagEntry = { id: ctx.newId(), kind: 'risk-flag', date, ...flag, recorded: true };
    timeline.push(entry);
    effects.push(flagEffect(entry));
  }
  return { timeline, effects };
}

/**
 * Keeps the risk flags of answers being given (not yet saved) in step with the answers. Once per
 * administration and item: a positive answer adds an unacknowledged `recorded: false` entry and an
 * effect; a later, higher answer raises the entry's value without a second effect (the clinician
 * is already told; the entry shows the worst answer given); an answer changed back below the
 * threshold marks the entry `withdrawnAt` but never removes it; answering positive again clears that.
 */
export function draftRiskFlags(
  plan: TreatmentPlan,
  critical: readonly Finding[],
  criticalItems: readonly string[],
  administrationId: string,
  instrumentId: string,
  ctx: CommandContext,
): { timeline: TimelineEntry[]; effects: PlanEffect[] } {
  const effects: PlanEffect[] = [];
  const timeline = plan.timeline.map((e) => {
    if (!isFlag(e, administrationId) || e.recorded !== false || !criticalItems.includes(e.itemId)) return e;
    const now = critical.find((f) => f.itemId === e.itemId);
    if (!now) return e.withdrawnAt ? e : { ...e, withdrawnAt: ctx.now };
    if (now.value <= e.value && !e.withdrawnAt) return e;
    const { withdrawnAt: _, ...rest } = e;
    return { ...rest, value: Math.max(e.value, now.value) };
  });
  for (const f of critical) {
    if (timeline.some((e) => isFlag(e, administrationId, f.itemId))) continue;
    const entry: RiskFlagEntry = {
      id: ctx.newId(),
      kind: 'risk-flag',
      date: ctx.now,
      administrationId,
      instrumentId,
      itemId: f.itemId,
      value: f.value,
      message: f.message,
      recorded: false,
    };
    timeline.push(entry);
    effects.push(flagEffect(entry));
  }
  return { timeline, effects };
}

/** Unacknowledged risk flags in `next` that `previous` did not have (e.g. brought in by an import). */
export function introducedRiskFlags(previous: TreatmentPlan | undefined, next: TreatmentPlan): PlanEffect[] {
  const known = new Set(previous?.timeline.filter((e) => e.kind === 'risk-flag').map((e) => `${e.administrationId}|${e.itemId}`));
  return next.timeline
    .filter((e): e is RiskFlagEntry => e.kind === 'risk-flag' && !e.acknowledgedAt && !known.has(`${e.administrationId}|${e.itemId}`))
    .map(flagEffect);
}
