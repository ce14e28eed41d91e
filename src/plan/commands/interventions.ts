import * as z from 'zod/mini';
import { InterventionSchema, type Homework, type Intervention, type TreatmentPlan } from '../../model/plan.js';
import { DateSchema, IdSchema, LongTextSchema, ShortTextSchema } from '../../model/primitives.js';
import { applied, defineCommand, rejected, type ApplyResult } from '../define.js';
import { allObjectives, mergePatch } from '../tree.js';

const opt = z.optional;
const S = InterventionSchema.shape;

/** Editable fields of a plan entry. A field given as `undefined` is cleared (e.g. `plannedSessions` → until next review). */
const InterventionFieldsSchema = z.object({
  techniques: opt(S.techniques),
  objectiveIds: opt(S.objectiveIds),
  frequency: opt(S.frequency),
  frequencyNote: opt(ShortTextSchema),
  sessionMinutes: S.sessionMinutes,
  format: opt(S.format),
  delivery: opt(S.delivery),
  plannedSessions: S.plannedSessions,
  clinician: opt(ShortTextSchema),
  startDate: opt(DateSchema),
  rationale: opt(LongTextSchema),
  status: opt(S.status),
  statusReason: opt(LongTextSchema),
});

const HomeworkFieldsSchema = z.object({
  what: opt(LongTextSchema),
  frequency: opt(ShortTextSchema),
  objectiveId: opt(IdSchema),
  agreedWithClient: opt(z.boolean()),
});

const notFound = (what: string, id: string) => rejected(`No ${what} with id "${id}" in this plan.`);

/**
 * Domain rules every version of an intervention must meet; returns the reason it fails.
 * Only links that are new in this change must point at existing objectives: an objective removed
 * elsewhere in the plan must not make the approach impossible to edit.
 */
function check(plan: TreatmentPlan, i: Intervention, before?: Intervention): string | undefined {
  const objectives = new Set(allObjectives(plan).map((o) => o.id));
  const linked = i.objectiveIds.filter((id) => objectives.has(id));
  if (i.status === 'active' && linked.length === 0) {
    return 'Link this approach to at least one objective before making it active.';
  }
  const known = new Set([...(before?.objectiveIds ?? []), ...(before?.homework ?? []).map((h) => h.objectiveId)]);
  const missing = i.objectiveIds.find((id) => !objectives.has(id) && !known.has(id));
  if (missing) return `No objective with id "${missing}" in this plan.`;
  const hwMissing = i.homework.find((h) => h.objectiveId && !objectives.has(h.objectiveId) && !known.has(h.objectiveId));
  if (hwMissing) return `No objective with id "${hwMissing.objectiveId}" in this plan.`;
  if (new Set(i.techniques).size !== i.techniques.length) return 'A technique is listed twice.';
  return undefined;
}

function replaceIntervention(plan: TreatmentPlan, next: Intervention, before: Intervention): ApplyResult {
  const why = check(plan, next, before);
  if (why) return rejected(why);
  return applied({ ...plan, interventions: plan.interventions.map((i) => (i.id === next.id ? next : i)) });
}

function withIntervention(plan: TreatmentPlan, id: string, fn: (i: Intervention) => Intervention | string): ApplyResult {
  const current = plan.interventions.find((i) => i.id === id);
  if (!current) return notFound('approach', id);
  const next = fn(current);
  return typeof next === 'string' ? rejected(next) : replaceIntervention(plan, next, current);
}

export const interventionCommands = [
  /**
   * Adds an approach to the plan, from the catalog or from a suggestion (then `suggestedBy`
   * names the rule). Widgets send it only on the clinician's click — never automatically.
   */
  defineCommand(
    'intervention/add',
    z.object({
      id: opt(IdSchema),
      modalityId: IdSchema,
      suggestedBy: opt(IdSchema),
      fields: opt(InterventionFieldsSchema),
    }),
    (plan, { id, modalityId, suggestedBy, fields }, ctx) => {
      const intervention: Intervention = mergePatch(
        {
          id: id ?? ctx.newId(),
          modalityId,
          techniques: [],
          objectiveIds: [],
          frequency: 'weekly',
          format: 'individual',
          delivery: 'in-person',
          status: 'proposed',
          homework: [],
          createdAt: ctx.now,
          ...(suggestedBy ? { suggestedBy } : {}),
        } as Intervention,
        (fields ?? {}) as Partial<Intervention>,
      );
      if (plan.interventions.some((i) => i.id === intervention.id)) {
        return rejected(`Approach id "${intervention.id}" is taken.`);
      }
      const why = check(plan, intervention);
      if (why) return rejected(why);
      return applied({ ...plan, interventions: [...plan.interventions, intervention] });
    },
  ),

  defineCommand(
    'intervention/update',
    z.object({ interventionId: IdSchema, fields: InterventionFieldsSchema }),
    (plan, { interventionId, fields }) =>
      withIntervention(plan, interventionId, (i) => mergePatch(i, fields as Partial<Intervention>)),
  ),

  defineCommand('intervention/remove', z.object({ interventionId: IdSchema }), (plan, { interventionId }) => {
    if (!plan.interventions.some((i) => i.id === interventionId)) return notFound('approach', interventionId);
    return applied({ ...plan, interventions: plan.interventions.filter((i) => i.id !== interventionId) });
  }),

  defineCommand(
    'homework/add',
    z.object({
      interventionId: IdSchema,
      id: opt(IdSchema),
      fields: z.object({
        what: LongTextSchema,
        frequency: ShortTextSchema,
        objectiveId: opt(IdSchema),
        agreedWithClient: opt(z.boolean()),
      }),
    }),
    (plan, { interventionId, id, fields }, ctx) =>
      withIntervention(plan, interventionId, (i) => {
        if (!fields.what.trim()) return 'Say what the homework is.';
        const hw: Homework = mergePatch({ id: id ?? ctx.newId() } as Homework, fields as Partial<Homework>);
        if (i.homework.some((h) => h.id === hw.id)) return `Homework id "${hw.id}" is taken.`;
        return { ...i, homework: [...i.homework, hw] };
      }),
  ),

  defineCommand(
    'homework/update',
    z.object({ interventionId: IdSchema, homeworkId: IdSchema, fields: HomeworkFieldsSchema }),
    (plan, { interventionId, homeworkId, fields }) =>
      withIntervention(plan, interventionId, (i) => {
        const hw = i.homework.find((h) => h.id === homeworkId);
        if (!hw) return `No homework with id "${homeworkId}" in this approach.`;
        const next = mergePatch(hw, fields as Partial<Homework>);
        if (!next.what?.trim()) return 'Say what the homework is.';
        if (next.frequency === undefined) return 'Say how often the homework is done.';
        return { ...i, homework: i.homework.map((h) => (h.id === homeworkId ? next : h)) };
      }),
  ),

  defineCommand(
    'homework/remove',
    z.object({ interventionId: IdSchema, homeworkId: IdSchema }),
    (plan, { interventionId, homeworkId }) =>
      withIntervention(plan, interventionId, (i) =>
        i.homework.some((h) => h.id === homeworkId)
          ? { ...i, homework: i.homework.filter((h) => h.id !== homeworkId) }
          : `No homework with id "${homeworkId}" in this approach.`,
      ),
  ),

  /** Records that a suggested approach was dismissed, and why; it is not offered again. */
  defineCommand(
    'intervention/dismiss-suggestion',
    z.object({ key: IdSchema, reason: LongTextSchema }),
    (plan, { key, reason }, ctx) => {
      if (!reason.trim()) return rejected('Say why this suggestion is dismissed.');
      const dismissals = [...plan.dismissals.filter((d) => d.key !== key), { key, reason: reason.trim(), at: ctx.now }];
      return applied({ ...plan, dismissals });
    },
  ),

  /** Offers a dismissed suggestion again. */
  defineCommand('intervention/restore-suggestion', z.object({ key: IdSchema }), (plan, { key }) => {
    if (!plan.dismissals.some((d) => d.key === key)) return rejected(`Nothing dismissed under "${key}".`);
    return applied({ ...plan, dismissals: plan.dismissals.filter((d) => d.key !== key) });
  }),
] as const;
