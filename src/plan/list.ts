import type { TreatmentPlan } from '../model/plan.js';

/**
 * The generic walk behind tree.ts and the commands (internal, not part of the public API): any
 * list of the plan addressed by the kind of item it holds.
 */

/** Where each kind of item lives: the key of its list and the kind of the item holding that list (none: the plan). */
const AT = {
  problem: ['problems'],
  goal: ['goals', 'problem'],
  objective: ['objectives', 'goal'],
  phase: ['phases'],
  support: ['supports'],
} as const;
export type ItemKind = keyof typeof AT;

// The lists are walked generically; the typed wrappers below keep the public signatures.
type Node = any;

/** The items holding the lists of `kind`, in plan order. */
const holders = (plan: TreatmentPlan, kind: ItemKind): Node[] => {
  const up = AT[kind][1];
  return up ? items(plan, up) : [plan];
};

/** Every item of `kind` in plan order. */
export const items = (plan: TreatmentPlan, kind: ItemKind): Node[] =>
  holders(plan, kind).flatMap((h) => h[AT[kind][0]]);

/** The first item of `kind` with `id`, and the item (or plan) whose list holds it. */
export function locate(plan: TreatmentPlan, kind: ItemKind, id: string): [Node, Node] | undefined {
  // Walked in place, without building the list of holders: every command starts here.
  const [key, up] = AT[kind];
  const find = (h: Node): [Node, Node] | undefined => {
    const x = h[key].find((x: Node) => x.id === id);
    return x && [x, h];
  };
  if (!up) return find(plan);
  for (const p of plan.problems) {
    if (up === 'problem') {
      const r = find(p);
      if (r) return r;
    } else for (const g of p.goals) {
      const r = find(g);
      if (r) return r;
    }
  }
  return undefined;
}

/** Replaces the list of `kind` held by the item `holderId` (ignored for lists of the plan) with `fn(list)`. */
export function mapList(plan: TreatmentPlan, kind: ItemKind, holderId: string, fn: (list: Node[]) => Node[]): TreatmentPlan | undefined {
  const [key, up] = AT[kind];
  const f = (h: Node) => ({ ...h, [key]: fn(h[key]) });
  return up ? mapItem(plan, up, holderId, f) : f(plan);
}

/** Replaces an item `locate` found with `fn(item)`, in the list that holds it. */
export function mapFound(plan: TreatmentPlan, kind: ItemKind, found: [Node, Node], fn: (x: Node) => Node): TreatmentPlan {
  return mapList(plan, kind, found[1].id, (list) => {
    // A copy with one slot replaced: cheaper than map() with a callback per item on every level.
    const out = list.slice();
    const i = list.indexOf(found[0]);
    out[i] = fn(out[i]);
    return out;
  })!;
}

/** Applies `fn` to the item of `kind` with `id` (ids are unique per kind in a valid plan). */
export function mapItem(plan: TreatmentPlan, kind: ItemKind, id: string, fn: (x: Node) => Node): TreatmentPlan | undefined {
  const found = locate(plan, kind, id);
  return found && mapFound(plan, kind, found, fn);
}

/** Shallow merge; a patch value for which `drop` holds removes the field. */
export function merge<T extends object>(target: T, patch: object, drop: (v: unknown) => boolean = (v) => v === undefined): T {
  const out = { ...target } as Record<string, unknown>;
  for (const [k, v] of Object.entries(patch)) {
    if (drop(v)) delete out[k];
    else out[k] = v;
  }
  return out as T;
}

