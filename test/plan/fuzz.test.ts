import { expect } from '@open-wc/testing';
import { parsePlan, type TreatmentPlan } from '../../src/model/index.js';
import { COMMANDS, applyCommand } from '../../src/plan/reducer.js';
import { fullPlan } from '../../stories/fixtures.js';

/*
 * Every command a host or widget can send, with payloads built from the command's own schema and
 * from values found in a real plan (plus hostile ones: undefined, blanks, unknown ids, out-of-range
 * numbers). The invariant: a command is either refused with a typed error, or its result is a plan
 * that parses — never a throw, never a plan the schema rejects (that plan would be saved as the
 * draft and could not be restored after a reload). Seeded, so a failure is reproducible.
 */

interface Def {
  type: string;
  def?: { type: string; shape?: Record<string, Schema>; innerType?: Schema; element?: Schema; entries?: Record<string, string>; values?: unknown[]; options?: Schema[] };
}
interface Schema {
  _zod: Def;
}

function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Every value of every key in the plan, by key name; and the ids of each list under the name a
 * command uses for them (`goals` → `goalId`, `homework` → `homeworkId`, …).
 */
function harvest(value: unknown, into = new Map<string, unknown[]>(), key = ''): Map<string, unknown[]> {
  const add = (k: string, v: unknown) => into.set(k, [...(into.get(k) ?? []), v]);
  if (key) add(key, value);
  if (Array.isArray(value)) {
    const idKey = `${key.replace(/s$/, '')}Id`;
    for (const v of value) {
      if (v && typeof v === 'object' && 'id' in v) add(idKey, v.id);
      harvest(v, into, key);
    }
  } else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) harvest(v, into, k);
  return into;
}

const HOSTILE = [undefined, '', '   ', 'nope', -1, 0, 3, 1e9, [], ['nope'], null, {}];

function fuzzer(seed: number) {
  const rnd = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  let pools = new Map<string, unknown[]>();
  let ids: string[] = [];

  function value(key: string, schema: Schema, depth: number): unknown {
    const d = schema._zod.def!;
    if (rnd() < 0.02) return pick(HOSTILE);
    if (key === 'id' || key.endsWith('Id')) {
      const known = pools.get(key) as string[] | undefined;
      return rnd() < 0.85 && known?.length ? pick(known) : rnd() < 0.8 ? pick(ids) : 'nope';
    }
    if (key.endsWith('Ids')) return [pick((pools.get(key.replace(/s$/, '')) as string[] | undefined) ?? ids)];
    const seen = pools.get(key);
    // Closed sets come from the schema; open values mostly from the plan (real wording, real dates).
    const closed = ['enum', 'literal', 'boolean', 'optional', 'nullable', 'union'].includes(d.type);
    if (!closed && seen?.length && rnd() < 0.6) return pick(seen);
    switch (d.type) {
      case 'optional':
      case 'nullable':
        return value(key, d.innerType!, depth);
      case 'object':
        return depth > 3 ? {} : object(d.shape!, depth + 1, 0.35);
      case 'array':
        return rnd() < 0.5 ? [] : [value(key, d.element!, depth)];
      case 'enum':
        return pick(Object.values(d.entries!));
      case 'literal':
        return pick(d.values!);
      case 'union':
        return value(key, pick(d.options!), depth);
      case 'boolean':
        return rnd() < 0.5;
      case 'number':
        return pick([0, 1, 2, 5, 12, 27, 50]);
      case 'string':
        return pick(['2026-12-01', '2026-12-01T10:00:00.000Z', 'Walk three times a week', 'phq9', 'cbt']);
      default:
        return pick(HOSTILE);
    }
  }

  function object(shape: Record<string, Schema>, depth: number, keep: number): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const [k, s] of Object.entries(shape)) if (rnd() < keep) out[k] = value(k, s, depth);
    return out;
  }

  /** The next command for `plan` (ids and values are read from the plan as it is now). */
  return (plan: TreatmentPlan) => {
    pools = harvest(plan);
    ids = (pools.get('id') ?? []) as string[];
    const def = pick(COMMANDS) as unknown as { type: string; schema: Schema };
    return { ...object(def.schema._zod.def!.shape ?? {}, 0, 0.9), type: def.type };
  };
}

describe('any command, any payload', () => {
  for (const seed of [1, 2, 3, 4]) {
    it(`is refused, or leaves a plan that parses (seed ${seed}, 3,000 commands)`, () => {
      let plan = fullPlan(`fuzz-${seed}`);
      const next = fuzzer(seed);
      let accepted = 0;
      let n = 0;
      const ctx = { now: '2026-12-01T10:00:00.000Z', newId: () => `new-${++n}` };
      for (let i = 0; i < 3000; i++) {
        const command = next(plan);
        let r: ReturnType<typeof applyCommand>;
        try {
          r = applyCommand(plan, command, ctx);
        } catch (e) {
          throw new Error(`${command.type} threw ${String(e)}\n${JSON.stringify(command)}`);
        }
        if (!r.ok) {
          expect(r.error.code, JSON.stringify(command)).to.be.oneOf(['invalid-command', 'command-rejected']);
          continue;
        }
        const parsed = parsePlan(r.value.plan);
        if (!parsed.ok) throw new Error(`${command.type} left an invalid plan: ${parsed.error.message}\n${JSON.stringify(command)}`);
        plan = r.value.plan;
        accepted++;
      }
      // The generator must reach the reducers, not only the schemas.
      expect(accepted).to.be.greaterThan(500);
    });
  }
});
