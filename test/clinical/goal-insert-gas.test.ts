// A library problem as it lands in a plan, whole; and the plan's GAS score from reviews in any order
// (issue 19: the mutation run found fields and orderings no test read).
import { expect } from '@open-wc/testing';
import { gasTScore, planGasScore, problemFromLibrary, type LibraryProblem } from '../../src/clinical/goals/index.js';
import { createPlan } from '../../src/model/factory.js';
import type { GasScale, Objective, TimelineEntry, TreatmentPlan } from '../../src/model/plan.js';

const NOW = '2026-11-24T10:00:00.000Z';

describe('a library problem inserted into a plan', () => {
  const lp: LibraryProblem = {
    id: 'ct',
    areas: ['complex-trauma'],
    title: 'Effects of repeated trauma',
    evidencedBy: ['Flashbacks most nights'],
    phases: [
      { id: 'safety', title: 'Safety and stabilization' },
      { id: 'processing', title: 'Processing', description: 'Working through the memories' },
    ],
    goals: [
      {
        id: 'g1',
        clinicalText: 'Steady overwhelming feelings',
        clientWords: 'Feel safe in my body',
        phase: 'processing',
        objectives: [
          {
            id: 'o1',
            clinicalText: 'Use a grounding skill when flashbacks start',
            clientWords: 'Ground myself',
            measure: { kind: 'count', label: 'times grounding helped', target: 3, direction: 'increase' },
            dueInDays: 30,
            gasLevels: ['never', 'rarely', 'sometimes', 'often', 'always'],
          },
          { id: 'o2', clinicalText: 'Name three safe people', measure: { kind: 'custom', label: 'safe people named', unit: 'people' } },
        ],
      },
      { id: 'g2', clinicalText: 'Understand the trauma response', objectives: [] },
    ],
  };

  it('gets fresh ids, the clinician as proposer, medium priority, phases matched by title and the rest appended', () => {
    const base = createPlan('p-insert', '2026-11-01T09:00:00.000Z');
    const plan: TreatmentPlan = { ...base, phases: [{ id: 'mine', title: '  SAFETY AND STABILIZATION ' }] };
    let n = 0;
    const { problem, phases } = problemFromLibrary(plan, lp, { now: NOW, newId: () => `id-${++n}` });
    expect(phases).to.deep.equal([
      { id: 'mine', title: '  SAFETY AND STABILIZATION ' },
      { id: 'id-2', title: 'Processing', description: 'Working through the memories' },
    ]);
    expect(plan.phases, 'the plan’s own list is not changed').to.have.length(1);
    expect(problem).to.deep.equal({
      id: 'id-1',
      title: 'Effects of repeated trauma',
      evidencedBy: ['Flashbacks most nights'],
      areas: ['complex-trauma'],
      libraryId: 'ct',
      createdAt: NOW,
      goals: [
        {
          id: 'id-3',
          clinicalText: 'Steady overwhelming feelings',
          clientWords: 'Feel safe in my body',
          proposedBy: 'clinician',
          priority: 'medium',
          status: 'proposed',
          createdAt: NOW,
          phaseId: 'id-2',
          objectives: [
            {
              id: 'id-4',
              clinicalText: 'Use a grounding skill when flashbacks start',
              clientWords: 'Ground myself',
              proposedBy: 'clinician',
              priority: 'medium',
              status: 'proposed',
              createdAt: NOW,
              measure: { kind: 'count', label: 'times grounding helped', target: 3, direction: 'increase' },
              dueDate: '2026-12-24',
              gas: { levels: ['never', 'rarely', 'sometimes', 'often', 'always'], importance: 2, difficulty: 2, baseline: -1 },
            },
            {
              id: 'id-5',
              clinicalText: 'Name three safe people',
              proposedBy: 'clinician',
              priority: 'medium',
              status: 'proposed',
              createdAt: NOW,
              measure: { kind: 'custom', label: 'safe people named', unit: 'people' },
            },
          ],
        },
        { id: 'id-6', clinicalText: 'Understand the trauma response', proposedBy: 'clinician', priority: 'medium', status: 'proposed', createdAt: NOW, objectives: [] },
      ],
    });
    expect(problem.areas, 'lists are copied, never shared with the library').to.not.equal(lp.areas);
    expect(problem.evidencedBy).to.not.equal(lp.evidencedBy);
  });
});

describe('GAS for a whole plan', () => {
  const scale = (importance: number, difficulty: number, baseline = -1): GasScale => ({ levels: ['a', 'b', 'c', 'd', 'e'], importance, difficulty, baseline });
  const objective = (id: string, gas?: GasScale): Objective => ({
    id,
    clinicalText: id,
    proposedBy: 'together',
    priority: 'high',
    status: 'active',
    createdAt: NOW,
    measure: { kind: 'count', label: 'x' },
    ...(gas ? { gas } : {}),
  });
  const review = (id: string, date: string, ratings: [string, number | undefined][]): TimelineEntry => ({
    id,
    kind: 'review',
    date,
    objectives: ratings.map(([objectiveId, gas]) => ({ objectiveId, ...(gas !== undefined ? { gas } : {}) })),
  });
  const planWith = (objectives: Objective[], timeline: TimelineEntry[]): TreatmentPlan => {
    const base = createPlan('p-gas', '2026-11-01T09:00:00.000Z');
    return {
      ...base,
      problems: [{ id: 'pr', title: 'P', areas: [], evidencedBy: [], createdAt: NOW, goals: [{ id: 'g', clinicalText: 'G', proposedBy: 'together', priority: 'high', status: 'active', createdAt: NOW, objectives }] }],
      timeline,
    };
  };

  it('takes the latest rating by date, whatever order the timeline holds; an objective not rated in a review keeps its last rating', () => {
    const plan = planWith(
      [objective('a', scale(2, 2)), objective('b', scale(1, 3)), objective('c')],
      [
        review('r3', '2026-12-20T10:00:00.000Z', [['a', 2], ['b', undefined]]),
        { id: 's', kind: 'session', date: '2026-12-01T10:00:00.000Z', attendance: 'attended' },
        review('r1', '2026-11-30T10:00:00.000Z', [['a', -1], ['b', 0]]),
        review('r2', '2026-12-10T10:00:00.000Z', [['a', 1]]),
      ],
    );
    const score = planGasScore(plan);
    expect([...score.latest]).to.deep.equal([
      ['a', 2],
      ['b', 0],
    ]);
    expect(score).to.include({ scaled: 2, rated: 2 });
    expect(score.current).to.be.closeTo(gasTScore([{ weight: 4, level: 2 }, { weight: 3, level: 0 }])!, 1e-9);
    expect(score.baseline).to.be.closeTo(gasTScore([{ weight: 4, level: -1 }, { weight: 3, level: -1 }])!, 1e-9);
  });

  it('a review entry without a rating rates nothing; with nothing rated there is no current score (and no key for it)', () => {
    const score = planGasScore(planWith([objective('a', scale(2, 2))], [review('r', '2026-12-01T10:00:00.000Z', [['a', undefined]])]));
    expect(score).to.include({ scaled: 1, rated: 0 });
    expect(score).to.not.have.property('current');
    expect(score.baseline).to.be.a('number');
    const none = planGasScore(planWith([objective('a')], []));
    expect(Object.keys(none).sort()).to.deep.equal(['latest', 'rated', 'scaled']);
  });
});
