import type { Change, ChangeField, FieldChange } from './plan.js';

/**
 * Reads the English change summaries that schema 2 stored in revisions (written by the diff of
 * that time) back into structured changes. Only the migration to schema 3 uses this: it is the
 * one place that knows those old sentences. A summary it cannot read keeps its text as
 * `legacyText`, shown as it is.
 */

type Value = string | number | undefined;

/** The old diff wrote an absent value as a dash. */
const valueOf = (x: string, numeric: boolean): Value => {
  if (x === '–') return undefined;
  if (numeric && x.trim() !== '' && Number.isFinite(Number(x))) return Number(x);
  return x;
};

const field = (name: ChangeField, from?: Value, to?: Value): FieldChange => ({
  field: name,
  ...(from !== undefined ? { from } : {}),
  ...(to !== undefined ? { to } : {}),
});

/** The old diff's English for each intervention frequency, read back to its code. */
const FREQUENCY_CODES: Readonly<Record<string, string>> = {
  'twice a week': 'twice-weekly',
  weekly: 'weekly',
  'every two weeks': 'every-two-weeks',
  monthly: 'monthly',
  'as needed': 'as-needed',
  other: 'other',
};

const CODE = String.raw`([a-z-]+|–)`;
const NUMBER = String.raw`(-?\d+(?:\.\d+)?|–)`;

/** One part of an old summary (`status active → achieved`) as fields, or `undefined` if it is not one. */
type PartReader = (part: string) => FieldChange[] | undefined;

const fixed =
  (words: string, ...fields: FieldChange[]): PartReader =>
  (part) =>
    part === words ? fields : undefined;

const fromTo =
  (pattern: string, name: ChangeField, read: (x: string) => Value): PartReader =>
  (part) => {
    const m = new RegExp(`^${pattern}$`, 'u').exec(part);
    return m ? [field(name, read(m[1]!), read(m[2]!))] : undefined;
  };

const code = (x: string) => valueOf(x, false);
const number = (x: string) => valueOf(x, true);

const GOAL_PARTS: readonly PartReader[] = [
  fixed('wording', field('wording')),
  fixed('client agreed', field('agreement', undefined, 'agreed')),
  fixed('client agreement withdrawn', field('agreement', undefined, 'withdrawn')),
  fixed('attainment scale', field('attainment-scale')),
  fixed('phase', field('phase')),
  fromTo(`status ${CODE} → ${CODE}`, 'status', code),
  fromTo(`priority ${CODE} → ${CODE}`, 'priority', code),
  fromTo(`direction ${CODE} → ${CODE}`, 'direction', code),
  fromTo(`target ${NUMBER} → ${NUMBER}`, 'target', number),
  fromTo(`baseline ${NUMBER} → ${NUMBER}`, 'baseline', number),
  fromTo(String.raw`due (\d{4}-\d{2}-\d{2}|–) → (\d{4}-\d{2}-\d{2}|–)`, 'due', code),
  fromTo('measure (.+?) → (.+)', 'measure', code),
];

const frequency: PartReader = (part) => {
  const m = /^frequency (.+) → (.+)$/u.exec(part);
  const [a, b] = [FREQUENCY_CODES[m?.[1] ?? ''], FREQUENCY_CODES[m?.[2] ?? '']];
  return a && b ? [field('frequency', a, b)] : undefined;
};

const format: PartReader = (part) => {
  const m = /^format ([a-z-]+)\/([a-z-]+) → ([a-z-]+)\/([a-z-]+)$/u.exec(part);
  if (!m) return undefined;
  const [fa, da, fb, db] = m.slice(1);
  const out: FieldChange[] = [];
  if (fa !== fb) out.push(field('format', fa, fb));
  if (da !== db) out.push(field('delivery', da, db));
  return out;
};

const INTERVENTION_PARTS: readonly PartReader[] = [
  frequency,
  fromTo(`session length ${NUMBER} → ${NUMBER} min`, 'session-minutes', number),
  fromTo(String.raw`planned sessions (\d+|until review) → (\d+|until review)`, 'planned-sessions', (x) => (x === 'until review' ? undefined : Number(x))),
  format,
  fromTo(`status ${CODE} → ${CODE}`, 'status', code),
  fixed('techniques', field('techniques')),
  fixed('homework', field('homework')),
];

/**
 * The parts of `text` (joined by ", " in the old summaries) as fields. A part may itself hold
 * ", " (a measure's label), so every grouping of the pieces is tried, shortest part first.
 */
function readParts(text: string, readers: readonly PartReader[]): FieldChange[] | undefined {
  const pieces = text.split(', ');
  const from = (i: number): FieldChange[] | undefined => {
    if (i === pieces.length) return [];
    for (let j = i + 1; j <= pieces.length; j++) {
      const part = pieces.slice(i, j).join(', ');
      for (const read of readers) {
        const fields = read(part);
        const rest = fields && from(j);
        if (fields && rest) return [...fields, ...rest];
      }
    }
    return undefined;
  };
  return from(0);
}

/** `name: parts` split where the rest reads as parts (a name may itself hold ": "). */
function readNamed(text: string, readers: readonly PartReader[]): { item: string; fields: FieldChange[] } | undefined {
  for (let at = text.indexOf(': '); at >= 0; at = text.indexOf(': ', at + 1)) {
    const fields = readParts(text.slice(at + 2), readers);
    if (fields?.length) return { item: text.slice(0, at), fields };
  }
  return undefined;
}

/** The old diff's name for a goal or objective without words. */
const untitled = (name: string) => (name === '(untitled)' ? '' : name);

type Subject = Change['subject'];

/** Reads one schema-2 change `{ kind, subject, text }`; what cannot be read keeps its text. */
export function readLegacyChange(kind: Change['kind'], subject: Subject, text: string): Change {
  const keep: Change = { kind, subject, item: '', legacyText: text };
  if (kind !== 'edited') return { kind, subject, item: subject === 'goal' || subject === 'objective' ? untitled(text) : text };
  switch (subject) {
    case 'phase': {
      const titles = text.split(' → ');
      return titles.length === 2 ? { kind, subject, item: titles[1]!, fields: [field('title', titles[0], titles[1])] } : keep;
    }
    case 'problem':
      return text.endsWith(': definition') ? { kind, subject, item: text.slice(0, -': definition'.length), fields: [field('definition')] } : keep;
    case 'goal':
    case 'objective': {
      const read = readNamed(text, GOAL_PARTS);
      return read ? { kind, subject, item: untitled(read.item), fields: read.fields } : keep;
    }
    case 'intervention': {
      const read = readNamed(text, INTERVENTION_PARTS);
      return read ? { kind, subject, ...read } : keep;
    }
    case 'support':
      // The old summary named the support only, not what changed in it.
      return { kind, subject, item: text, fields: [] };
    default:
      return keep;
  }
}
