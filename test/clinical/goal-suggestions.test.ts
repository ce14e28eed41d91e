// Goal suggestions, whole (issue 19: the mutation run found that tests read keys and reasons but not
// what a suggestion would insert, nor the thresholds at their edges). One line per suggestion:
// `key kind → as:target`, so a failure shows the whole list.
import { expect } from '@open-wc/testing';
import {
  DEFAULT_GOAL_LIBRARY,
  libraryProblemFor,
  parseGoalLibrary,
  suggestGoals,
  type GoalLibrary,
  type GoalSuggestion,
  type LibraryProblem,
  type SuggestionContent,
} from '../../src/clinical/goals/index.js';
import { createPlan } from '../../src/model/factory.js';
import type { Administration, ConcernArea, Problem, TreatmentPlan } from '../../src/model/plan.js';
import { scoreOnly } from '../fixtures/administrations.js';

const DAY = '2026-11-20T09:00:00.000Z';

const admin = (instrumentId: string, total: number, score: Partial<Administration['score']> = {}, context?: Record<string, string>) =>
  scoreOnly(`${instrumentId}-1`, instrumentId, DAY, total, { score, ...(context ? { context } : {}) });

const problem = (id: string, areas: ConcernArea[], goals: Problem['goals'] = []): Problem => ({ id, title: id, areas, evidencedBy: [], goals, createdAt: DAY });

function plan(opts: { admins?: Administration[]; areas?: ConcernArea[]; problems?: Problem[]; dismissed?: string[] } = {}): TreatmentPlan {
  const p = createPlan('p-suggest', '2026-11-01T09:00:00.000Z');
  return {
    ...p,
    problems: opts.problems ?? [],
    dismissals: (opts.dismissed ?? []).map((key) => ({ key, reason: 'Not now', at: DAY })),
    assessment: {
      ...p.assessment,
      administrations: opts.admins ?? [],
      intake: { ...p.assessment.intake, concerns: { ...p.assessment.intake.concerns, areas: opts.areas ?? [] } },
    },
  };
}

function line(s: GoalSuggestion): string {
  const i = s.insert;
  const target =
    i.as === 'problem' ? `problem ${i.problem.id} [${i.problem.areas.join(',')}]` : i.as === 'goal' ? `goal in ${i.problemId}` : i.as === 'objective' ? `objective in ${i.goalId}` : `phases ×${i.phases.length}`;
  return `${s.key} ${s.kind} → ${target}`;
}
const lines = (p: TreatmentPlan, library?: GoalLibrary, content?: SuggestionContent) => suggestGoals(p, library, content).map(line);

const libProblem = (id: string, areas: ConcernArea[], extra: Partial<LibraryProblem> = {}): LibraryProblem => ({
  id,
  areas,
  title: `${id} title`,
  evidencedBy: [],
  goals: [{ id: `${id}-goal`, clinicalText: `${id} goal`, objectives: [] }],
  ...extra,
});
const library = (...problems: LibraryProblem[]): GoalLibrary => ({ id: 'lib', title: 'Test library', problems });
const EMPTY = library();

describe('goal suggestions: thresholds at their edges', () => {
  const cases: [string, Administration[], string[]][] = [
    ['PHQ-9 of 4: in remission, nothing', [admin('phq9', 4)], []],
    ['PHQ-9 of 5', [admin('phq9', 5)], ['goals:instrument:phq9 objective → problem depression [depression]']],
    ['GAD-7 of 4', [admin('gad7', 4)], []],
    ['GAD-7 of 5', [admin('gad7', 5)], ['goals:instrument:gad7 objective → problem generalized-anxiety [generalized-anxiety]']],
    ['PCL-5 of 30, no screen result', [admin('pcl5', 30)], []],
    ['PCL-5 of 31, no screen result', [admin('pcl5', 31)], ['goals:instrument:pcl5 objective → problem ptsd [ptsd]']],
    ['PCL-5 of 50 screened negative', [admin('pcl5', 50, { positive: false })], []],
    ['PCL-5 of 10 screened positive', [admin('pcl5', 10, { positive: true })], ['goals:instrument:pcl5 objective → problem ptsd [ptsd]']],
    ['AUDIT-C with no screen result', [admin('auditc', 8)], []],
    ['AUDIT-C positive', [admin('auditc', 5, { positive: true })], ['goals:instrument:auditc objective → problem substance-use [substance-use]']],
  ];
  for (const [name, admins, expected] of cases) {
    it(name, () => {
      expect(lines(plan({ admins }))).to.deep.equal(expected);
    });
  }

  const audit: [string, Record<string, string> | undefined, number][] = [
    ['a man: below 4', { sex: 'male' }, 3],
    ['a woman: below 3', { sex: 'female' }, 2],
    ['sex not recorded: the lower threshold', undefined, 2],
  ];
  for (const [name, context, target] of audit) {
    it(`AUDIT-C target for ${name}`, () => {
      const [s] = suggestGoals(plan({ admins: [admin('auditc', 6, { positive: true }, context)] }));
      const insert = s!.insert;
      if (insert.as !== 'problem') throw new Error(`expected a new problem, got ${insert.as}`);
      expect(insert.problem.goals[0]!.objectives[0]!.measure).to.deep.include({ instrumentId: 'auditc', target, direction: 'decrease' });
    });
  }
});

describe('goal suggestions: where an instrument objective goes', () => {
  it('into the first goal of a problem with an area of the instrument (any of its areas)', () => {
    const mood = problem('mood', ['panic', 'depression'], [{ id: 'g-mood', clinicalText: 'Feel better', status: 'active', objectives: [], createdAt: DAY } as never]);
    expect(lines(plan({ admins: [admin('phq9', 12)], problems: [mood] }))).to.deep.equal(['goals:instrument:phq9 objective → objective in g-mood']);
  });

  it('as a new goal of a problem with that area and no goals, worded from the library', () => {
    const [s] = suggestGoals(plan({ admins: [admin('phq9', 12)], problems: [problem('mood', ['depression'])] }));
    expect(line(s!)).to.equal('goals:instrument:phq9 objective → goal in mood');
    expect(s!.insert).to.deep.include({ as: 'goal', problemId: 'mood' });
    if (s!.insert.as !== 'goal') throw new Error('expected a goal');
    expect(s!.insert.goal.clinicalText).to.equal('Reduce depressive symptoms to the minimal range.');
  });

  it('as a new problem from the library, whose areas are a copy (the library is never shared into the plan)', () => {
    const lib = library(libProblem('mood-lib', ['depression', 'panic']));
    const [s] = suggestGoals(plan({ admins: [admin('phq9', 12)] }), lib);
    if (s!.insert.as !== 'problem') throw new Error('expected a problem');
    expect(s!.insert.problem).to.deep.include({ id: 'mood-lib', title: 'mood-lib title', areas: ['depression', 'panic'] });
    expect(s!.insert.problem.areas).to.not.equal(lib.problems[0]!.areas);
    expect(s!.insert.problem.goals[0]!.clinicalText).to.equal('mood-lib goal');
  });

  it('with no library problem: named after the instrument, in its first area, with the words given', () => {
    const content: SuggestionContent = {
      objectiveText: (i, below) => `${i} < ${below}`,
      measureLabel: (i) => `${i} total`,
      goalText: (i) => `Fewer symptoms on the ${i}`,
      problemTitle: (i) => `Symptoms on the ${i}`,
      evidence: (f) => JSON.stringify(f),
    };
    const [s] = suggestGoals(plan({ admins: [admin('pcl5', 44, { bandLabel: 'High', positive: true })] }), EMPTY, content);
    if (s!.insert.as !== 'problem') throw new Error('expected a problem');
    const p = s!.insert.problem;
    expect([p.id, p.areas, p.title, p.goals[0]!.clinicalText]).to.deep.equal(['pcl5', ['ptsd'], 'Symptoms on the PCL-5', 'Fewer symptoms on the PCL-5']);
    expect(JSON.parse(p.evidencedBy[0]!)).to.deep.equal({ instrument: 'PCL-5', instrumentId: 'pcl5', total: 44, bandLabel: 'High', positive: true, day: '2026-11-20' });
    const [plain] = suggestGoals(plan({ admins: [admin('phq9', 9)] }), EMPTY, content);
    if (plain!.insert.as !== 'problem') throw new Error('expected a problem');
    expect(JSON.parse(plain!.insert.problem.evidencedBy[0]!), 'no band, no screen result: neither is stated').to.deep.equal({ instrument: 'PHQ-9', instrumentId: 'phq9', total: 9, day: '2026-11-20' });
  });

  it('a library problem without goals: the goal is worded from the instrument', () => {
    const lib = library(libProblem('mood-lib', ['depression'], { goals: [] }));
    const [s] = suggestGoals(plan({ admins: [admin('phq9', 12)] }), lib);
    if (s!.insert.as !== 'problem') throw new Error('expected a problem');
    expect(s!.insert.problem.goals[0]!.clinicalText).to.equal('Reduce symptoms measured by the PHQ-9.');
  });
});

describe('goal suggestions: areas of concern', () => {
  const ct = problem('ct', ['complex-trauma']);
  const cases: [string, Parameters<typeof plan>[0], GoalLibrary | undefined, string[]][] = [
    ['depression and substance use: one integrated problem', { areas: ['depression', 'substance-use'] }, undefined, ['goals:problem:co-occurring problem → problem co-occurring [substance-use,depression]']],
    [
      'the integrated problem dismissed: not the two apart either',
      { areas: ['depression', 'substance-use'], dismissed: ['goals:problem:co-occurring'] },
      undefined,
      [],
    ],
    ['a positive PHQ-9 and depression ticked: the instrument’s problem only', { areas: ['depression'], admins: [admin('phq9', 12)] }, undefined, ['goals:instrument:phq9 objective → problem depression [depression]']],
    ['panic ticked with a panic problem in the plan: nothing', { areas: ['panic'], problems: [problem('mine', ['panic'])] }, undefined, []],
    ['panic ticked and no library problem for it: nothing', { areas: ['panic'] }, EMPTY, []],
    [
      'two areas of one library problem: offered once',
      { areas: ['panic', 'specific-phobia'] },
      library(libProblem('fear', ['panic', 'specific-phobia'])),
      ['goals:problem:fear problem → problem fear [panic,specific-phobia]'],
    ],
    ['complex trauma in the plan, no phases: the phased structure', { problems: [ct] }, undefined, ['goals:phases:complex-trauma phases → phases ×3']],
    ['… a library problem for it without phases: nothing', { problems: [ct] }, library(libProblem('ct-lib', ['complex-trauma'])), []],
    ['… no library problem for it: nothing', { problems: [ct] }, EMPTY, []],
  ];
  for (const [name, opts, lib, expected] of cases) {
    it(name, () => {
      expect(lines(plan(opts), lib)).to.deep.equal(expected);
    });
  }

  it('the library problem for an area: one made for it alone, else the first that lists it', () => {
    const both = libProblem('both', ['substance-use', 'depression']);
    const lib = library(both, libProblem('mood', ['depression']));
    expect(libraryProblemFor(lib, 'depression')?.id).to.equal('mood');
    expect(libraryProblemFor(lib, 'substance-use')?.id).to.equal('both');
    expect(libraryProblemFor(lib, 'panic')).to.equal(undefined);
    expect(libraryProblemFor(DEFAULT_GOAL_LIBRARY, 'substance-use')?.id).to.equal('substance-use');
  });
});

describe('goal suggestions: the built-in English words', () => {
  const evidence: [string, Administration, string][] = [
    ['a band', admin('phq9', 14, { bandLabel: 'Moderate', positive: true }), 'PHQ-9 = 14 (Moderate) on 2026-11-20'],
    ['a positive screen without a band', admin('auditc', 5, { positive: true }), 'AUDIT-C = 5 (positive screen) on 2026-11-20'],
    ['neither', admin('gad7', 9), 'GAD-7 = 9 on 2026-11-20'],
  ];
  for (const [name, a, expected] of evidence) {
    it(`a new problem’s title, goal, measure and evidence (${name})`, () => {
      const [s] = suggestGoals(plan({ admins: [a] }), EMPTY);
      if (s!.insert.as !== 'problem') throw new Error('expected a problem');
      const p = s!.insert.problem;
      const name = a.instrumentId === 'phq9' ? 'PHQ-9' : a.instrumentId === 'gad7' ? 'GAD-7' : 'AUDIT-C';
      expect([p.title, p.goals[0]!.clinicalText, p.goals[0]!.objectives[0]!.measure.label, p.evidencedBy]).to.deep.equal([
        `Symptoms measured by the ${name}`,
        `Reduce symptoms measured by the ${name}.`,
        `${name} total`,
        [expected],
      ]);
    });
  }
});

describe('goal library checks', () => {
  const good = libProblem('good', ['panic'], {
    phases: [{ id: 'ph', title: 'Phase' }],
    goals: [
      { id: 'g1', clinicalText: 'One', phase: 'ph', objectives: [] },
      { id: 'g2', clinicalText: 'Two', objectives: [{ id: 'o1', clinicalText: 'x', measure: { kind: 'count', label: 'x' } }] },
    ],
  });
  const cases: [string, LibraryProblem, string | undefined][] = [
    ['a goal in a phase the problem defines', good, undefined],
    ['one goal naming a phase the problem does not define', { ...good, goals: [good.goals[0]!, { ...good.goals[1]!, phase: 'nope' }] }, 'A goal names a phase that the problem does not define in `phases`.'],
    ['a goal naming a phase with no phases at all', { ...good, phases: undefined, goals: [good.goals[1]!, { ...good.goals[0]!, id: 'g3' }] }, 'A goal names a phase'],
    ['two goals with one id', { ...good, goals: [good.goals[0]!, { ...good.goals[1]!, id: 'g1' }] }, 'Goal ids, and objective ids within a goal, must be unique.'],
    [
      'one goal whose objectives repeat an id',
      { ...good, goals: [good.goals[0]!, { ...good.goals[1]!, objectives: [good.goals[1]!.objectives[0]!, good.goals[1]!.objectives[0]!] }] },
      'Goal ids, and objective ids within a goal, must be unique.',
    ],
  ];
  for (const [name, p, problem] of cases) {
    it(`${name}: ${problem ? 'refused' : 'accepted'}`, () => {
      const r = parseGoalLibrary(library(p));
      if (problem === undefined) return void expect(r.ok, r.ok ? '' : r.error.message).to.equal(true);
      expect(r.ok).to.equal(false);
      if (r.ok) return;
      expect(r.error.code).to.equal('invalid-definition');
      expect(r.error.message).to.match(/^The goal library is not valid: /).and.contain(problem);
    });
  }
});
