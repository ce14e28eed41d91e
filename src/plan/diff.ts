import type { Change, ChangeField, FieldChange, Goal, Objective, PlanVersion, Problem } from '../model/plan.js';

type Content = Pick<PlanVersion, 'problems' | 'interventions' | 'phases' | 'supports'>;

/** A field's value as a change records it: a code, a number, a day or the plan's own words. */
type Value = string | number | undefined;

/** `{ field, from, to }` without the absent ends (the schema has no `undefined`). */
const fieldChange = (field: ChangeField, from?: Value, to?: Value): FieldChange => ({
  field,
  ...(from !== undefined ? { from } : {}),
  ...(to !== undefined ? { to } : {}),
});

/** Collects the fields that changed, with their values before and after. */
class FieldDiff {
  readonly fields: FieldChange[] = [];

  /** Records `field` from `a` to `b` when they differ. */
  value(field: ChangeField, a: Value, b: Value): this {
    if (a !== b) this.fields.push(fieldChange(field, a, b));
    return this;
  }

  /** Records that `field` changed, without values (texts too long to repeat, lists). */
  flag(field: ChangeField, changed: boolean): this {
    if (changed) this.fields.push({ field });
    return this;
  }
}

function diffList<T extends { id: string }>(
  before: readonly T[],
  after: readonly T[],
  subject: Change['subject'],
  name: (x: T) => string,
  edited: (a: T, b: T) => FieldChange[],
  out: Change[],
): void {
  const prev = new Map(before.map((x) => [x.id, x]));
  const next = new Set(after.map((x) => x.id));
  for (const x of after) {
    const old = prev.get(x.id);
    if (!old) out.push({ kind: 'added', subject, itemId: x.id, item: name(x) });
    else if (old !== x) {
      const fields = edited(old, x);
      if (fields.length) out.push({ kind: 'edited', subject, itemId: x.id, item: name(x), fields });
    }
  }
  for (const x of before) if (!next.has(x.id)) out.push({ kind: 'removed', subject, itemId: x.id, item: name(x) });
}

/** The measure as the plan names it: the questionnaire or what is counted, with its unit. */
export const measureName = (m: Objective['measure']): string => [m.instrumentId ?? m.label, m.unit].filter(Boolean).join(' ') || m.kind;

/** A goal's or objective's name: the clinician's text, else the client's words; empty when untitled. */
const itemName = (g: Goal | Objective): string => g.clinicalText || g.clientWords || '';

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

function collaborativeEdit(a: Goal | Objective, b: Goal | Objective): FieldChange[] {
  const d = new FieldDiff()
    .flag('wording', a.clinicalText !== b.clinicalText || a.clientWords !== b.clientWords)
    .value('status', a.status, b.status)
    .value('priority', a.priority, b.priority);
  const [agreedA, agreedB] = [a.agreement?.agreed ?? false, b.agreement?.agreed ?? false];
  if (agreedA !== agreedB) d.fields.push(fieldChange('agreement', undefined, agreedB ? 'agreed' : 'withdrawn'));
  if ('measure' in a && 'measure' in b) {
    const [ma, mb] = [a.measure, b.measure];
    d.value('target', ma.target, mb.target).value('baseline', ma.baseline, mb.baseline).value('due', a.dueDate, b.dueDate);
    if (ma.kind !== mb.kind || ma.label !== mb.label || ma.instrumentId !== mb.instrumentId || ma.unit !== mb.unit)
      d.fields.push(fieldChange('measure', measureName(ma), measureName(mb)));
    d.value('direction', ma.direction, mb.direction).flag('attainment-scale', !sameJson(a.gas, b.gas));
  }
  const phase = (x: Goal | Objective) => ('phaseId' in x ? x.phaseId : undefined);
  return d.flag('phase', phase(a) !== phase(b)).fields;
}

/**
 * What changed between two versions of a plan's clinical content, as data: problems, goals and
 * objectives added, removed or edited (which fields, from what to what), approaches and their
 * dose. The elements word it (`src/i18n/change-words.ts`).
 */
export function diffContent(before: Content, after: Content): Change[] {
  const out: Change[] = [];
  diffList(before.phases, after.phases, 'phase', (p) => p.title, (a, b) => new FieldDiff().value('title', a.title, b.title).fields, out);
  diffList(
    before.problems,
    after.problems,
    'problem',
    (p) => p.title,
    (a, b) => new FieldDiff().value('title', a.title, b.title).flag('definition', a.evidencedBy.join() !== b.evidencedBy.join()).fields,
    out,
  );
  const goals = (ps: readonly Problem[]) => ps.flatMap((p) => p.goals);
  diffList(goals(before.problems), goals(after.problems), 'goal', itemName, collaborativeEdit, out);
  const objectives = (ps: readonly Problem[]) => goals(ps).flatMap((g) => g.objectives);
  diffList(objectives(before.problems), objectives(after.problems), 'objective', itemName, collaborativeEdit, out);
  diffList(
    before.interventions,
    after.interventions,
    'intervention',
    (i) => i.modalityId,
    (a, b) =>
      new FieldDiff()
        .value('frequency', a.frequency, b.frequency)
        .value('session-minutes', a.sessionMinutes, b.sessionMinutes)
        .value('planned-sessions', a.plannedSessions, b.plannedSessions)
        .value('format', a.format, b.format)
        .value('delivery', a.delivery, b.delivery)
        .value('status', a.status, b.status)
        .flag('techniques', a.techniques.join() !== b.techniques.join())
        .flag('homework', !sameJson(a.homework, b.homework)).fields,
    out,
  );
  diffList(
    before.supports,
    after.supports,
    'support',
    (s) => s.label,
    (a, b) => new FieldDiff().value('title', a.label, b.label).flag('details', a.details !== b.details).fields,
    out,
  );
  return out;
}
