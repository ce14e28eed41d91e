import type { TreatmentPlan } from '../model/plan.js';

/**
 * Three-way merge of two edits of one plan against the version both started from (pure, no DOM).
 *
 * - Lists whose entries carry an `id` (problems, goals, objectives, approaches, homework, phases,
 *   supports, timeline entries, administrations, …) merge per entry: entries added on either side
 *   are kept, an entry deleted on one side and untouched on the other is deleted, and an entry
 *   deleted on one side but edited on the other is kept with the edit (typed text is never dropped
 *   by a merge).
 * - Objects merge per field, recursively. Lists of plain values (concern areas, linked objective
 *   ids, …) merge as sets: additions and removals of both sides apply.
 * - Only a field (or a list without ids) changed differently on both sides is a conflict: the
 *   merged value is `mine`, and the conflict lists both values so someone can choose.
 */

/** One step from the plan root: a property name, or the entry with this id in a list. */
export type PathStep = string | { id: string };

export interface FieldConflict {
  /** Stable key of the place (the path written out), e.g. `problems/#p1/title`. */
  id: string;
  path: PathStep[];
  /** The list holding the nearest entry (`problems`, `goals`, `objectives`, …), or `plan` at the top. */
  kind: string;
  /** Id of that entry; absent for fields of the plan itself. */
  itemId?: string;
  /** The property that differs (the last name in `path`; `plan` when the whole plan could not merge). */
  field: string;
  /** The value kept in the merged plan for now. */
  mine: unknown;
  /** The other side's value. */
  theirs: unknown;
}

export interface MergeOutcome<T> {
  merged: T;
  conflicts: FieldConflict[];
}

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
/** An entry of a list merged by id. */
type Entry = Obj & { id: string };
const hasId = (v: unknown): v is Entry => isObj(v) && typeof v.id === 'string';
/** `Array.isArray` typed as a list of unknowns (the built-in guard is looser). */
const isList = (v: unknown): v is unknown[] => Array.isArray(v);
const isEntryList = (list: unknown[]): list is Entry[] => list.every(hasId);

/** Structural equality of JSON-like values; a missing property equals `undefined`. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
  if (isObj(a) && isObj(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const k of keys) if (!sameValue(a[k], b[k])) return false;
    return true;
  }
  return false;
}

export function conflictId(path: readonly PathStep[]): string {
  return path.map((s) => (typeof s === 'string' ? s : `#${s.id}`)).join('/');
}

function conflictAt(path: PathStep[], mine: unknown, theirs: unknown): FieldConflict {
  let kind = 'plan';
  let itemId: string | undefined;
  let field = 'plan';
  for (let i = 0; i < path.length; i++) {
    const step = path[i]!;
    if (typeof step === 'string') field = step;
    else {
      itemId = step.id;
      const list = path[i - 1];
      kind = typeof list === 'string' ? list : kind;
    }
  }
  return { id: conflictId(path), path, kind, ...(itemId === undefined ? {} : { itemId }), field, mine, theirs };
}

function mergeValue(base: unknown, mine: unknown, theirs: unknown, path: PathStep[], out: FieldConflict[]): unknown {
  if (sameValue(mine, theirs)) return mine;
  if (sameValue(base, mine)) return theirs;
  if (sameValue(base, theirs)) return mine;
  if (isObj(mine) && isObj(theirs)) return mergeObject(isObj(base) ? base : {}, mine, theirs, path, out);
  if (isList(mine) && isList(theirs)) {
    const b = isList(base) ? base : [];
    if (isEntryList(b) && isEntryList(mine) && isEntryList(theirs)) return mergeById(b, mine, theirs, path, out);
    if ([...b, ...mine, ...theirs].every((x) => !isObj(x) && !Array.isArray(x))) return mergeSet(b, mine, theirs);
  }
  out.push(conflictAt(path, mine, theirs));
  return mine;
}

function mergeObject(base: Obj, mine: Obj, theirs: Obj, path: PathStep[], out: FieldConflict[]): Obj {
  const merged: Obj = {};
  for (const k of new Set([...Object.keys(mine), ...Object.keys(theirs)])) {
    const v = mergeValue(base[k], mine[k], theirs[k], [...path, k], out);
    if (v !== undefined) merged[k] = v;
  }
  return merged;
}

/** Plain values as a set: what either side added is added, what either side removed is removed. */
function mergeSet(base: unknown[], mine: unknown[], theirs: unknown[]): unknown[] {
  const removedByThem = base.filter((x) => !theirs.includes(x));
  const addedByThem = theirs.filter((x) => !base.includes(x) && !mine.includes(x));
  return [...mine.filter((x) => !removedByThem.includes(x)), ...addedByThem];
}

function mergeById(base: Entry[], mine: Entry[], theirs: Entry[], path: PathStep[], out: FieldConflict[]): Obj[] {
  const byId = (list: Entry[]) => new Map(list.map((x) => [x.id, x]));
  const [b, m, t] = [byId(base), byId(mine), byId(theirs)];
  /** The entry for `id` after the merge, or `undefined` when it is deleted. */
  const entry = (id: string): Obj | undefined => {
    const [was, mi, th] = [b.get(id), m.get(id), t.get(id)];
    if (mi && th) return mergeObject(was ?? {}, mi, th, [...path, { id }], out);
    const kept = mi ?? th;
    if (!kept) return undefined;
    // Added on one side, or deleted on the other side: a deletion wins only over an untouched entry.
    return !was || !sameValue(was, kept) ? kept : undefined;
  };
  const result: Obj[] = [];
  for (const x of mine) {
    const e = entry(x.id);
    if (e) result.push(e);
  }
  // Entries only the other side has go right after the entry they follow there.
  theirs.forEach((x, i) => {
    const { id } = x;
    if (m.has(id)) return;
    const e = entry(id);
    if (!e) return;
    const before = theirs.slice(0, i).reverse().find((p) => result.some((r) => r.id === p.id));
    const at = before ? result.findIndex((r) => r.id === before.id) + 1 : 0;
    result.splice(at, 0, e);
  });
  return result;
}

/** Merges any two JSON-like values against their common base. */
export function mergeThreeWay<T>(base: T | undefined, mine: T, theirs: T): MergeOutcome<T> {
  const conflicts: FieldConflict[] = [];
  const merged = mergeValue(base, mine, theirs, [], conflicts) as T;
  return { merged, conflicts };
}

/**
 * Merges two edits of a plan. The merged plan's revision is above both sides' and `updatedAt` is
 * the later one. The result is not validated here: the caller parses it (a merge can in rare cases
 * produce an invalid plan, e.g. one entry moved to two places).
 */
export function mergePlans(base: TreatmentPlan | undefined, mine: TreatmentPlan, theirs: TreatmentPlan): MergeOutcome<TreatmentPlan> {
  const strip = (p: TreatmentPlan | undefined) => p && { ...p, revision: 0, updatedAt: '' };
  const { merged, conflicts } = mergeThreeWay(strip(base), strip(mine)!, strip(theirs)!);
  return {
    merged: {
      ...merged,
      revision: Math.max(mine.revision, theirs.revision) + 1,
      updatedAt: mine.updatedAt > theirs.updatedAt ? mine.updatedAt : theirs.updatedAt,
    },
    conflicts,
  };
}

/** The value at `path`, or `undefined` when a step is missing. */
export function valueAt(root: unknown, path: readonly PathStep[]): unknown {
  let at: unknown = root;
  for (const step of path) {
    if (typeof step === 'string') at = isObj(at) ? at[step] : undefined;
    else at = Array.isArray(at) ? at.find((x) => hasId(x) && x.id === step.id) : undefined;
  }
  return at;
}

/**
 * A copy of `root` with `value` at `path` (only the objects on the path are copied), or `root`
 * itself when the path no longer exists (e.g. the entry was deleted since).
 */
export function withValueAt<T>(root: T, path: readonly PathStep[], value: unknown): T {
  const [step, ...rest] = path;
  if (step === undefined) return value as T;
  if (typeof step === 'string') {
    if (!isObj(root)) return root;
    const next = withValueAt(root[step], rest, value);
    if (next === root[step]) return root;
    if (next !== undefined) return { ...root, [step]: next };
    const { [step]: _removed, ...others } = root;
    return others as T;
  }
  if (!isList(root)) return root;
  const i = root.findIndex((x) => hasId(x) && x.id === step.id);
  if (i < 0) return root;
  const next = withValueAt(root[i], rest, value);
  return (next === root[i] ? root : root.map((x, j) => (j === i ? next : x))) as T;
}
