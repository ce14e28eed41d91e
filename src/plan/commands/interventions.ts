import * as z from 'zod/mini';
import { HomeworkSchema, InterventionSchema, type Homework, type Intervention, type TreatmentPlan } from '../../model/plan.js';
import { IdSchema } from '../../model/primitives.js';
import { applied, defineCommand, rejected, type ApplyResult } from '../define.js';
import { merge } from '../../model/items.js';
import type { Refusal } from '../refusals.js';
import { interventionRule } from '../rules.js';
import { editable, notFound, shapeWithout, suggestionCommands, taken } from './util.js';

const opt = z.optional;

/** Editable fields of a plan entry. A field given as `undefined` is cleared (e.g. `plannedSessions` → until next review). */
const InterventionFieldsSchema = editable(InterventionSchema, 'id', 'modalityId', 'homework', 'suggestedBy', 'createdAt');
const HomeworkFieldsSchema = z.object(shapeWithout(HomeworkSchema, 'id'));

/** The link rules of `plan/rules.ts`, as the words of a refusal. */
function check(plan: TreatmentPlan, i: Intervention, before?: Intervention): Refusal | undefined {
  return interventionRule(plan, i, before);
}

/** Replaces the approach `id` with `fn(it)`, unless `fn` or the rules say why not. */
function withIntervention(plan: TreatmentPlan, id: string, fn: (i: Intervention) => Intervention | Refusal | string): ApplyResult {
  const current = plan.interventions.find((i) => i.id === id);
  if (!current) return notFound('approach', id);
  const next = fn(current);
  if (typeof next === 'string' || 'code' in next) return rejected(next);
  const why = check(plan, next, current);
  return why ? rejected(why) : applied({ ...plan, interventions: plan.interventions.map((i) => (i.id === next.id ? next : i)) });
}

const noHomework = (id: string): Refusal => ({ code: 'not-found', params: { what: 'homework', id } });
const saysWhat: Refusal = { code: 'homework-needs-what', params: {} };

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
      const intervention: Intervention = merge(
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
        },
        (fields ?? {}) as Partial<Intervention>,
      );
      if (plan.interventions.some((i) => i.id === intervention.id)) return taken('approach', intervention.id);
      const why = check(plan, intervention);
      return why ? rejected(why) : applied({ ...plan, interventions: [...plan.interventions, intervention] });
    },
  ),

  defineCommand(
    'intervention/update',
    z.object({ interventionId: IdSchema, fields: InterventionFieldsSchema }),
    (plan, { interventionId, fields }) =>
      withIntervention(plan, interventionId, (i) => merge(i, fields as Partial<Intervention>)),
  ),

  defineCommand('intervention/remove', z.object({ interventionId: IdSchema }), (plan, { interventionId }) =>
    plan.interventions.some((i) => i.id === interventionId)
      ? applied({ ...plan, interventions: plan.interventions.filter((i) => i.id !== interventionId) })
      : notFound('approach', interventionId),
  ),

  defineCommand(
    'homework/add',
    z.object({ interventionId: IdSchema, id: opt(IdSchema), fields: HomeworkFieldsSchema }),
    (plan, { interventionId, id, fields }, ctx) =>
      withIntervention(plan, interventionId, (i) => {
        if (!fields.what.trim()) return saysWhat;
        const hw = merge({ id: id ?? ctx.newId() } as Homework, fields);
        if (i.homework.some((h) => h.id === hw.id)) return { code: 'id-taken', params: { what: 'homework', id: hw.id } };
        return { ...i, homework: [...i.homework, hw] };
      }),
  ),

  defineCommand(
    'homework/update',
    z.object({ interventionId: IdSchema, homeworkId: IdSchema, fields: editable(HomeworkSchema, 'id') }),
    (plan, { interventionId, homeworkId, fields }) =>
      withIntervention(plan, interventionId, (i) => {
        const hw = i.homework.find((h) => h.id === homeworkId);
        if (!hw) return noHomework(homeworkId);
        const next = merge(hw, fields);
        // `merge` removes a field sent as `undefined`, so the required ones are checked again.
        const checked: Partial<typeof hw> = next;
        if (!checked.what?.trim()) return saysWhat;
        if (checked.frequency === undefined) return { code: 'homework-needs-frequency', params: {} };
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
          : noHomework(homeworkId),
      ),
  ),

  /** Records that a suggested approach was dismissed, and why; it is not offered again; restoring offers it again. */
  ...suggestionCommands('intervention/dismiss-suggestion', 'intervention/restore-suggestion', (_, key) =>
    rejected({ code: 'nothing-dismissed', params: { key } }),
  ),
] as const;
