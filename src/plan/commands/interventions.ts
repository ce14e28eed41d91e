import * as z from 'zod/mini';
import { HomeworkSchema, InterventionSchema, type Homework, type Intervention, type TreatmentPlan } from '../../model/plan.js';
import { IdSchema } from '../../model/primitives.js';
import { applied, defineCommand, rejected, type ApplyResult } from '../define.js';
import { merge } from '../list.js';
import { interventionRule, ruleMessage } from '../rules.js';
import { editable, notFound, shapeWithout, suggestionCommands, taken } from './util.js';

const opt = z.optional;

/** Editable fields of a plan entry. A field given as `undefined` is cleared (e.g. `plannedSessions` → until next review). */
const InterventionFieldsSchema = editable(InterventionSchema, 'id', 'modalityId', 'homework', 'suggestedBy', 'createdAt');
const HomeworkFieldsSchema = z.object(shapeWithout(HomeworkSchema, 'id'));

/** The link rules of `plan/rules.ts`, as the words of a refusal. */
function check(plan: TreatmentPlan, i: Intervention, before?: Intervention): string | undefined {
  const v = interventionRule(plan, i, before);
  return v && ruleMessage(v);
}

/** Replaces the approach `id` with `fn(it)`, unless `fn` or the rules say why not. */
function withIntervention(plan: TreatmentPlan, id: string, fn: (i: Intervention) => Intervention | string): ApplyResult {
  const current = plan.interventions.find((i) => i.id === id);
  if (!current) return notFound('approach', id);
  const next = fn(current);
  const why = typeof next === 'string' ? next : check(plan, next, current);
  return why ? rejected(why) : applied({ ...plan, interventions: plan.interventions.map((i) => (i.id === (next as Intervention).id ? (next as Intervention) : i)) });
}

const noHomework = (id: string) => `No homework with id "${id}" in this approach.`;
const saysWhat = 'Say what the homework is.';

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
        } as Intervention,
        (fields ?? {}) as Partial<Intervention>,
      );
      if (plan.interventions.some((i) => i.id === intervention.id)) return taken('Approach', intervention.id);
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
        if (i.homework.some((h) => h.id === hw.id)) return `Homework id "${hw.id}" is taken.`;
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
        if (!next.what?.trim()) return saysWhat;
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
          : noHomework(homeworkId),
      ),
  ),

  /** Records that a suggested approach was dismissed, and why; it is not offered again; restoring offers it again. */
  ...suggestionCommands('intervention/dismiss-suggestion', 'Say why this suggestion is dismissed.', 'intervention/restore-suggestion', (_, key) =>
    rejected(`Nothing dismissed under "${key}".`),
  ),
] as const;
