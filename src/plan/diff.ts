import type { Change, Goal, Intervention, Objective, PlanVersion, Problem } from '../model/plan.js';

type Content = Pick<PlanVersion, 'problems' | 'interventions' | 'phases' | 'supports'>;

const FREQUENCY_WORDS: Record<Intervention['frequency'], string> = {
  'twice-weekly': 'twice a week',
  weekly: 'weekly',
  'every-two-weeks': 'every two weeks',
  monthly: 'monthly',
  'as-needed': 'as needed',
  other: 'other',
};

function diffList<T extends { id: string }>(
  before: readonly T[],
  after: readonly T[],
  subject: Change['subject'],
  label: (x: T) => string,
  edited: (a: T, b: T) => string | undefined,
  out: Change[],
): void {
  const prev = new Map(before.map((x) => [x.id, x]));
  const next = new Set(after.map((x) => x.id));
  for (const x of after) {
    const old = prev.get(x.id);
    if (!old) {
      out.push({ kind: 'added', subject, text: label(x) });
      continue;
    }
    // Stryker disable next-line ConditionalExpression: equivalent — an unchanged item compares equal field by field, so `edited` finds nothing to say; the identity check only saves the comparison.
    if (old === x) continue;
    const what = edited(old, x);
    if (what) out.push({ kind: 'edited', subject, text: what });
  }
  for (const x of before) if (!next.has(x.id)) out.push({ kind: 'removed', subject, text: label(x) });
}

/** A field's value as the diff shows it. */
type Shown = string | number | undefined;
const dash = (x: Shown) => (x === undefined ? '–' : String(x));

/** Adds `name a → b` (each in `words`) to `parts` when the two differ. */
const change = (parts: string[], name: string, a: Shown, b: Shown, words: (x: Shown) => string = dash) => {
  if (a !== b) parts.push(`${name} ${words(a)} → ${words(b)}`);
};
const asIs = (x: Shown) => String(x);

const measureWords = (m: Objective['measure']) =>
  [m.instrumentId ?? m.label, m.unit].filter(Boolean).join(' ') || m.kind;

const goalLabel = (g: Goal | Objective) => g.clinicalText || g.clientWords || '(untitled)';

function collaborativeEdit(a: Goal | Objective, b: Goal | Objective): string | undefined {
  const parts: string[] = [];
  if (a.clinicalText !== b.clinicalText || a.clientWords !== b.clientWords) parts.push('wording');
  change(parts, 'status', a.status, b.status, asIs);
  change(parts, 'priority', a.priority, b.priority, asIs);
  if ((a.agreement?.agreed ?? false) !== (b.agreement?.agreed ?? false))
    parts.push(b.agreement?.agreed ? 'client agreed' : 'client agreement withdrawn');
  // Stryker disable next-line LogicalOperator: equivalent — both sides come from the same list (goals with goals, objectives with objectives), so both have a measure or neither has.
  if ('measure' in a && 'measure' in b) {
    const [ma, mb] = [a.measure, b.measure];
    change(parts, 'target', ma.target, mb.target);
    change(parts, 'baseline', ma.baseline, mb.baseline);
    change(parts, 'due', a.dueDate, b.dueDate);
    if (ma.kind !== mb.kind || ma.label !== mb.label || ma.instrumentId !== mb.instrumentId || ma.unit !== mb.unit)
      parts.push(`measure ${measureWords(ma)} → ${measureWords(mb)}`);
    change(parts, 'direction', ma.direction, mb.direction);
    if (JSON.stringify(a.gas ?? null) !== JSON.stringify(b.gas ?? null)) parts.push('attainment scale');
  }
  // Stryker disable next-line ConditionalExpression: equivalent — objectives have no phaseId, so the comparison inside finds two undefined and adds nothing.
  if ('phaseId' in a || 'phaseId' in b) {
    if ((a as Goal).phaseId !== (b as Goal).phaseId) parts.push('phase');
  }
  return parts.length ? `${goalLabel(b)}: ${parts.join(', ')}` : undefined;
}

/**
 * A readable list of what changed between two versions of a plan's clinical content:
 * problems, goals and objectives added/removed/edited, approaches and their dose changed.
 */
export function diffContent(before: Content, after: Content): Change[] {
  const out: Change[] = [];
  diffList(before.phases, after.phases, 'phase', (p) => p.title, (a, b) => (a.title !== b.title ? `${a.title} → ${b.title}` : undefined), out);
  diffList(before.problems, after.problems, 'problem', (p) => p.title, (a, b) => (a.title !== b.title || a.evidencedBy.join() !== b.evidencedBy.join() ? `${b.title}: definition` : undefined), out);
  const goals = (ps: readonly Problem[]) => ps.flatMap((p) => p.goals);
  diffList(goals(before.problems), goals(after.problems), 'goal', goalLabel, collaborativeEdit, out);
  const objectives = (ps: readonly Problem[]) => goals(ps).flatMap((g) => g.objectives);
  diffList(objectives(before.problems), objectives(after.problems), 'objective', goalLabel, collaborativeEdit, out);
  diffList(
    before.interventions,
    after.interventions,
    'intervention',
    (i) => i.modalityId,
    (a, b) => {
      const parts: string[] = [];
      change(parts, 'frequency', a.frequency, b.frequency, (f) => FREQUENCY_WORDS[f as Intervention['frequency']]);
      if (a.sessionMinutes !== b.sessionMinutes) parts.push(`session length ${a.sessionMinutes ?? '–'} → ${b.sessionMinutes ?? '–'} min`);
      change(parts, 'planned sessions', a.plannedSessions, b.plannedSessions, (n) => (n === undefined ? 'until review' : String(n)));
      if (a.format !== b.format || a.delivery !== b.delivery) parts.push(`format ${a.format}/${a.delivery} → ${b.format}/${b.delivery}`);
      change(parts, 'status', a.status, b.status, asIs);
      if (a.techniques.join() !== b.techniques.join()) parts.push('techniques');
      if (JSON.stringify(a.homework) !== JSON.stringify(b.homework)) parts.push('homework');
      return parts.length ? `${b.modalityId}: ${parts.join(', ')}` : undefined;
    },
    out,
  );
  diffList(before.supports, after.supports, 'support', (s) => s.label, (a, b) => (a.label !== b.label || a.details !== b.details ? b.label : undefined), out);
  return out;
}
