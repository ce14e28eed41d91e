import { expect } from '@open-wc/testing';
import { commandContext } from '../helpers/commands.js';
import { errorOf, okValue } from '../helpers/result.js';
import {
  DEFAULT_GOAL_LIBRARY,
  bindInstrumentBaseline,
  gasTScore,
  gasWeight,
  instrumentDisplayName,
  instrumentProgress,
  isMeasurable,
  measurabilityChecklist,
  parseGoalLibrary,
  planGasScore,
  suggestGoals,
  type ChecklistId,
  type SuggestionContent,
} from '../../src/clinical/goals/index.js';
import { suggestionProposalWords, suggestionReasonWords, type GoalWording } from '../../src/i18n/goal-words.js';
import { createPlan } from '../../src/model/factory.js';
import type { Administration, Objective, TreatmentPlan } from '../../src/model/plan.js';
import type { CommandContext } from '../../src/plan/define.js';
import { applyCommand, type PlanCommand } from '../../src/plan/reducer.js';
import { allObjectives } from '../../src/plan/tree.js';
import { scoreOnly } from '../fixtures/administrations.js';

const NOW = '2026-11-24T10:00:00.000Z';
const WORDING: GoalWording = { formatDate: (d) => d ?? '', instrumentName: instrumentDisplayName };

const ctx = (now = NOW): CommandContext => commandContext(now);

function run(plan: TreatmentPlan, ...commands: PlanCommand[]): TreatmentPlan {
  let p = plan;
  let n = 0;
  for (const c of commands) {
    const r = applyCommand(p, c, { now: NOW, newId: () => `n${p.revision}-${++n}` });
    if (!r.ok) throw new Error(`${c.type}: ${r.error.message}`);
    p = r.value.plan;
  }
  return p;
}

const admin = (id: string, instrumentId: string, date: string, total: number, score: Partial<Administration['score']> = {}, context?: Record<string, string>) =>
  scoreOnly(id, instrumentId, date, total, { score, ...(context ? { context } : {}) });

function withAdmins(plan: TreatmentPlan, ...admins: Administration[]): TreatmentPlan {
  return { ...plan, assessment: { ...plan.assessment, administrations: [...plan.assessment.administrations, ...admins] } };
}

function objective(partial: Omit<Partial<Objective>, 'measure'> & { measure?: Partial<Objective['measure']> } = {}): Objective {
  const { measure, ...rest } = partial;
  return {
    id: 'o1',
    clinicalText: 'Reduce panic attacks',
    proposedBy: 'together',
    priority: 'high',
    status: 'proposed',
    createdAt: NOW,
    dueDate: '2027-02-01',
    ...rest,
    measure: { kind: 'count', label: 'panic attacks', unit: 'per week', baseline: 7, target: 1, direction: 'decrease', ...measure },
  };
}

describe('measurability checklist', () => {
  const failing = (o: Objective, input = {}) =>
    measurabilityChecklist(o, input)
      .filter((i) => i.required && !i.ok)
      .map((i) => i.id);

  const cases: [string, Objective, ChecklistId[]][] = [
    ['panic attacks from 7/week to 1/week by a date', objective(), []],
    ['no measure label', objective({ measure: { label: '  ' } }), ['what']],
    ['no target', objective({ measure: { target: undefined } }), ['target']],
    ['no baseline', objective({ measure: { baseline: undefined } }), ['baseline']],
    ['no direction', objective({ measure: { direction: undefined } }), ['direction']],
    ['no due date', objective({ dueDate: undefined }), ['due-date']],
    ['due date before it was set', objective({ dueDate: '2026-11-01' }), ['due-after-start']],
    ['decrease to a higher target', objective({ measure: { baseline: 2, target: 5 } }), ['direction-consistent']],
    ['increase to a lower target', objective({ measure: { direction: 'increase' } }), ['direction-consistent']],
    ['target equal to baseline', objective({ measure: { baseline: 3, target: 3 } }), ['direction-consistent']],
    ['nothing filled in', objective({ dueDate: undefined, measure: { label: '', baseline: undefined, target: undefined, direction: undefined } }), ['what', 'baseline', 'target', 'direction', 'due-date']],
  ];
  for (const [name, o, expected] of cases) {
    it(`${name} → ${expected.join(', ') || 'measurable'}`, () => {
      expect(failing(o)).to.deep.equal(expected);
    });
  }

  it('advises a unit for counts without blocking', () => {
    const items = measurabilityChecklist(objective({ measure: { unit: undefined } }));
    const unit = items.find((i) => i.id === 'unit')!;
    expect(unit.ok).to.equal(false);
    expect(unit.required).to.equal(false);
    expect(isMeasurable(undefined, objective({ measure: { unit: undefined } }))).to.equal(true);
  });

  it('instrument objectives need an instrument, take the baseline given, and a target in range', () => {
    const o = objective({ measure: { kind: 'instrument', label: 'PHQ-9 total', instrumentId: undefined, baseline: undefined, target: 4, unit: undefined } });
    expect(failing(o)).to.deep.equal(['instrument', 'baseline']);
    const bound = objective({ measure: { kind: 'instrument', label: 'PHQ-9 total', instrumentId: 'phq9', baseline: undefined, target: 40, unit: undefined } });
    expect(failing(bound, { baseline: 14, max: 27 })).to.deep.equal(['target-in-range', 'direction-consistent']);
    expect(failing({ ...bound, measure: { ...bound.measure, target: 4 } }, { baseline: 14, max: 27 })).to.deep.equal([]);
  });

  it('every line has plain words', () => {
    for (const i of measurabilityChecklist(objective({ measure: { target: undefined } }))) expect(i.text).to.match(/\w{3}/);
  });
});

describe('instrument-bound objectives', () => {
  const base = withAdmins(
    createPlan('p', '2026-10-01T00:00:00.000Z'),
    admin('a1', 'phq9', '2026-10-01T09:00:00.000Z', 18, { band: 'moderately-severe', bandLabel: 'Moderately severe' }),
    admin('a2', 'phq9', '2026-11-20T09:00:00.000Z', 14, { band: 'moderate', bandLabel: 'Moderate' }),
    admin('partial', 'phq9', '2026-11-22T09:00:00.000Z', 3, { complete: false }),
    admin('g1', 'gad7', '2026-11-21T09:00:00.000Z', 9, { max: 21 }),
  );

  it('takes the baseline from the latest complete administration of that instrument', () => {
    const m = bindInstrumentBaseline(base, { kind: 'instrument', label: '', instrumentId: 'phq9', target: 4, direction: 'decrease' });
    expect(m).to.deep.include({ baseline: 14, baselineAdministrationId: 'a2', label: 'PHQ-9' });
  });

  it('objective/add binds the baseline; changing the instrument rebinds it', () => {
    let plan = run(
      base,
      { type: 'problem/add', id: 'p1', fields: { title: 'Low mood' } },
      { type: 'goal/add', problemId: 'p1', id: 'g', fields: { clinicalText: 'Feel like myself' } },
      { type: 'objective/add', goalId: 'g', id: 'o', fields: { clinicalText: 'PHQ-9 below 5', measure: { kind: 'instrument', label: 'PHQ-9 total', instrumentId: 'phq9', target: 4, direction: 'decrease' }, dueDate: '2027-03-01' } },
    );
    expect(allObjectives(plan)[0]!.measure).to.deep.include({ baseline: 14, baselineAdministrationId: 'a2' });
    plan = run(plan, { type: 'objective/update', objectiveId: 'o', fields: { measure: { ...allObjectives(plan)[0]!.measure, instrumentId: 'gad7' } } });
    expect(allObjectives(plan)[0]!.measure).to.deep.include({ baseline: 9, baselineAdministrationId: 'g1' });
  });

  it('is judged from later administrations only', () => {
    let plan = run(
      base,
      { type: 'problem/add', id: 'p1', fields: { title: 'Low mood' } },
      { type: 'goal/add', problemId: 'p1', id: 'g', fields: {} },
      { type: 'objective/add', goalId: 'g', id: 'o', fields: { measure: { kind: 'instrument', label: 'PHQ-9', instrumentId: 'phq9', target: 4, direction: 'decrease' } } },
    );
    let o = allObjectives(plan)[0]!;
    let progress = instrumentProgress(plan, o)!;
    expect(progress.baseline?.value).to.equal(14);
    expect(progress.later).to.deep.equal([]);
    expect(progress.targetMet).to.equal(undefined);
    plan = withAdmins(plan, admin('a3', 'phq9', '2026-12-20T09:00:00.000Z', 8), admin('a4', 'phq9', '2027-02-10T09:00:00.000Z', 4));
    o = allObjectives(plan)[0]!;
    progress = instrumentProgress(plan, o)!;
    expect(progress.later.map((r) => r.value)).to.deep.equal([8, 4]);
    expect(progress.latest?.value).to.equal(4);
    expect(progress.targetMet).to.equal(true);
  });

  it('without any score yet, the first one after the objective was set becomes the baseline', () => {
    let plan = run(
      createPlan('p', '2026-10-01T00:00:00.000Z'),
      { type: 'problem/add', id: 'p1', fields: { title: 'Worry' } },
      { type: 'goal/add', problemId: 'p1', id: 'g', fields: {} },
      { type: 'objective/add', goalId: 'g', id: 'o', fields: { dueDate: '2027-03-01', measure: { kind: 'instrument', label: 'GAD-7', instrumentId: 'gad7', target: 4, direction: 'decrease' } } },
    );
    expect(isMeasurable(plan, allObjectives(plan)[0]!)).to.equal(false);
    plan = withAdmins(plan, admin('x1', 'gad7', '2026-12-01T09:00:00.000Z', 12, { max: 21 }));
    expect(instrumentProgress(plan, allObjectives(plan)[0]!)!.baseline?.value).to.equal(12);
    expect(isMeasurable(plan, allObjectives(plan)[0]!)).to.equal(true);
    plan = run(plan, { type: 'objective/rebaseline', objectiveId: 'o' });
    expect(allObjectives(plan)[0]!.measure.baselineAdministrationId).to.equal('x1');
  });
});

describe('Goal Attainment Scaling T-score (ρ = 0.3)', () => {
  // Hand-worked: T = 50 + 10·Σwx / √(0.7·Σw² + 0.3·(Σw)²)
  const cases: [string, { weight: number; level: number }[], number | undefined][] = [
    ['every goal met as expected', [{ weight: 4, level: 0 }, { weight: 2, level: 0 }], 50],
    ['one goal, +1, weight 1: 50 + 10/√1', [{ weight: 1, level: 1 }], 60],
    ['one goal, −2, weight 6: 50 − 120/6', [{ weight: 6, level: -2 }], 30],
    // Σwx = −2, Σw² = 2, (Σw)² = 4 → √(1.4 + 1.2) = √2.6 = 1.612452 → 50 − 20/1.612452
    ['two baseline goals at −1, weight 1', [{ weight: 1, level: -1 }, { weight: 1, level: -1 }], 37.5965],
    // Σwx = 6 − 2 = 4, Σw² = 40, (Σw)² = 64 → √(28 + 19.2) = √47.2 = 6.870226 → 50 + 40/6.870226
    ['weights 6 and 2 at +1 and −1', [{ weight: 6, level: 1 }, { weight: 2, level: -1 }], 55.8222],
    // Σwx = 1, Σw² = 3, (Σw)² = 9 → √(2.1 + 2.7) = √4.8 = 2.190890 → 50 + 10/2.190890
    ['three unweighted goals at +2, 0, −1', [{ weight: 1, level: 2 }, { weight: 1, level: 0 }, { weight: 1, level: -1 }], 54.5644],
    ['no goals', [], undefined],
    ['only zero weights', [{ weight: 0, level: 2 }], undefined],
  ];
  for (const [name, ratings, expected] of cases) {
    it(name, () => {
      const t = gasTScore(ratings);
      if (expected === undefined) expect(t).to.equal(undefined);
      else expect(t).to.be.closeTo(expected, 0.0001);
    });
  }

  it('weights are importance × difficulty', () => {
    expect(gasWeight({ importance: 3, difficulty: 2 })).to.equal(6);
    expect(gasWeight({ importance: 0, difficulty: 3 })).to.equal(0);
  });

  it('scores a plan from the latest review rating of each scaled objective', () => {
    const levels = ['a', 'b', 'c', 'd', 'e'] as [string, string, string, string, string];
    let plan = run(
      createPlan('p', NOW),
      { type: 'problem/add', id: 'p1', fields: { title: 'Panic' } },
      { type: 'goal/add', problemId: 'p1', id: 'g', fields: {} },
      { type: 'objective/add', goalId: 'g', id: 'o1', fields: { gas: { levels, importance: 3, difficulty: 2, baseline: -1 } } },
      { type: 'objective/add', goalId: 'g', id: 'o2', fields: { gas: { levels, importance: 1, difficulty: 2, baseline: -1 } } },
      { type: 'objective/add', goalId: 'g', id: 'o3', fields: {} },
    );
    const review = (id: string, date: string, r: [string, number][]) => ({
      id, kind: 'review' as const, date, objectives: r.map(([objectiveId, gas]) => ({ objectiveId, gas })),
    });
    plan = { ...plan, timeline: [review('r2', '2027-02-01T00:00:00.000Z', [['o1', 1], ['o2', -1]]), review('r1', '2026-12-01T00:00:00.000Z', [['o1', -2], ['o2', 0]])] };
    const score = planGasScore(plan);
    expect(score.scaled).to.equal(2);
    expect(score.rated).to.equal(2);
    expect(score.current).to.be.closeTo(55.8222, 0.0001);
    // Baseline: both at −1 with weights 6 and 2: Σwx = −8 → 50 − 80/6.870226
    expect(score.baseline).to.be.closeTo(38.3555, 0.0001);

    // o2 scaled but not yet rated: left out of `current`, still counted in `scaled`, still in the baseline.
    const partly = planGasScore({ ...plan, timeline: [review('r1', '2026-12-01T00:00:00.000Z', [['o1', 1]])] });
    expect(partly).to.include({ scaled: 2, rated: 1 });
    expect([...partly.latest]).to.deep.equal([['o1', 1]]);
    expect(partly.current).to.be.closeTo(gasTScore([{ weight: 6, level: 1 }])!, 0.0001);
    expect(partly.current).to.be.closeTo(60, 0.0001); // one objective: 50 + 10·x
    expect(partly.baseline).to.be.closeTo(38.3555, 0.0001);

    const none = planGasScore({ ...plan, timeline: [] });
    expect(none).to.include({ scaled: 2, rated: 0 });
    expect(none.current).to.equal(undefined);
    expect(none.baseline).to.be.closeTo(38.3555, 0.0001);
  });
});

describe('goal library', () => {
  it('ships a valid library covering every condition in the seeds', () => {
    expect(parseGoalLibrary(DEFAULT_GOAL_LIBRARY).ok).to.equal(true);
    const areas = new Set(DEFAULT_GOAL_LIBRARY.problems.flatMap((p) => p.areas));
    for (const a of ['depression', 'generalized-anxiety', 'panic', 'specific-phobia', 'ptsd', 'complex-trauma', 'substance-use', 'neurodivergence'])
      expect(areas.has(a as never), a).to.equal(true);
    expect(DEFAULT_GOAL_LIBRARY.problems.some((p) => p.areas.includes('substance-use') && p.areas.includes('depression'))).to.equal(true);
    const ct = DEFAULT_GOAL_LIBRARY.problems.find((p) => p.id === 'complex-trauma')!;
    expect(ct.phases!.map((p) => p.title)).to.deep.equal(['Safety and stabilization', 'Processing', 'Integration']);
  });

  it('every library objective is measurable once a baseline is known', () => {
    const plan = run(createPlan('p', NOW), ...DEFAULT_GOAL_LIBRARY.problems.map((problem) => ({ type: 'library/insert' as const, as: 'problem' as const, problem })));
    for (const o of allObjectives(plan)) {
      const withBaseline = { ...o, measure: { ...o.measure, kind: o.measure.kind === 'instrument' ? ('count' as const) : o.measure.kind, baseline: o.measure.direction === 'decrease' ? 100 : -1 } };
      expect(isMeasurable(plan, withBaseline), o.clinicalText).to.equal(true);
    }
  });

  const invalid: [string, unknown, string][] = [
    ['not an object', 'library', '(root)'],
    ['a problem with no area', { id: 'l', title: 'L', problems: [{ ...DEFAULT_GOAL_LIBRARY.problems[0], areas: [] }] }, 'problems.0.areas'],
    ['an unknown area', { id: 'l', title: 'L', problems: [{ ...DEFAULT_GOAL_LIBRARY.problems[0], areas: ['boredom'] }] }, 'problems.0.areas.0'],
    ['a goal naming a missing phase', { id: 'l', title: 'L', problems: [{ ...DEFAULT_GOAL_LIBRARY.problems[0], goals: [{ id: 'g', clinicalText: 'x', phase: 'nope', objectives: [] }] }] }, 'phase'],
    ['duplicate problem ids', { id: 'l', title: 'L', problems: [DEFAULT_GOAL_LIBRARY.problems[0], DEFAULT_GOAL_LIBRARY.problems[0]] }, 'unique'],
    ['a bad direction', { id: 'l', title: 'L', problems: [{ ...DEFAULT_GOAL_LIBRARY.problems[0], goals: [{ id: 'g', clinicalText: 'x', objectives: [{ id: 'o', clinicalText: 'y', measure: { kind: 'count', label: 'z', direction: 'sideways' } }] }] }] }, 'direction'],
  ];
  for (const [name, input, mention] of invalid) {
    it(`refuses ${name}, naming the problem`, () => {
      const r = parseGoalLibrary(input);
      const error = errorOf(r);
      expect(error.code).to.equal('invalid-definition');
      expect(error.message + (error.issues ?? []).join('\n')).to.contain(mention);
    });
  }

  it('inserting complex trauma creates the three phases in order and puts each goal in its phase', () => {
    const ct = DEFAULT_GOAL_LIBRARY.problems.find((p) => p.id === 'complex-trauma')!;
    const plan = run(createPlan('p', NOW), { type: 'library/insert', as: 'problem', problem: ct, id: 'ct' });
    expect(plan.phases.map((p) => p.title)).to.deep.equal(['Safety and stabilization', 'Processing', 'Integration']);
    const goals = plan.problems[0]!.goals;
    expect(goals.map((g) => plan.phases.findIndex((p) => p.id === g.phaseId))).to.deep.equal([0, 1, 2]);
    expect(goals.every((g) => g.status === 'proposed' && g.objectives.every((o) => o.status === 'proposed'))).to.equal(true);
    expect(allObjectives(plan)[0]!.dueDate).to.equal('2027-01-19');
    // Inserting again reuses the phases (matched by title).
    const again = run(plan, { type: 'library/insert', as: 'goal', problemId: 'ct', goal: ct.goals[0]!, phases: ct.phases });
    expect(again.phases).to.have.length(3);
  });
});

describe('suggestions from the assessment', () => {
  const plan = withAdmins(
    createPlan('p', NOW),
    admin('a1', 'phq9', '2026-11-20T09:00:00.000Z', 14, { band: 'moderate', bandLabel: 'Moderate' }),
    admin('a2', 'gad7', '2026-11-20T09:05:00.000Z', 3, { band: 'minimal', bandLabel: 'Minimal', max: 21 }),
    admin('a3', 'auditc', '2026-11-20T09:10:00.000Z', 5, { positive: true, max: 12 }, { sex: 'male' }),
  );

  it('each suggestion has its reason as a code with its facts, and a proposal', () => {
    const s = suggestGoals(plan);
    const phq = s.find((x) => x.key === 'goals:instrument:phq9')!;
    expect(phq.reason).to.deep.equal({ code: 'instrument-score', source: 'instrument', instrumentId: 'phq9', administrationId: 'a1', total: 14, band: 'moderate', bandLabel: 'Moderate' });
    expect(`${suggestionReasonWords(phq, WORDING)} → ${suggestionProposalWords(phq)}`).to.equal('PHQ-9 = 14 (Moderate) → objective: PHQ-9 below 5 (in a new problem “Low mood and loss of interest”)');
    expect(suggestionProposalWords(s.find((x) => x.key === 'goals:instrument:auditc')!)).to.equal('objective: AUDIT-C below 4 (in a new problem “Alcohol or drug use causing harm”)');
    expect(s.some((x) => x.key === 'goals:instrument:gad7'), 'minimal GAD-7 gives none').to.equal(false);
  });

  it('writes the words it is given (the page language) into what it proposes, never its own', () => {
    const content: SuggestionContent = {
      objectiveText: (i, below) => `${i} por debajo de ${below}`,
      measureLabel: (i) => `${i} total (es)`,
      goalText: (i) => `Reducir los síntomas medidos con el ${i}.`,
      problemTitle: (i) => `Síntomas medidos con el ${i}`,
      evidence: (f) => `${f.instrument} = ${f.total} el ${f.day}`,
    };
    const auditc = suggestGoals(plan, { id: 'empty', title: 'Empty', problems: [] }, content).find((x) => x.key === 'goals:instrument:auditc')!;
    expect(auditc.insert.as).to.equal('problem');
    if (auditc.insert.as !== 'problem') return;
    const problem = auditc.insert.problem;
    expect([problem.title, problem.evidencedBy, problem.goals[0]!.clinicalText]).to.deep.equal([
      'Síntomas medidos con el AUDIT-C',
      ['AUDIT-C = 5 el 2026-11-20'],
      'Reducir los síntomas medidos con el AUDIT-C.',
    ]);
    expect(problem.goals[0]!.objectives[0]).to.deep.include({ clinicalText: 'AUDIT-C por debajo de 4' });
    expect(problem.goals[0]!.objectives[0]!.measure).to.deep.include({ label: 'AUDIT-C total (es)', target: 3 });
  });

  it('computing suggestions changes nothing in the plan', () => {
    const before = JSON.stringify(plan);
    suggestGoals(plan);
    expect(JSON.stringify(plan)).to.equal(before);
    expect(plan.problems).to.have.length(0);
  });

  it('accepting one inserts it once; it is then no longer suggested', () => {
    const phq = suggestGoals(plan).find((x) => x.key === 'goals:instrument:phq9')!;
    const next = run(plan, { type: 'library/insert', ...phq.insert } as PlanCommand);
    const o = allObjectives(next).find((x) => x.measure.instrumentId === 'phq9')!;
    expect(o.measure).to.deep.include({ baseline: 14, target: 4, direction: 'decrease', baselineAdministrationId: 'a1' });
    expect(suggestGoals(next).some((x) => x.key === 'goals:instrument:phq9')).to.equal(false);
  });

  it('puts an instrument objective into the existing goal of a matching problem', () => {
    const existing = run(plan, { type: 'problem/add', id: 'mood', fields: { title: 'Mood', areas: ['depression'] } }, { type: 'goal/add', problemId: 'mood', id: 'g', fields: {} });
    const phq = suggestGoals(existing).find((x) => x.key === 'goals:instrument:phq9')!;
    expect(phq.insert).to.include({ as: 'objective', goalId: 'g' });
  });

  it('a dismissal with a reason hides it; restoring brings it back', () => {
    const dismissed = run(plan, { type: 'goal-suggestion/dismiss', key: 'goals:instrument:phq9', reason: 'Mood is followed by the psychiatrist' });
    expect(dismissed.dismissals[0]).to.deep.include({ key: 'goals:instrument:phq9', reason: 'Mood is followed by the psychiatrist' });
    expect(suggestGoals(dismissed).some((x) => x.key === 'goals:instrument:phq9')).to.equal(false);
    const r = applyCommand(plan, { type: 'goal-suggestion/dismiss', key: 'goals:instrument:phq9', reason: '  ' }, ctx());
    expect(r.ok).to.equal(false);
    const restored = run(dismissed, { type: 'goal-suggestion/restore', key: 'goals:instrument:phq9' });
    expect(suggestGoals(restored).some((x) => x.key === 'goals:instrument:phq9')).to.equal(true);
  });

  const areaCases: [string, string[], string[]][] = [
    ['panic ticked at intake', ['panic'], ['goals:problem:panic']],
    ['depression and substance use → one integrated problem', ['depression', 'substance-use'], ['goals:problem:co-occurring']],
    ['complex trauma', ['complex-trauma'], ['goals:problem:complex-trauma']],
    ['neurodivergence', ['neurodivergence'], ['goals:problem:neurodivergence']],
  ];
  for (const [name, areas, keys] of areaCases) {
    it(`intake: ${name}`, () => {
      const p = createPlan('p', NOW);
      const withAreas = { ...p, assessment: { ...p.assessment, intake: { ...p.assessment.intake, concerns: { ...p.assessment.intake.concerns, areas: areas as never } } } };
      const s = suggestGoals(withAreas);
      expect(s.map((x) => x.key)).to.deep.equal(keys);
      expect(s[0]!.reason).to.deep.equal(
        areas.length > 1 ? { code: 'co-occurring', source: 'intake', areas } : { code: 'intake-concern', source: 'intake', areas },
      );
    });
  }

  it('a positive PHQ-2 suggests the low-mood problem with the screen as its reason', () => {
    const p = withAdmins(createPlan('p', NOW), admin('s', 'phq2', '2026-11-20T09:00:00.000Z', 4, { positive: true, max: 6 }));
    const [s] = suggestGoals(p);
    expect(s!.key).to.equal('goals:problem:depression');
    expect(s!.reason).to.include({ code: 'instrument-score', instrumentId: 'phq2', total: 4, positive: true });
    expect(suggestionReasonWords(s!, WORDING)).to.equal('PHQ-2 = 4 (positive screen)');
  });

  it('a complex-trauma problem without phases gets the phased structure suggested', () => {
    const p = run(createPlan('p', NOW), { type: 'problem/add', id: 'ct', fields: { title: 'Trauma', areas: ['complex-trauma'] } });
    const s = suggestGoals(p).find((x) => x.kind === 'phases')!;
    expect(suggestionProposalWords(s)).to.equal('phases: Safety and stabilization → Processing → Integration');
    expect(s.reason).to.deep.equal({ code: 'phased-structure', source: 'intake', areas: ['complex-trauma'] });
    // First-line guidance (VA/DoD 2023, NICE NG116): stabilization is not a gate before trauma-focused therapy.
    expect(suggestionReasonWords(s, WORDING)).to.equal('Complex trauma: an optional phased structure; trauma-focused therapy need not wait for stabilization (VA/DoD 2023, NICE NG116)');
    const next = run(p, { type: 'library/insert', ...s.insert } as PlanCommand);
    expect(next.phases).to.have.length(3);
  });
});

describe('goal commands', () => {
  const seeded = () =>
    run(
      createPlan('p', NOW),
      { type: 'problem/add', id: 'p1', fields: { title: 'Panic attacks', areas: ['panic'] } },
      { type: 'goal/add', problemId: 'p1', id: 'g1', fields: { clinicalText: 'Fewer panic attacks' } },
      { type: 'objective/add', goalId: 'g1', id: 'o1', fields: { clinicalText: 'Panic attacks from 7/week to 1/week', measure: { kind: 'count', label: 'panic attacks', unit: 'per week', baseline: 7, target: 1, direction: 'decrease' } } },
    );

  it('refuses to activate an objective until it is measurable, naming what is missing', () => {
    const plan = seeded();
    for (const c of [
      { type: 'objective/set-status', objectiveId: 'o1', status: 'active' },
      { type: 'objective/update', objectiveId: 'o1', fields: { status: 'active' } },
    ] as PlanCommand[]) {
      const r = applyCommand(plan, c, ctx());
      expect(errorOf(r).message).to.contain('missing: due-date');
    }
    const r2 = applyCommand(plan, { type: 'objective/add', goalId: 'g1', fields: { status: 'active' } }, ctx());
    expect(r2.ok).to.equal(false);
    const ready = run(plan, { type: 'objective/update', objectiveId: 'o1', fields: { dueDate: '2027-02-01' } }, { type: 'objective/set-status', objectiveId: 'o1', status: 'active' });
    expect(allObjectives(ready)[0]!.status).to.equal('active');
  });

  const statusCases: [string, string, string | undefined, boolean][] = [
    ['goal on hold without a reason', 'on-hold', undefined, false],
    ['goal on hold with a reason', 'on-hold', 'Moving house this month', true],
    ['goal discontinued with a blank reason', 'discontinued', ' ', false],
    ['goal on hold with a whitespace-only reason', 'on-hold', ' \t\n ', false],
    ['goal discontinued with a reason', 'discontinued', 'Client moved away', true],
    ['goal achieved', 'achieved', undefined, true],
  ];
  for (const [name, status, reason, okay] of statusCases) {
    it(name, () => {
      const r = applyCommand(seeded(), { type: 'goal/set-status', goalId: 'g1', status, ...(reason ? { reason } : {}) } as PlanCommand, ctx());
      expect(r.ok, r.ok ? '' : r.error.message).to.equal(okay);
      if (!okay) return;
      const goal = okValue(r).plan.problems[0]!.goals[0]!;
      expect(goal.status).to.equal(status);
      expect(goal.statusReason).to.equal(reason);
    });
  }

  it('records client agreement with today as the default date', () => {
    const plan = run(seeded(), { type: 'goal/agree', goalId: 'g1', agreed: true }, { type: 'objective/agree', objectiveId: 'o1', agreed: true, date: '2026-11-23' });
    expect(plan.problems[0]!.goals[0]!.agreement).to.deep.equal({ agreed: true, date: '2026-11-24' });
    expect(allObjectives(plan)[0]!.agreement).to.deep.equal({ agreed: true, date: '2026-11-23' });
  });

  it('adds, renames, moves and removes phases; removing one frees its goals', () => {
    let plan = run(
      seeded(),
      { type: 'phase/add', id: 'ph1', fields: { title: 'Safety and stabilization' } },
      { type: 'phase/add', id: 'ph2', fields: { title: 'Processing' } },
      { type: 'goal/update', goalId: 'g1', fields: { phaseId: 'ph2' } },
      { type: 'phase/move', phaseId: 'ph2', toIndex: 0 },
      { type: 'phase/update', phaseId: 'ph1', fields: { description: 'Routines first' } },
    );
    expect(plan.phases.map((p) => p.id)).to.deep.equal(['ph2', 'ph1']);
    expect(plan.phases[1]!.description).to.equal('Routines first');
    plan = run(plan, { type: 'phase/remove', phaseId: 'ph2' });
    expect(plan.phases.map((p) => p.id)).to.deep.equal(['ph1']);
    expect(plan.problems[0]!.goals[0]!.phaseId).to.equal(undefined);
    expect(applyCommand(plan, { type: 'goal/update', goalId: 'g1', fields: { phaseId: 'nope' } }, ctx()).ok).to.equal(false);
  });

  it('adds, edits and removes strengths, barriers and supports', () => {
    let plan = run(
      seeded(),
      { type: 'support/add', id: 's1', fields: { kind: 'strength', label: 'Keeps a daily journal' } },
      { type: 'support/add', id: 's2', fields: { kind: 'community-resource', label: 'Panic support group, Thursdays', contact: 'Library, room 2' } },
      { type: 'support/add', id: 's3', fields: { kind: 'barrier', label: 'Night shifts' } },
      { type: 'support/update', supportId: 's3', fields: { details: 'Rotating every two weeks' } },
    );
    expect(plan.supports.map((s) => s.kind)).to.deep.equal(['strength', 'community-resource', 'barrier']);
    plan = run(plan, { type: 'support/remove', supportId: 's1' });
    expect(plan.supports.map((s) => s.id)).to.deep.equal(['s2', 's3']);
    expect(plan.supports[1]!.details).to.equal('Rotating every two weeks');
  });

  it('never mutates the plan it is given', () => {
    const plan = seeded();
    const frozen = JSON.stringify(plan);
    run(plan, { type: 'objective/update', objectiveId: 'o1', fields: { dueDate: '2027-01-01' } }, { type: 'goal/move', goalId: 'g1', toIndex: 0 }, { type: 'support/add', fields: { label: 'Sister' } });
    expect(JSON.stringify(plan)).to.equal(frozen);
  });
});

describe('the goal library follows first-line PTSD guidance', () => {
  it('never makes stabilization a gate before trauma-focused work (VA/DoD 2023, NICE NG116)', () => {
    const words = JSON.stringify(DEFAULT_GOAL_LIBRARY);
    for (const claim of [/once stabilization/i, /stabilization first/i, /before working on memories/i]) {
      expect(claim.test(words), String(claim)).to.equal(false);
    }
    const ct = DEFAULT_GOAL_LIBRARY.problems.find((p) => p.id === 'complex-trauma')!;
    expect(ct.goals.find((g) => g.id === 'process')!.clinicalText).to.equal('Reduce the distress of traumatic memories with a trauma-focused therapy.');
  });
});
