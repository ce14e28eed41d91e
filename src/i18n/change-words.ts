import { msg, str } from '@lit/localize';
import type { Change, FieldChange, Goal, Intervention, Measure } from '../model/plan.js';
import { priorityWords } from './goal-words.js';
import { deliveryWords, formatWords, frequencyWords, statusWords as approachStatusWords } from './plan-words.js';
import { goalStatusWords } from './status-words.js';

/** What wording a change needs from the element that shows it. */
export interface ChangeWording {
  /** A day (`YYYY-MM-DD`) as the element shows dates. */
  formatDate(day: string): string;
  /** An approach's name from its catalog id. */
  approachName(modalityId: string): string;
}

/** The kind of item a change is about, in words. */
export const changeSubjectWords = (s: Change['subject']): string =>
  ({
    problem: msg('problem'),
    goal: msg('goal'),
    objective: msg('objective'),
    intervention: msg('approach'),
    homework: msg('homework'),
    phase: msg('phase'),
    support: msg('support'),
    status: msg('status'),
  })[s];

const isOneOf = <T extends string>(list: readonly T[], v: unknown): v is T => typeof v === 'string' && (list as readonly string[]).includes(v);

const GOAL_STATUSES: readonly Goal['status'][] = ['proposed', 'active', 'achieved', 'on-hold', 'discontinued'];
const APPROACH_STATUSES: readonly Intervention['status'][] = ['proposed', 'active', 'paused', 'completed', 'stopped'];
const PRIORITIES: readonly Goal['priority'][] = ['high', 'medium', 'low'];
const DIRECTIONS: readonly NonNullable<Measure['direction']>[] = ['decrease', 'increase'];
const FREQUENCIES: readonly Intervention['frequency'][] = ['twice-weekly', 'weekly', 'every-two-weeks', 'monthly', 'as-needed', 'other'];
const FORMATS: readonly Intervention['format'][] = ['individual', 'group', 'family', 'couple'];
const DELIVERIES: readonly Intervention['delivery'][] = ['in-person', 'telehealth', 'either'];

/** Which way the number should go (the same words as the goal editor's direction check). */
const directionWords = (d: NonNullable<Measure['direction']>): string => (d === 'decrease' ? msg('down') : msg('up'));

/** A value with no words of its own: a number, or the plan's own text; a dash when absent. */
const plain = (v: FieldChange['from']): string => (v === undefined ? '–' : String(v));

/** A code in words when it is one of `codes`, else as stored (a plan from a newer kit). */
const coded =
  <T extends string>(codes: readonly T[], words: (c: T) => string) =>
  (v: FieldChange['from']): string =>
    isOneOf(codes, v) ? words(v) : plain(v);

/** One changed field in words, e.g. "status Active → Achieved". */
export function fieldChangeWords(f: FieldChange, subject: Change['subject'], w: ChangeWording): string {
  const fromTo = (words: (v: FieldChange['from']) => string): [string, string] => [words(f.from), words(f.to)];
  switch (f.field) {
    case 'wording':
      return msg('wording');
    case 'definition':
      return msg('definition');
    case 'details':
      return msg('details');
    case 'attainment-scale':
      return msg('attainment scale');
    case 'phase':
      return msg('phase');
    case 'techniques':
      return msg('techniques');
    case 'homework':
      return msg('homework');
    case 'agreement':
      return f.to === 'agreed' ? msg('client agreed') : msg('client agreement withdrawn');
    case 'title': {
      const [a, b] = fromTo(plain);
      return msg(str`name “${a}” → “${b}”`);
    }
    case 'status': {
      const [a, b] = fromTo(subject === 'intervention' ? coded(APPROACH_STATUSES, approachStatusWords) : coded(GOAL_STATUSES, goalStatusWords));
      return msg(str`status ${a} → ${b}`);
    }
    case 'priority': {
      const [a, b] = fromTo(coded(PRIORITIES, priorityWords));
      return msg(str`priority ${a} → ${b}`);
    }
    case 'direction': {
      const [a, b] = fromTo(coded(DIRECTIONS, directionWords));
      return msg(str`direction ${a} → ${b}`);
    }
    case 'target': {
      const [a, b] = fromTo(plain);
      return msg(str`target ${a} → ${b}`);
    }
    case 'baseline': {
      const [a, b] = fromTo(plain);
      return msg(str`baseline ${a} → ${b}`);
    }
    case 'due': {
      const [a, b] = fromTo((v) => (typeof v === 'string' ? w.formatDate(v) : plain(v)));
      return msg(str`due ${a} → ${b}`);
    }
    case 'measure': {
      const [a, b] = fromTo(plain);
      return msg(str`measure ${a} → ${b}`);
    }
    case 'frequency': {
      const [a, b] = fromTo(coded(FREQUENCIES, frequencyWords));
      return msg(str`frequency ${a} → ${b}`);
    }
    case 'session-minutes': {
      const [a, b] = fromTo(plain);
      return msg(str`session length ${a} → ${b} min`);
    }
    case 'planned-sessions': {
      const [a, b] = fromTo((v) => (v === undefined ? msg('until the next review') : plain(v)));
      return msg(str`planned sessions ${a} → ${b}`);
    }
    case 'format': {
      const [a, b] = fromTo(coded(FORMATS, formatWords));
      return msg(str`format ${a} → ${b}`);
    }
    case 'delivery': {
      const [a, b] = fromTo(coded(DELIVERIES, deliveryWords));
      return msg(str`delivery ${a} → ${b}`);
    }
  }
}

/** The item a change names: an approach by its catalog name, anything untitled said so. */
const itemWords = (c: Change, w: ChangeWording): string =>
  c.subject === 'intervention' && c.item ? w.approachName(c.item) : c.item || msg('(untitled)');

/**
 * One change of a plan revision in the page's language, e.g. "Changed objective: PHQ-9 below 10:
 * status Proposed → Active, target 10 → 5". A change migrated from an English summary that
 * could not be read shows that summary as it is.
 */
export function changeLine(c: Change, w: ChangeWording): string {
  const subject = changeSubjectWords(c.subject);
  const kind = c.kind === 'added' ? msg(str`Added ${subject}`) : c.kind === 'removed' ? msg(str`Removed ${subject}`) : msg(str`Changed ${subject}`);
  if (c.legacyText !== undefined) return `${kind}: ${c.legacyText}`;
  const item = itemWords(c, w);
  const fields = c.fields?.map((f) => fieldChangeWords(f, c.subject, w)) ?? [];
  return fields.length ? `${kind}: ${item}: ${fields.join(', ')}` : `${kind}: ${item}`;
}
