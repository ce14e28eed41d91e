import type { ConcernArea, Measure } from '../../model/plan.js';
import type { GoalLibrary, LibraryGoal, LibraryObjective, LibraryProblem } from './library-schema.js';

/**
 * The kit's own goal library without its words: problem, goal and objective ids, the concern
 * areas, phases, measures (kind, instrument, target, direction) and due dates. The words
 * (titles, clinical and client wording, measure labels, GAS levels), written for
 * tailored-plan-kit, are per locale in src/content/goals/ and load with `<goal-editor>`. It
 * deliberately copies no published planner text.
 */
export interface LibraryObjectiveStructure {
  id: string;
  measure: { kind: Measure['kind']; instrumentId?: string; target?: number; direction?: 'decrease' | 'increase' };
  dueInDays?: number;
}
export interface LibraryGoalStructure {
  id: string;
  phase?: string;
  objectives: readonly LibraryObjectiveStructure[];
}
export interface LibraryProblemStructure {
  id: string;
  areas: readonly ConcernArea[];
  /** Phase ids, in order (a phased approach, e.g. complex trauma). */
  phases?: readonly string[];
  goals: readonly LibraryGoalStructure[];
}
export interface LibraryStructure {
  id: string;
  version?: string;
  problems: readonly LibraryProblemStructure[];
}

/** One objective's words. */
export interface LibraryObjectiveWords {
  clinicalText: string;
  clientWords?: string;
  /** The measure's label and unit. */
  label: string;
  unit?: string;
  /** Goal Attainment Scaling levels −2 … +2. */
  gasLevels?: readonly [string, string, string, string, string];
}
/** One problem's words, its goals' and objectives' by id. */
export interface LibraryProblemWords {
  title: string;
  summary?: string;
  evidencedBy: readonly string[];
  phases?: Readonly<Record<string, { title: string; description?: string }>>;
  goals: Readonly<Record<string, { clinicalText: string; clientWords?: string; objectives: Readonly<Record<string, LibraryObjectiveWords>> }>>;
}
/** The library's words in one language. */
export interface LibraryWords {
  title: string;
  problems: Readonly<Record<string, LibraryProblemWords>>;
}

export const GOAL_LIBRARY_STRUCTURE: LibraryStructure = {
  id: 'tpk-goals',
  version: '1',
  problems: [
    {
      id: 'depression',
      areas: ['depression'],
      goals: [
        {
          id: 'mood-lift',
          objectives: [
            {
              id: 'phq9-remission',
              measure: { kind: 'instrument', instrumentId: 'phq9', target: 4, direction: 'decrease' },
              dueInDays: 120,
            },
            {
              id: 'valued-activities',
              measure: { kind: 'count', target: 4, direction: 'increase' },
              dueInDays: 56,
            },
          ],
        },
        {
          id: 'daily-rhythm',
          objectives: [
            { id: 'wake-time', measure: { kind: 'count', target: 5, direction: 'increase' }, dueInDays: 42 },
            { id: 'walks', measure: { kind: 'count', target: 3, direction: 'increase' }, dueInDays: 42 },
          ],
        },
      ],
    },
    {
      id: 'generalized-anxiety',
      areas: ['generalized-anxiety'],
      goals: [
        {
          id: 'worry-less',
          objectives: [
            {
              id: 'gad7-minimal',
              measure: { kind: 'instrument', instrumentId: 'gad7', target: 4, direction: 'decrease' },
              dueInDays: 120,
            },
            {
              id: 'worry-minutes',
              measure: { kind: 'count', target: 30, direction: 'decrease' },
              dueInDays: 56,
            },
          ],
        },
        {
          id: 'tolerate-uncertainty',
          objectives: [
            {
              id: 'reassurance',
              measure: { kind: 'count', target: 2, direction: 'decrease' },
              dueInDays: 56,
            },
          ],
        },
      ],
    },
    {
      id: 'panic',
      areas: ['panic'],
      goals: [
        {
          id: 'fewer-attacks',
          objectives: [
            {
              id: 'attacks-per-week',
              measure: { kind: 'count', target: 1, direction: 'decrease' },
              dueInDays: 84,
            },
            {
              id: 'sensation-practice',
              measure: { kind: 'count', target: 4, direction: 'increase' },
              dueInDays: 42,
            },
          ],
        },
        {
          id: 'reclaim-places',
          objectives: [
            {
              id: 'avoided-situations',
              measure: { kind: 'count', target: 3, direction: 'increase' },
              dueInDays: 84,
            },
          ],
        },
      ],
    },
    {
      id: 'specific-phobia',
      areas: ['specific-phobia'],
      goals: [
        {
          id: 'face-fear',
          objectives: [
            {
              id: 'ladder-steps',
              measure: { kind: 'count', target: 8, direction: 'increase' },
              dueInDays: 70,
            },
            { id: 'peak-fear', measure: { kind: 'rating', target: 3, direction: 'decrease' }, dueInDays: 70 },
          ],
        },
      ],
    },
    {
      id: 'ptsd',
      areas: ['ptsd'],
      goals: [
        {
          id: 'less-intrusion',
          objectives: [
            {
              id: 'pcl5-below',
              measure: { kind: 'instrument', instrumentId: 'pcl5', target: 30, direction: 'decrease' },
              dueInDays: 120,
            },
            { id: 'nightmares', measure: { kind: 'count', target: 1, direction: 'decrease' }, dueInDays: 84 },
          ],
        },
      ],
    },
    {
      id: 'complex-trauma',
      areas: ['complex-trauma'],
      // Guidelines (VA/DoD 2023, NICE NG116) do not require stabilization before trauma-focused therapy:
      // the safety phase is support the client may need, not a gate in front of treatment.
      phases: ['safety', 'processing', 'integration'],
      goals: [
        {
          id: 'stabilize',
          phase: 'safety',
          objectives: [
            {
              id: 'grounding-use',
              measure: { kind: 'count', target: 5, direction: 'increase' },
              dueInDays: 56,
            },
            {
              id: 'crisis-days',
              measure: { kind: 'count', target: 1, direction: 'decrease' },
              dueInDays: 90,
            },
          ],
        },
        {
          id: 'process',
          phase: 'processing',
          objectives: [
            {
              id: 'memory-distress',
              measure: { kind: 'rating', target: 3, direction: 'decrease' },
              dueInDays: 180,
            },
          ],
        },
        {
          id: 'integrate',
          phase: 'integration',
          objectives: [
            {
              id: 'connection',
              measure: { kind: 'count', target: 2, direction: 'increase' },
              dueInDays: 270,
            },
          ],
        },
      ],
    },
    {
      id: 'substance-use',
      areas: ['substance-use'],
      goals: [
        {
          id: 'reduce-use',
          objectives: [
            {
              id: 'drinking-days',
              measure: { kind: 'count', target: 2, direction: 'decrease' },
              dueInDays: 84,
            },
            {
              id: 'auditc-below',
              measure: { kind: 'instrument', instrumentId: 'auditc', target: 2, direction: 'decrease' },
              dueInDays: 120,
            },
          ],
        },
        {
          id: 'handle-triggers',
          objectives: [
            {
              id: 'cravings-managed',
              measure: { kind: 'count', target: 4, direction: 'increase' },
              dueInDays: 56,
            },
          ],
        },
      ],
    },
    {
      id: 'co-occurring',
      areas: ['substance-use', 'depression'],
      goals: [
        {
          id: 'integrated',
          objectives: [
            {
              id: 'phq9-drop',
              measure: { kind: 'instrument', instrumentId: 'phq9', target: 9, direction: 'decrease' },
              dueInDays: 90,
            },
            {
              id: 'use-to-cope',
              measure: { kind: 'count', target: 1, direction: 'decrease' },
              dueInDays: 84,
            },
          ],
        },
      ],
    },
    {
      id: 'neurodivergence',
      areas: ['neurodivergence'],
      goals: [
        {
          id: 'fit-therapy',
          objectives: [
            {
              id: 'written-summaries',
              measure: { kind: 'rating', target: 8, direction: 'increase' },
              dueInDays: 42,
            },
          ],
        },
        {
          id: 'sensory-plan',
          objectives: [{ id: 'shutdowns', measure: { kind: 'count', target: 1, direction: 'decrease' }, dueInDays: 84 }],
        },
      ],
    },
  ],
};

const objectiveWithWords = (o: LibraryObjectiveStructure, w: LibraryObjectiveWords | undefined): LibraryObjective => ({
  id: o.id,
  clinicalText: w?.clinicalText ?? o.id,
  ...(w?.clientWords ? { clientWords: w.clientWords } : {}),
  measure: {
    kind: o.measure.kind,
    label: w?.label ?? o.id,
    ...(w?.unit ? { unit: w.unit } : {}),
    ...(o.measure.instrumentId ? { instrumentId: o.measure.instrumentId } : {}),
    ...(o.measure.target !== undefined ? { target: o.measure.target } : {}),
    ...(o.measure.direction ? { direction: o.measure.direction } : {}),
  },
  ...(o.dueInDays !== undefined ? { dueInDays: o.dueInDays } : {}),
  ...(w?.gasLevels ? { gasLevels: [...w.gasLevels] as [string, string, string, string, string] } : {}),
});

function problemWithWords(p: LibraryProblemStructure, w: LibraryProblemWords | undefined): LibraryProblem {
  const goals = p.goals.map((g): LibraryGoal => {
    const gw = w?.goals[g.id];
    return {
      id: g.id,
      clinicalText: gw?.clinicalText ?? g.id,
      ...(gw?.clientWords ? { clientWords: gw.clientWords } : {}),
      ...(g.phase ? { phase: g.phase } : {}),
      objectives: g.objectives.map((o) => objectiveWithWords(o, gw?.objectives[o.id])),
    };
  });
  return {
    id: p.id,
    areas: [...p.areas],
    title: w?.title ?? p.id,
    ...(w?.summary ? { summary: w.summary } : {}),
    evidencedBy: [...(w?.evidencedBy ?? [])],
    ...(p.phases
      ? { phases: p.phases.map((id) => ({ id, title: w?.phases?.[id]?.title ?? id, ...(w?.phases?.[id]?.description ? { description: w.phases[id].description } : {}) })) }
      : {}),
    goals,
  };
}

/** The library in one language. Words missing for an id leave the id in their place (the completeness test prevents it). */
export function libraryWithWords(words: LibraryWords, structure: LibraryStructure = GOAL_LIBRARY_STRUCTURE): GoalLibrary {
  return {
    id: structure.id,
    title: words.title,
    ...(structure.version ? { version: structure.version } : {}),
    problems: structure.problems.map((p) => problemWithWords(p, words.problems[p.id])),
  };
}
