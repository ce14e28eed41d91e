import * as z from 'zod/mini';
import {
  GoalSchema,
  GoalStatusSchema,
  ObjectiveSchema,
  PhaseSchema,
  ProblemSchema,
  SupportSchema,
  type Goal,
  type Objective,
  type TreatmentPlan,
} from '../../model/plan.js';
import { DateSchema, IdSchema, LongTextSchema } from '../../model/primitives.js';
import { toDay } from '../../model/dates.js';
import { bindInstrumentBaseline } from '../../clinical/goals/instruments.js';
import { goalFromLibrary, mergePhases, objectiveFromLibrary, problemFromLibrary } from '../../clinical/goals/insert.js';
import { LibraryInsertSchema } from '../../clinical/goals/library-schema.js';
import { applied, defineCommand, refused, rejected, type ApplyResult, type CommandContext } from '../define.js';
import { itemStatusRule } from '../rules.js';
import { locate, mapFound, mapItem, mapList, merge, type ItemKind } from '../list.js';
import { moveById } from '../tree.js';
import { editable, notFound, suggestionCommands, taken } from './util.js';

const opt = z.optional;

const ProblemFieldsSchema = editable(ProblemSchema, 'id', 'createdAt', 'goals');
const GoalFieldsSchema = editable(GoalSchema, 'id', 'createdAt', 'objectives');
const ObjectiveFieldsSchema = editable(ObjectiveSchema, 'id', 'createdAt', 'progress');
const SupportFieldsSchema = editable(SupportSchema, 'id');
const PhaseFieldsSchema = editable(PhaseSchema, 'id');

// Payloads are validated by each command's schema before its reducer runs.
type Payload = any;

/** Statuses that need a reason in words (kept here for the public API; the rule lives in `plan/rules.ts`). */
export { STATUSES_NEEDING_REASON } from '../rules.js';

/** The status rule of `plan/rules.ts` as a command result. */
function statusRule(plan: TreatmentPlan, before: Goal | Objective | undefined, after: Goal | Objective): ApplyResult | undefined {
  const v = itemStatusRule(plan, before, after);
  return v && refused(v);
}

/** `{ <kind>Id: IdSchema }`, the field naming an item in a command. */
const idField = <K extends string>(kind: K) => ({ [kind + 'Id']: IdSchema }) as { [P in `${K}Id`]: typeof IdSchema };

/**
 * Changes one item found by `<kind>Id`: `change` returns its next version, which must pass
 * `check` and the status rule before it replaces the item.
 */
const edit =
  (
    kind: ItemKind,
    change: (plan: TreatmentPlan, x: Payload, c: Payload) => Payload = (_, x, c) => merge(x, c.fields),
    check?: (plan: TreatmentPlan, x: Payload) => ApplyResult | undefined,
  ) =>
  (plan: TreatmentPlan, c: Payload): ApplyResult => {
    const id = c[kind + 'Id'];
    const found = locate(plan, kind, id);
    if (!found) return notFound(kind, id);
    const next = change(plan, found[0], c);
    // Replaced in the list already found (no second search of the plan).
    return check?.(plan, next) || statusRule(plan, found[0], next) || applied(mapFound(plan, kind, found, () => next));
  };

const capitalized = (kind: string) => kind[0]!.toUpperCase() + kind.slice(1);

/** Adds `x` to the list of `kind` held by `holderId` (at the end, or at `index`), unless its id is taken or `added` refuses it. */
function insert(
  plan: TreatmentPlan,
  kind: ItemKind,
  holderId: string,
  x: Payload,
  index?: number,
  added?: (plan: TreatmentPlan, x: Payload) => ApplyResult | undefined,
): ApplyResult | undefined {
  if (locate(plan, kind, x.id)) return taken(capitalized(kind), x.id);
  const no = added?.(plan, x);
  if (no) return no;
  const next = mapList(plan, kind, holderId, (list) => {
    const out = list.slice();
    out.splice(index ?? out.length, 0, x);
    return out;
  });
  return next && applied(next);
}

/** The agreement is dated; the date defaults to today. */
const agree = <K extends 'goal' | 'objective'>(kind: K) =>
  defineCommand(`${kind}/agree`, z.object({ ...idField(kind), agreed: z.boolean(), date: opt(DateSchema) }), (plan, c: Payload, ctx) => {
    const id = c[kind + 'Id'];
    const next = mapItem(plan, kind, id, (x) => ({ ...x, agreement: { agreed: c.agreed, date: c.date ?? toDay(ctx.now) } }));
    return next ? applied(next) : notFound(kind, id);
  });

const setStatus = <K extends 'goal' | 'objective'>(kind: K) =>
  defineCommand(
    `${kind}/set-status`,
    z.object({ ...idField(kind), status: GoalStatusSchema, reason: opt(LongTextSchema) }),
    edit(kind, (_, x, { status, reason }) => {
      const next = { ...x, status };
      if (reason?.trim()) next.statusReason = reason;
      else delete next.statusReason;
      return next;
    }),
  );

/**
 * Add, update, (`extra`,) remove and move of one kind of item. A new item gets `defaults` under
 * its given fields; `added` may adjust it and refuse it.
 */
function listCommands<K extends ItemKind, F extends z.ZodMiniObject, E extends readonly unknown[], H extends ItemKind = never>(
  kind: K,
  fields: F,
  defaults: (ctx: CommandContext) => object,
  extra: E,
  holder?: H,
  update = edit(kind),
  added?: (plan: TreatmentPlan, x: Payload) => ApplyResult | undefined,
) {
  const id = idField(kind);
  // Removing and moving act on the list holding the first item with that id.
  const inList =
    (fn: (list: Payload[], id: string, c: Payload) => Payload[] | undefined) =>
    (plan: TreatmentPlan, c: Payload): ApplyResult => {
      const found = locate(plan, kind, c[kind + 'Id']);
      return found
        ? applied(mapList(plan, kind, found[1].id, (list) => fn(list, c[kind + 'Id'], c)!)!)
        : notFound(kind, c[kind + 'Id']);
    };
  return [
    defineCommand(
      `${kind}/add`,
      z.object({
        ...(holder ? idField(holder) : ({} as { [Q in `${H}Id`]: typeof IdSchema })),
        id: opt(IdSchema),
        index: opt(z.int()),
        fields,
      }),
      (plan, c: Payload, ctx) =>
        insert(plan, kind, c[holder + 'Id'], { id: c.id ?? ctx.newId(), ...defaults(ctx), ...merge({}, c.fields) }, c.index, added) ??
        notFound(holder!, c[holder + 'Id']),
    ),
    defineCommand(`${kind}/update`, z.object({ ...id, fields }), update),
    ...extra,
    defineCommand(`${kind}/remove`, z.object(id), inList((list, id) => list.filter((x) => x.id !== id))),
    defineCommand(`${kind}/move`, z.object({ ...id, toIndex: z.int() }), inList((list, id, c) => moveById(list, id, c.toIndex))),
  ] as const;
}

/** What a new goal or objective starts as. */
const collaborative = (ctx: CommandContext) => ({
  clinicalText: '',
  proposedBy: 'together',
  priority: 'medium',
  status: 'proposed',
  createdAt: ctx.now,
});

const phaseExists = (plan: TreatmentPlan, g: Payload) =>
  g.phaseId && !plan.phases.some((p) => p.id === g.phaseId) ? notFound('phase', g.phaseId) : undefined;

const [phaseAdd, phaseUpdate, phaseRemove, phaseMove] = listCommands('phase', PhaseFieldsSchema, () => ({ title: '' }), []);

export const goalCommands = [
  ...listCommands('problem', ProblemFieldsSchema, (ctx) => ({ title: '', evidencedBy: [], areas: [], createdAt: ctx.now, goals: [] }), []),
  ...listCommands(
    'goal',
    GoalFieldsSchema,
    (ctx) => ({ ...collaborative(ctx), objectives: [] }),
    [setStatus('goal'), agree('goal')],
    'problem',
    edit('goal', undefined, phaseExists),
    // A new goal meets the same rules as a changed one: a known phase; on hold or discontinued needs a reason.
    (plan, g) => phaseExists(plan, g) || statusRule(plan, undefined, g as Goal),
  ),
  ...listCommands(
    'objective',
    ObjectiveFieldsSchema,
    (ctx) => ({ ...collaborative(ctx), measure: { kind: 'count', label: '' } }),
    [
      setStatus('objective'),
      agree('objective'),
      /** Re-reads an instrument-bound objective's baseline from the latest complete administration. */
      defineCommand('objective/rebaseline', z.object({ objectiveId: IdSchema }), (plan, c) => {
        const found = locate(plan, 'objective', c.objectiveId);
        if (!found) return notFound('objective', c.objectiveId);
        const m = found[0].measure;
        if (m.kind !== 'instrument' || !m.instrumentId) return rejected('Only a questionnaire-based objective takes its baseline from the scores.');
        const { baselineAdministrationId: _id, baseline: _b, ...rest } = m;
        const measure = bindInstrumentBaseline(plan, rest);
        if (measure.baselineAdministrationId === undefined) return rejected('There is no complete score of this questionnaire yet.');
        return applied(mapFound(plan, 'objective', found, (o) => ({ ...o, measure })));
      }),
    ],
    'goal',
    // Instrument baselines are (re)bound from the administrations.
    edit('objective', (plan, o, { fields }) => {
      const next = merge(o, fields);
      if (fields.measure) next.measure = bindInstrumentBaseline(plan, fields.measure, o.measure);
      return next;
    }),
    (plan, o) => {
      o.measure = bindInstrumentBaseline(plan, o.measure);
      return statusRule(plan, undefined, o);
    },
  ),
  phaseAdd,
  phaseUpdate,
  /** Removes a phase; its goals stay in the plan, no longer in a phase. */
  defineCommand('phase/remove', phaseRemove.schema, (plan, c, ctx) => {
    const removed = phaseRemove.apply(plan, c, ctx);
    return removed.ok
      ? applied({
          ...removed.value.plan,
          problems: plan.problems.map((p) =>
            p.goals.some((g) => g.phaseId === c.phaseId)
              ? { ...p, goals: p.goals.map((g) => (g.phaseId === c.phaseId ? merge(g, { phaseId: undefined }) : g)) }
              : p,
          ),
        })
      : removed;
  }),
  phaseMove,
  ...listCommands('support', SupportFieldsSchema, () => ({ kind: 'strength', label: '' }), []),

  // ------------------------------------------------------------ library and suggestions
  /**
   * Inserts library content (validated in the payload) with fresh ids: a whole problem, a goal
   * into a problem, an objective into a goal, or phases. Inserted items are `proposed`, to edit.
   */
  defineCommand('library/insert', LibraryInsertSchema, (plan, c, ctx) => {
    switch (c.as) {
      case 'problem': {
        const id = c.id ?? ctx.newId();
        if (locate(plan, 'problem', id)) return taken('Problem', id);
        const { problem, phases } = problemFromLibrary(plan, c.problem, ctx, id);
        return insert({ ...plan, phases }, 'problem', '', problem)!;
      }
      case 'goal': {
        if (!locate(plan, 'problem', c.problemId)) return notFound('problem', c.problemId);
        const { phases, ids } = mergePhases(plan.phases, c.phases, ctx);
        return insert({ ...plan, phases }, 'goal', c.problemId, goalFromLibrary(plan, c.goal, ids, ctx, c.id ?? ctx.newId()))!;
      }
      case 'objective': {
        if (!locate(plan, 'goal', c.goalId)) return notFound('goal', c.goalId);
        return insert(plan, 'objective', c.goalId, objectiveFromLibrary(plan, c.objective, ctx, c.id ?? ctx.newId()))!;
      }
      case 'phases': {
        const { phases } = mergePhases(plan.phases, c.phases, ctx);
        return phases.length === plan.phases.length ? applied(plan) : applied({ ...plan, phases });
      }
    }
  }),
  ...suggestionCommands('goal-suggestion/dismiss', 'Say why this suggestion does not fit.', 'goal-suggestion/restore', (plan) => applied(plan)),
] as const;
