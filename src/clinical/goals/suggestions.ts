import type { Administration, ConcernArea, Problem, TreatmentPlan } from '../../model/plan.js';
import { allObjectives } from '../../model/tree.js';
import { instrumentDisplayName, latestByInstrument } from './instruments.js';
import type { GoalLibrary, LibraryInsert, LibraryObjective, LibraryProblem } from './library-schema.js';

/** Prefix of every dismissal key written for goal suggestions (modality suggestions use their own). */
export const GOAL_SUGGESTION_PREFIX = 'goals:';

/** Why a suggestion is offered, as data, so each widget words it in its own locale. */
export type GoalSuggestionReason =
  | {
      source: 'instrument';
      instrumentId: string;
      administrationId: string;
      total: number;
      band?: string;
      bandLabel?: string;
      positive?: boolean;
    }
  | { source: 'intake'; areas: ConcernArea[] };

export interface GoalSuggestion {
  /** Stable key; a dismissal with this key hides the suggestion for good. */
  key: string;
  kind: 'objective' | 'problem' | 'phases';
  reason: GoalSuggestionReason;
  /** "PHQ-9 = 14 (Moderate)" — the reason in plain English. */
  reasonText: string;
  /** "objective: PHQ-9 below 5" — what clicking it adds, in plain English. */
  proposalText: string;
  /** Payload for the `library/insert` command; nothing is added until the user clicks. */
  insert: LibraryInsert;
}

interface InstrumentRule {
  instrumentId: string;
  areas: ConcernArea[];
  /** Whether this administration calls for an objective. */
  applies: (a: Administration) => boolean;
  /** Target and its words ("below 5"). */
  target: (a: Administration) => { target: number; words: string };
}

const positiveOr = (a: Administration, fallback: boolean) => a.score.positive ?? fallback;
const fiveOrMore = (a: Administration) => a.score.total >= 5;
/** The target just under a threshold, and its words ("below 5"). */
const below = (n: number) => ({ target: n - 1, words: `below ${n}` });

/**
 * One rule per instrument. Thresholds come from CLINICAL.md: PHQ-9 remission < 5; GAD-7 minimal
 * range < 5; PCL-5 provisional PTSD from 31; AUDIT-C positive ≥ 4 (men) / ≥ 3 (women), so the
 * target sits below the screen threshold for the recorded sex (the lower one when not recorded).
 */
export const INSTRUMENT_RULES: readonly InstrumentRule[] = [
  { instrumentId: 'phq9', areas: ['depression'], applies: fiveOrMore, target: () => below(5) },
  { instrumentId: 'gad7', areas: ['generalized-anxiety'], applies: fiveOrMore, target: () => below(5) },
  {
    instrumentId: 'pcl5',
    areas: ['ptsd', 'complex-trauma'],
    applies: (a) => positiveOr(a, a.score.total >= 31),
    target: () => below(31),
  },
  {
    instrumentId: 'auditc',
    areas: ['substance-use'],
    applies: (a) => positiveOr(a, false),
    target: (a) => below(a.context?.sex === 'male' ? 4 : 3),
  },
];

/** Screens whose positive result suggests the problem for an area rather than an objective. */
const SCREEN_AREAS: Readonly<Record<string, ConcernArea>> = { phq2: 'depression', gad2: 'generalized-anxiety' };

function problemFor(plan: TreatmentPlan, areas: readonly ConcernArea[]): Problem | undefined {
  return plan.problems.find((p) => p.areas.some((a) => areas.includes(a)));
}

/** The library problem that best fits an area: one made for that area alone, else any that lists it. */
export function libraryProblemFor(library: GoalLibrary, area: ConcernArea): LibraryProblem | undefined {
  return (
    library.problems.find((p) => p.areas.length === 1 && p.areas[0] === area) ??
    library.problems.find((p) => p.areas.includes(area))
  );
}

function scoreWords(a: Administration): string {
  const name = instrumentDisplayName(a.instrumentId);
  const label = a.score.bandLabel ?? (a.score.positive ? 'positive screen' : undefined);
  return label ? `${name} = ${a.score.total} (${label})` : `${name} = ${a.score.total}`;
}

function instrumentReason(a: Administration): GoalSuggestionReason {
  return {
    source: 'instrument',
    instrumentId: a.instrumentId,
    administrationId: a.id,
    total: a.score.total,
    ...(a.score.band ? { band: a.score.band } : {}),
    ...(a.score.bandLabel ? { bandLabel: a.score.bandLabel } : {}),
    ...(a.score.positive !== undefined ? { positive: a.score.positive } : {}),
  };
}

/**
 * Goal suggestions from the assessment, each with its reason. Pure: computing them changes
 * nothing; the user clicks one to send its `insert` as a `library/insert` command, or dismisses
 * it with a reason (`goal-suggestion/dismiss`). Already-covered and dismissed ones are left out.
 */
export function suggestGoals(plan: TreatmentPlan, library: GoalLibrary): GoalSuggestion[] {
  const out: GoalSuggestion[] = [];
  const dismissed = new Set(plan.dismissals.map((d) => d.key));
  const latest = latestByInstrument(plan);
  const boundInstruments = new Set(allObjectives(plan).map((o) => o.measure.instrumentId));
  /** Adds a suggestion unless it was dismissed or is already offered. */
  const offer = (
    what: string,
    kind: GoalSuggestion['kind'],
    reason: GoalSuggestionReason,
    reasonText: string,
    proposalText: string,
    insert: LibraryInsert,
  ) => {
    const key = GOAL_SUGGESTION_PREFIX + what;
    if (!dismissed.has(key) && !out.some((s) => s.key === key))
      out.push({ key, kind, reason, reasonText, proposalText, insert });
  };

  // 1. Instrument scores → an instrument-bound objective.
  for (const rule of INSTRUMENT_RULES) {
    const id = rule.instrumentId;
    const a = latest.get(id);
    if (!a || !rule.applies(a) || boundInstruments.has(id)) continue;
    const name = instrumentDisplayName(id);
    const { target, words } = rule.target(a);
    const objective: LibraryObjective = {
      id: `${id}-target`,
      clinicalText: `${name} ${words}`,
      measure: { kind: 'instrument', label: `${name} total`, instrumentId: id, target, direction: 'decrease' },
      dueInDays: 120,
    };
    const existing = problemFor(plan, rule.areas);
    const libProblem = libraryProblemFor(library, rule.areas[0]!);
    const goal = {
      id: 'goal',
      clinicalText: libProblem?.goals[0]?.clinicalText ?? `Reduce symptoms measured by the ${name}.`,
      objectives: [objective],
    };
    offer(`instrument:${id}`, 'objective', instrumentReason(a), scoreWords(a), `objective: ${name} ${words}`,
      existing?.goals[0]
        ? { as: 'objective', goalId: existing.goals[0].id, objective }
        : existing
          ? { as: 'goal', problemId: existing.id, goal }
          : {
              as: 'problem',
              problem: {
                id: libProblem?.id ?? id,
                areas: libProblem?.areas.slice() ?? rule.areas.slice(0, 1),
                title: libProblem?.title ?? `Symptoms measured by the ${name}`,
                evidencedBy: [`${scoreWords(a)} on ${a.date.slice(0, 10)}`],
                goals: [goal],
              },
            },
    );
  }

  // 2. Areas of concern (intake, positive screens) → a library problem. Area → reason and its words.
  const areaReasons = new Map<ConcernArea, [GoalSuggestionReason, string]>();
  for (const area of plan.assessment.intake.concerns.areas)
    areaReasons.set(area, [{ source: 'intake', areas: [area] }, `Intake: ${area} marked as a concern`]);
  for (const [screen, area] of Object.entries(SCREEN_AREAS)) {
    const a = latest.get(screen);
    if (a?.score.positive && !areaReasons.has(area)) areaReasons.set(area, [instrumentReason(a), scoreWords(a)]);
  }

  const coOccurring = (p: { areas: readonly ConcernArea[] }) => p.areas.includes('depression') && p.areas.includes('substance-use');
  const combined =
    areaReasons.has('depression') && areaReasons.has('substance-use') ? library.problems.find(coOccurring) : undefined;
  if (combined && !plan.problems.some(coOccurring)) {
    offer(`problem:${combined.id}`, 'problem', { source: 'intake', areas: ['depression', 'substance-use'] },
      'Depression and substance use both present: one integrated plan', `problem: ${combined.title}`,
      { as: 'problem', problem: combined });
  }

  for (const [area, [reason, text]] of areaReasons) {
    if (combined && (area === 'depression' || area === 'substance-use')) continue;
    const lp = libraryProblemFor(library, area);
    if (!lp || problemFor(plan, [area])) continue;
    // An instrument suggestion above already proposes a problem for this area.
    if (out.some((s) => s.insert.as === 'problem' && s.insert.problem.areas.includes(area))) continue;
    offer(`problem:${lp.id}`, 'problem', reason, text, `problem: ${lp.title}`, { as: 'problem', problem: lp });
  }

  // 3. Complex trauma already in the plan but no phases yet → the phased structure.
  const ctLib = libraryProblemFor(library, 'complex-trauma');
  if (problemFor(plan, ['complex-trauma']) && !plan.phases.length && ctLib?.phases?.length) {
    offer(`phases:${ctLib.id}`, 'phases', { source: 'intake', areas: ['complex-trauma'] },
      'Complex trauma: an optional phased structure; trauma-focused therapy need not wait for stabilization (VA/DoD 2023, NICE NG116)',
      `phases: ${ctLib.phases.map((p) => p.title).join(' → ')}`, { as: 'phases', phases: ctLib.phases });
  }
  return out;
}
