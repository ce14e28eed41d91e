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
import { locate, mapFound, mapItem, mapList, merge, type ItemKind, type ItemOf } from '../../model/items.js';
import { moveById } from '../../model/tree.js';
import { editable, notFound, suggestionCommands, taken } from './util.js';

const opt = z.optional;

const ProblemFieldsSchema = editable(ProblemSchema, 'id', 'createdAt', 'goals');
const GoalFieldsSchema = editable(GoalSchema, 'id', 'createdAt', 'objectives');
const ObjectiveFieldsSchema = editable(ObjectiveSchema, 'id', 'createdAt', 'progress');
const SupportFieldsSchema = editable(SupportSchema, 'id');
const PhaseFieldsSchema = editable(PhaseSchema, 'id');

/** Statuses that need a reason in words (kept here for the public API; the rule lives in `plan/rules.ts`). */
export { STATUSES_NEEDING_REASON } from '../rules.js';

/** Items with a status (goals and objectives) meet the status rule of `plan/rules.ts`. */
const hasStatus = (x: ItemOf<ItemKind>): x is Goal | Objective => 'status' in x;

/** The status rule of `plan/rules.ts` as a command result (items without a status pass). */
function statusRule(plan: TreatmentPlan, before: ItemOf<ItemKind> | undefined, after: ItemOf<ItemKind>): ApplyResult | undefined {
  if (!hasStatus(after)) return undefined;
  const v = itemStatusRule(plan, before && hasStatus(before) ? before : undefined, after);
  return v && refused(v);
}

/** `<kind>Id`, the field naming an item of `kind` in a command. */
type IdFields<K extends string> = Record<`${K}Id`, string>;
/** `{ <kind>Id: IdSchema }` for a command's schema. */
const idField = <K extends string>(kind: K) => ({ [`${kind}Id`]: IdSchema }) as Record<`${K}Id`, typeof IdSchema>;
/** The id a command names its item of `kind` by. */
const idOf = <K extends string>(kind: K, c: IdFields<K>): string => c[`${kind}Id` as const];

/**
 * A command schema built for a generic kind (`{ <kind>Id, … }`), declared with the payload it
 * parses: TypeScript cannot compute a zod object's output from a key that depends on a type
 * parameter. Each command below builds its schema from exactly the fields `P` names.
 */
const schemaOf = <P>(schema: z.ZodMiniType) => schema as z.ZodMiniType<P, P>;

/** A reducer over a payload its schema has already validated. */
type Reducer<P> = (plan: TreatmentPlan, c: P, ctx: CommandContext) => ApplyResult;
/** A rule a new or changed item must meet; a result refuses it. */
type Check<K extends ItemKind> = (plan: TreatmentPlan, x: ItemOf<K>) => ApplyResult | undefined;

/**
 * Changes one item found by `<kind>Id`: `change` returns its next version, which must pass
 * `check` and the status rule before it replaces the item.
 */
const edit =
  <K extends ItemKind, P extends IdFields<K>>(kind: K, change: (plan: TreatmentPlan, x: ItemOf<K>, c: P) => ItemOf<K>, check?: Check<K>): Reducer<P> =>
  (plan, c) => {
    const id = idOf(kind, c);
    const found = locate(plan, kind, id);
    if (!found) return notFound(kind, id);
    const next = change(plan, found[0], c);
    // Replaced in the list already found (no second search of the plan).
    return check?.(plan, next) ?? statusRule(plan, found[0], next) ?? applied(mapFound(plan, kind, found, () => next));
  };

/** The payload of `<kind>/update`. */
type UpdatePayload<K extends ItemKind, F> = IdFields<K> & { fields: F };

/** `edit` merging the command's `fields` into the item (a field sent as `undefined` is cleared). */
const mergeFields =
  <K extends ItemKind, F extends object>(kind: K, check?: Check<K>): Reducer<UpdatePayload<K, F>> =>
    edit(kind, (_, x, c: UpdatePayload<K, F>) => merge(x, c.fields), check);


/** Adds `x` to the list of `kind` held by `holderId` (at the end, or at `index`), unless its id is taken or `added` refuses it. */
function insert<K extends ItemKind>(
  plan: TreatmentPlan,
  kind: K,
  holderId: string,
  x: ItemOf<K>,
  index?: number,
  added?: Check<K>,
): ApplyResult | undefined {
  if (locate(plan, kind, x.id)) return taken(kind, x.id);
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
  defineCommand(
    `${kind}/agree`,
    schemaOf<IdFields<K> & { agreed: boolean; date?: string | undefined }>(
      z.object({ ...idField(kind), agreed: z.boolean(), date: opt(DateSchema) }),
    ),
    (plan, c, ctx) => {
      const id = idOf(kind, c);
      const agreement = { agreed: c.agreed, date: c.date ?? toDay(ctx.now) };
      const next = mapItem(plan, kind, id, (x) => ({ ...x, agreement }));
      return next ? applied(next) : notFound(kind, id);
    },
  );

const setStatus = <K extends 'goal' | 'objective'>(kind: K) =>
  defineCommand(
    `${kind}/set-status`,
    schemaOf<IdFields<K> & { status: Goal['status']; reason?: string | undefined }>(
      z.object({ ...idField(kind), status: GoalStatusSchema, reason: opt(LongTextSchema) }),
    ),
    // A reason left empty clears the one given before.
    edit(kind, (_, x, { status, reason }) => merge(x, { status, statusReason: reason?.trim() ? reason : undefined })),
  );

/** The payload of `<kind>/add`: the holder's id (none for lists of the plan), the fields, and where. */
type AddPayload<H extends string, F> = Partial<IdFields<H>> & { id?: string | undefined; index?: number | undefined; fields: F };

/**
 * Add, update, (`extra`,) remove and move of one kind of item. A new item gets `defaults` under
 * its given fields; `added` may adjust it and refuse it.
 */
function listCommands<K extends ItemKind, F extends object, E extends readonly unknown[], H extends ItemKind = never>(
  kind: K,
  fields: z.ZodMiniType<F, F>,
  defaults: (ctx: CommandContext) => object,
  extra: E,
  holder?: H,
  update: Reducer<UpdatePayload<K, F>> = mergeFields<K, F>(kind),
  added?: Check<K>,
) {
  const id = idField(kind);
  // Removing and moving act on the list holding the first item with that id.
  const inList =
    <P extends IdFields<K>>(fn: (list: readonly ItemOf<K>[], id: string, c: P) => ItemOf<K>[] | undefined): Reducer<P> =>
    (plan, c) => {
      const itemId = idOf(kind, c);
      const found = locate(plan, kind, itemId);
      return found ? applied(mapList(plan, kind, found[1].id, (list) => fn(list, itemId, c) ?? list.slice()) ?? plan) : notFound(kind, itemId);
    };
  const holderId = (c: AddPayload<H, F>): string => (holder ? (c as Partial<Record<string, string>>)[`${holder}Id`] ?? '' : '');
  return [
    defineCommand(
      `${kind}/add`,
      schemaOf<AddPayload<H, F>>(
        z.object({
          ...(holder ? idField(holder) : {}),
          id: opt(IdSchema),
          index: opt(z.int()),
          fields,
        }),
      ),
      (plan, c, ctx) => {
        // The fields were validated by the command's schema; the defaults give the rest of a new item.
        const item = { id: c.id ?? ctx.newId(), ...defaults(ctx), ...merge({}, c.fields) } as ItemOf<K>;
        return insert(plan, kind, holderId(c), item, c.index, added) ?? notFound(holder ?? kind, holderId(c));
      },
    ),
    defineCommand(`${kind}/update`, schemaOf<UpdatePayload<K, F>>(z.object({ ...id, fields })), update),
    ...extra,
    defineCommand(
      `${kind}/remove`,
      schemaOf<IdFields<K>>(z.object(id)),
      inList((list, itemId) => list.filter((x) => x.id !== itemId)),
    ),
    defineCommand(
      `${kind}/move`,
      schemaOf<IdFields<K> & { toIndex: number }>(z.object({ ...id, toIndex: z.int() })),
      inList<IdFields<K> & { toIndex: number }>((list, itemId, c) => moveById(list, itemId, c.toIndex)),
    ),
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

const phaseExists = (plan: TreatmentPlan, g: Goal) =>
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
    mergeFields('goal', phaseExists),
    // A new goal meets the same rules as a changed one: a known phase; on hold or discontinued needs a reason.
    (plan, g) => phaseExists(plan, g) ?? statusRule(plan, undefined, g),
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
        if (m.kind !== 'instrument' || !m.instrumentId) return rejected({ code: 'baseline-needs-instrument', params: {} });
        const { baselineAdministrationId: _id, baseline: _b, ...rest } = m;
        const measure = bindInstrumentBaseline(plan, rest);
        if (measure.baselineAdministrationId === undefined) return rejected({ code: 'no-complete-score', params: {} });
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
        if (locate(plan, 'problem', id)) return taken('problem', id);
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
  ...suggestionCommands('goal-suggestion/dismiss', 'goal-suggestion/restore', (plan) => applied(plan)),
] as const;
