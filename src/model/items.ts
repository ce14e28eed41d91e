import type { Goal, Objective, Phase, Problem, Support, TreatmentPlan } from './plan.js';

/**
 * Typed access to every list of the plan, addressed by the kind of item it holds (internal, not
 * part of the public API): the walk behind `tree.ts` and the commands.
 */

/** Each kind of item and what holds its list. */
interface Kinds {
  problem: { item: Problem; holder: TreatmentPlan };
  goal: { item: Goal; holder: Problem };
  objective: { item: Objective; holder: Goal };
  phase: { item: Phase; holder: TreatmentPlan };
  support: { item: Support; holder: TreatmentPlan };
}
export type ItemKind = keyof Kinds;
export type ItemOf<K extends ItemKind> = Kinds[K]['item'];
export type HolderOf<K extends ItemKind> = Kinds[K]['holder'];
/** An item `locate` found and the item (or plan) whose list holds it. */
export type Found<K extends ItemKind> = [item: ItemOf<K>, holder: HolderOf<K>];

/** How one kind's list is read and replaced. */
interface ListAccess<K extends ItemKind> {
  /** The items (or the plan) holding lists of this kind, in plan order. */
  holders: (plan: TreatmentPlan) => readonly HolderOf<K>[];
  list: (holder: HolderOf<K>) => readonly ItemOf<K>[];
  withList: (holder: HolderOf<K>, list: ItemOf<K>[]) => HolderOf<K>;
  /** Replaces the holder with `holderId` by `fn(holder)` (lists of the plan: the plan, id ignored). */
  mapHolder: (plan: TreatmentPlan, holderId: string, fn: (holder: HolderOf<K>) => HolderOf<K>) => TreatmentPlan | undefined;
}

const ofPlan = (plan: TreatmentPlan) => [plan];
const planItself = (plan: TreatmentPlan, _id: string, fn: (plan: TreatmentPlan) => TreatmentPlan) => fn(plan);

const ACCESS: { [K in ItemKind]: ListAccess<K> } = {
  problem: { holders: ofPlan, list: (p) => p.problems, withList: (p, problems) => ({ ...p, problems }), mapHolder: planItself },
  goal: {
    holders: (plan) => plan.problems,
    list: (p) => p.goals,
    withList: (p, goals) => ({ ...p, goals }),
    mapHolder: (plan, id, fn) => mapItem(plan, 'problem', id, fn),
  },
  objective: {
    holders: (plan) => plan.problems.flatMap((p) => p.goals),
    list: (g) => g.objectives,
    withList: (g, objectives) => ({ ...g, objectives }),
    mapHolder: (plan, id, fn) => mapItem(plan, 'goal', id, fn),
  },
  phase: { holders: ofPlan, list: (p) => p.phases, withList: (p, phases) => ({ ...p, phases }), mapHolder: planItself },
  support: { holders: ofPlan, list: (p) => p.supports, withList: (p, supports) => ({ ...p, supports }), mapHolder: planItself },
};

/** Every item of `kind` in plan order. */
export function items<K extends ItemKind>(plan: TreatmentPlan, kind: K): ItemOf<K>[] {
  const access: ListAccess<K> = ACCESS[kind];
  return access.holders(plan).flatMap((h) => access.list(h));
}

/** The first item of `kind` with `id`, and the item (or plan) whose list holds it. */
export function locate<K extends ItemKind>(plan: TreatmentPlan, kind: K, id: string): Found<K> | undefined {
  const access: ListAccess<K> = ACCESS[kind];
  for (const holder of access.holders(plan)) {
    const item = access.list(holder).find((x) => x.id === id);
    if (item) return [item, holder];
  }
  return undefined;
}

/** Replaces the list of `kind` held by the item `holderId` (ignored for lists of the plan) with `fn(list)`. */
export function mapList<K extends ItemKind>(
  plan: TreatmentPlan,
  kind: K,
  holderId: string,
  fn: (list: readonly ItemOf<K>[]) => ItemOf<K>[],
): TreatmentPlan | undefined {
  const access: ListAccess<K> = ACCESS[kind];
  return access.mapHolder(plan, holderId, (h) => access.withList(h, fn(access.list(h))));
}

/** Replaces an item `locate` found with `fn(item)`, in the list that holds it. */
export function mapFound<K extends ItemKind>(
  plan: TreatmentPlan,
  kind: K,
  [item, holder]: Found<K>,
  fn: (x: ItemOf<K>) => ItemOf<K>,
): TreatmentPlan {
  // A copy with one slot replaced: cheaper than map() with a callback per item on every level.
  const next = mapList(plan, kind, holder.id, (list) => {
    const out = list.slice();
    out[list.indexOf(item)] = fn(item);
    return out;
  });
  // The holder was found in this plan a moment ago, so it is there.
  return next ?? plan;
}

/** Applies `fn` to the item of `kind` with `id` (ids are unique per kind in a valid plan). */
export function mapItem<K extends ItemKind>(
  plan: TreatmentPlan,
  kind: K,
  id: string,
  fn: (x: ItemOf<K>) => ItemOf<K>,
): TreatmentPlan | undefined {
  const found = locate(plan, kind, id);
  return found && mapFound(plan, kind, found, fn);
}

/** Shallow merge; a patch value for which `drop` holds removes the field. */
export function merge<T extends object>(target: T, patch: object, drop: (v: unknown) => boolean = (v) => v === undefined): T {
  const dropped = new Set(Object.entries(patch).flatMap(([k, v]) => (drop(v) ? [k] : [])));
  const out = Object.fromEntries(Object.entries({ ...target, ...patch }).filter(([k]) => !dropped.has(k)));
  return out as T;
}
