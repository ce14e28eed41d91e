import type { Administration, ConcernArea, Problem, TreatmentPlan } from '../../model/plan.js';
import { allObjectives } from '../../model/tree.js';
import { instrumentDisplayName, latestByInstrument } from './instruments.js';
import { ENGLISH_SUGGESTION_CONTENT, type ScoreFact, type SuggestionContent } from './suggestion-content.js';
import type { GoalLibrary, LibraryInsert, LibraryObjective, LibraryProblem } from './library-schema.js';

export type { ScoreFact, SuggestionContent } from './suggestion-content.js';

/** Prefix of every dismissal key written for goal suggestions (modality suggestions use their own). */
export const GOAL_SUGGESTION_PREFIX = 'goals:';

/**
 * Why a suggestion is offered, as a code with its facts, so each widget words it in its own
 * locale (`src/i18n/goal-words.ts`):
 * - `instrument-score`: a score (or positive screen) calls for an objective or a problem;
 * - `intake-concern`: areas marked as a concern at intake;
 * - `co-occurring`: depression and substance use both present, one integrated problem;
 * - `phased-structure`: complex trauma in the plan and no phases yet.
 */
export type GoalSuggestionReason =
  | {
      code: 'instrument-score';
      source: 'instrument';
      instrumentId: string;
      administrationId: string;
      total: number;
      band?: string;
      bandLabel?: string;
      positive?: boolean;
    }
  | { code: 'intake-concern' | 'co-occurring' | 'phased-structure'; source: 'intake'; areas: ConcernArea[] };

export type GoalSuggestionCode = GoalSuggestionReason['code'];

export interface GoalSuggestion {
  /** Stable key; a dismissal with this key hides the suggestion for good. */
  key: string;
  kind: 'objective' | 'problem' | 'phases';
  reason: GoalSuggestionReason;
  /** Payload for the `library/insert` command; nothing is added until the user clicks. */
  insert: LibraryInsert;
}

interface InstrumentRule {
  instrumentId: string;
  areas: ConcernArea[];
  /** Whether this administration calls for an objective. */
  applies: (a: Administration) => boolean;
  /** The threshold the objective aims below (the target is one less). */
  below: (a: Administration) => number;
}

const positiveOr = (a: Administration, fallback: boolean) => a.score.positive ?? fallback;
const fiveOrMore = (a: Administration) => a.score.total >= 5;

/**
 * One rule per instrument. Thresholds come from CLINICAL.md: PHQ-9 remission < 5; GAD-7 minimal
 * range < 5; PCL-5 provisional PTSD from 31; AUDIT-C positive ≥ 4 (men) / ≥ 3 (women), so the
 * target sits below the screen threshold for the recorded sex (the lower one when not recorded).
 */
export const INSTRUMENT_RULES: readonly InstrumentRule[] = [
  { instrumentId: 'phq9', areas: ['depression'], applies: fiveOrMore, below: () => 5 },
  { instrumentId: 'gad7', areas: ['generalized-anxiety'], applies: fiveOrMore, below: () => 5 },
  {
    instrumentId: 'pcl5',
    areas: ['ptsd', 'complex-trauma'],
    applies: (a) => positiveOr(a, a.score.total >= 31),
    below: () => 31,
  },
  {
    instrumentId: 'auditc',
    areas: ['substance-use'],
    applies: (a) => positiveOr(a, false),
    below: (a) => (a.context?.sex === 'male' ? 4 : 3),
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

const scoreFact = (a: Administration): ScoreFact => ({
  instrument: instrumentDisplayName(a.instrumentId),
  instrumentId: a.instrumentId,
  total: a.score.total,
  ...(a.score.band ? { band: a.score.band } : {}),
  ...(a.score.bandLabel ? { bandLabel: a.score.bandLabel } : {}),
  ...(a.score.positive !== undefined ? { positive: a.score.positive } : {}),
  day: a.date.slice(0, 10),
});

function instrumentReason(a: Administration): GoalSuggestionReason {
  return {
    code: 'instrument-score',
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
export function suggestGoals(
  plan: TreatmentPlan,
  library: GoalLibrary,
  content: SuggestionContent = ENGLISH_SUGGESTION_CONTENT,
): GoalSuggestion[] {
  const out: GoalSuggestion[] = [];
  const dismissed = new Set(plan.dismissals.map((d) => d.key));
  const latest = latestByInstrument(plan);
  const boundInstruments = new Set(allObjectives(plan).map((o) => o.measure.instrumentId));
  /** Adds a suggestion unless it was dismissed or is already offered. */
  const offer = (
    what: string,
    kind: GoalSuggestion['kind'],
    reason: GoalSuggestionReason,
    insert: LibraryInsert,
  ) => {
    const key = GOAL_SUGGESTION_PREFIX + what;
    // Stryker disable next-line ConditionalExpression,ArrowFunction: equivalent — no key is offered twice today (instrument keys are one per rule; an area whose library problem is already offered is skipped below); the check keeps it so if that changes.
    if (!dismissed.has(key) && !out.some((s) => s.key === key)) out.push({ key, kind, reason, insert });
  };

  // 1. Instrument scores → an instrument-bound objective.
  for (const rule of INSTRUMENT_RULES) {
    const id = rule.instrumentId;
    const a = latest.get(id);
    if (!a || !rule.applies(a) || boundInstruments.has(id)) continue;
    const name = instrumentDisplayName(id);
    const below = rule.below(a);
    const objective: LibraryObjective = {
      id: `${id}-target`,
      clinicalText: content.objectiveText(name, below),
      measure: { kind: 'instrument', label: content.measureLabel(name), instrumentId: id, target: below - 1, direction: 'decrease' },
      dueInDays: 120,
    };
    const existing = problemFor(plan, rule.areas);
    const libProblem = libraryProblemFor(library, rule.areas[0]!);
    const goal = {
      id: 'goal',
      clinicalText: libProblem?.goals[0]?.clinicalText ?? content.goalText(name),
      objectives: [objective],
    };
    offer(`instrument:${id}`, 'objective', instrumentReason(a),
      existing?.goals[0]
        ? { as: 'objective', goalId: existing.goals[0].id, objective }
        : existing
          ? { as: 'goal', problemId: existing.id, goal }
          : {
              as: 'problem',
              problem: {
                id: libProblem?.id ?? id,
                areas: libProblem?.areas.slice() ?? rule.areas.slice(0, 1),
                title: libProblem?.title ?? content.problemTitle(name),
                evidencedBy: [content.evidence(scoreFact(a))],
                goals: [goal],
              },
            },
    );
  }

  // 2. Areas of concern (intake, positive screens) → a library problem.
  const areaReasons = new Map<ConcernArea, GoalSuggestionReason>();
  for (const area of plan.assessment.intake.concerns.areas) areaReasons.set(area, { code: 'intake-concern', source: 'intake', areas: [area] });
  for (const [screen, area] of Object.entries(SCREEN_AREAS)) {
    const a = latest.get(screen);
    if (a?.score.positive && !areaReasons.has(area)) areaReasons.set(area, instrumentReason(a));
  }

  const coOccurring = (p: { areas: readonly ConcernArea[] }) => p.areas.includes('depression') && p.areas.includes('substance-use');
  const combined =
    areaReasons.has('depression') && areaReasons.has('substance-use') ? library.problems.find(coOccurring) : undefined;
  if (combined && !plan.problems.some(coOccurring)) {
    offer(`problem:${combined.id}`, 'problem', { code: 'co-occurring', source: 'intake', areas: ['depression', 'substance-use'] }, {
      as: 'problem',
      problem: combined,
    });
  }

  for (const [area, reason] of areaReasons) {
    if (combined && (area === 'depression' || area === 'substance-use')) continue;
    const lp = libraryProblemFor(library, area);
    if (!lp || problemFor(plan, [area])) continue;
    // An instrument suggestion above already proposes a problem for this area.
    if (out.some((s) => s.insert.as === 'problem' && s.insert.problem.areas.includes(area))) continue;
    offer(`problem:${lp.id}`, 'problem', reason, { as: 'problem', problem: lp });
  }

  // 3. Complex trauma already in the plan but no phases yet → the phased structure.
  const ctLib = libraryProblemFor(library, 'complex-trauma');
  if (problemFor(plan, ['complex-trauma']) && !plan.phases.length && ctLib?.phases?.length) {
    offer(`phases:${ctLib.id}`, 'phases', { code: 'phased-structure', source: 'intake', areas: ['complex-trauma'] }, {
      as: 'phases',
      phases: ctLib.phases,
    });
  }
  return out;
}
