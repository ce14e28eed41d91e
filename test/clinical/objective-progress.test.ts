import { expect } from '@open-wc/testing';
import { allObjectiveProgress, latestObjectiveValue, meetsTarget, objectiveProgress } from '../../src/clinical/progress/objectives.js';
import { createPlan, type Administration, type Objective, type TreatmentPlan } from '../../src/model/index.js';
import { scoreOnly } from '../fixtures/administrations.js';

// Status from data for an objective bound to an instrument: where its baseline comes from, which
// administrations count, and each status at its edge.

const AT = '2026-01-01T00:00:00.000Z';
const adm = (id: string, day: string, total: number, instrumentId = 'phq9', complete = true) =>
  scoreOnly(id, instrumentId, `${day}T10:00:00.000Z`, total, { score: { complete } });
const objective = (measure: Partial<Objective['measure']> = {}, id = 'o1'): Objective => ({
  id,
  clinicalText: 'Less depressed',
  proposedBy: 'clinician',
  priority: 'medium',
  status: 'active',
  createdAt: AT,
  measure: { kind: 'instrument', label: 'PHQ-9', instrumentId: 'phq9', target: 4, ...measure },
});
const planWith = (administrations: Administration[], objectives: Objective[] = [objective()], timeline: TreatmentPlan['timeline'] = []): TreatmentPlan => {
  const p = createPlan('p', AT);
  return {
    ...p,
    timeline,
    assessment: { ...p.assessment, administrations },
    problems: [{ id: 'p1', title: 'Mood', evidencedBy: [], areas: [], createdAt: AT, goals: [{ id: 'g1', clinicalText: 'Feel better', proposedBy: 'clinician', priority: 'medium', status: 'active', createdAt: AT, objectives }] }],
  };
};
const progress = (administrations: Administration[], measure: Partial<Objective['measure']> = {}) => {
  const o = objective(measure);
  return objectiveProgress(planWith(administrations, [o]), o);
};

describe('meetsTarget at the target', () => {
  const cases: [number, number, 'decrease' | 'increase', boolean][] = [
    [4, 4, 'decrease', true],
    [5, 4, 'decrease', false],
    [3, 4, 'decrease', true],
    [10, 10, 'increase', true],
    [9, 10, 'increase', false],
    [11, 10, 'increase', true],
  ];
  for (const [value, target, direction, met] of cases) {
    it(`${value} against ${target} (${direction}): ${met}`, () => expect(meetsTarget(value, target, direction)).to.equal(met));
  }
});

describe('objectiveProgress', () => {
  it('only for instrument measures with an instrument', () => {
    const counted = objective({ kind: 'count', instrumentId: undefined });
    expect(objectiveProgress(planWith([], [counted]), counted)).to.equal(undefined);
    const noInstrument = objective({ instrumentId: undefined });
    expect(objectiveProgress(planWith([], [noInstrument]), noInstrument)).to.equal(undefined);
    const countedWithId = objective({ kind: 'count', instrumentId: 'phq9' });
    expect(objectiveProgress(planWith([adm('a', '2026-01-05', 20), adm('b', '2026-02-05', 4)], [countedWithId]), countedWithId)).to.equal(undefined);
  });

  it('administrations are read oldest first whatever their order, and an incomplete one is never the baseline', () => {
    const p = progress([adm('c', '2026-03-05', 4), adm('x', '2026-01-01', 27, 'phq9', false), adm('a', '2026-01-05', 20), adm('b', '2026-02-05', 14)])!;
    expect([p.baselineAdministrationId, p.baseline, p.latest?.administrationId, p.status]).to.deep.equal(['a', 20, 'c', 'achieved']);
  });

  it('an administration at the same instant as a named baseline counts as after it', () => {
    const p = progress([adm('a', '2026-01-05', 20), adm('b', '2026-01-05', 4)], { baselineAdministrationId: 'a' })!;
    expect(p.latest?.administrationId).to.equal('b');
  });

  it('not enough data: no markers, nothing unverified', () => {
    for (const p of [progress([])!, progress([adm('a', '2026-01-05', 20)])!]) {
      expect([p.markers, p.verified, p.targetReached]).to.deep.equal([[], true, false]);
    }
  });

  const statuses: [string, Administration[], Partial<Objective['measure']>, string, string | undefined][] = [
    ['no administration', [], {}, 'not-enough-data', 'no-baseline'],
    ['only the baseline', [adm('a', '2026-01-05', 20)], {}, 'not-enough-data', 'no-follow-up'],
    ['target met exactly', [adm('a', '2026-01-05', 20), adm('b', '2026-02-05', 4)], {}, 'achieved', undefined],
    ['one above the target, a reliable drop', [adm('a', '2026-01-05', 20), adm('b', '2026-02-05', 5)], {}, 'improving', undefined],
    ['a drop of 5 (not reliable)', [adm('a', '2026-01-05', 20), adm('b', '2026-02-05', 15)], {}, 'no-reliable-change', undefined],
    ['a rise of 6 (reliable)', [adm('a', '2026-01-05', 10), adm('b', '2026-02-05', 16)], {}, 'worsening', undefined],
    ['an instrument without parameters', [adm('a', '2026-01-05', 10, 'auditc'), adm('b', '2026-02-05', 8, 'auditc')], { instrumentId: 'auditc' }, 'not-enough-data', 'no-parameters'],
    ['a later incomplete administration is not the latest', [adm('a', '2026-01-05', 20), adm('b', '2026-02-05', 4, 'phq9', false)], {}, 'not-enough-data', 'no-follow-up'],
    ['another instrument does not count', [adm('a', '2026-01-05', 20), adm('b', '2026-02-05', 4, 'gad7')], {}, 'not-enough-data', 'no-follow-up'],
    ['ids compared normalized (PHQ-9 / phq9)', [adm('a', '2026-01-05', 20, 'PHQ-9'), adm('b', '2026-02-05', 4)], {}, 'achieved', undefined],
  ];
  for (const [name, administrations, measure, status, reason] of statuses) {
    it(`${name}: ${status}${reason ? ` (${reason})` : ''}`, () => {
      const p = progress(administrations, measure)!;
      expect([p.status, p.reason]).to.deep.equal([status, reason]);
    });
  }

  it('the baseline: a named administration, else a typed number, else the first administration', () => {
    const series = [adm('a', '2026-01-05', 20), adm('b', '2026-02-05', 14), adm('c', '2026-03-05', 12)];
    const named = progress(series, { baselineAdministrationId: 'b' })!;
    expect([named.baseline, named.baselineAdministrationId, named.latest?.administrationId]).to.deep.equal([14, 'b', 'c']);
    const typed = progress(series, { baseline: 18 })!;
    expect([typed.baseline, typed.baselineAdministrationId, typed.latest?.administrationId]).to.deep.equal([18, undefined, 'c']);
    expect('baselineAdministrationId' in typed).to.equal(false);
    const first = progress(series)!;
    expect([first.baseline, first.baselineAdministrationId]).to.deep.equal([20, 'a']);
    const missing = progress(series, { baselineAdministrationId: 'gone', baseline: 17 })!;
    expect([missing.baseline, missing.latest?.administrationId]).to.deep.equal([17, 'c']);
    const nothing = progress(series, { baselineAdministrationId: 'gone' })!;
    expect(nothing.reason).to.equal('no-baseline');
  });

  it('only administrations after a named baseline count as the latest', () => {
    const p = progress([adm('a', '2026-01-05', 4), adm('b', '2026-02-05', 20)], { baselineAdministrationId: 'b' })!;
    expect(p.reason).to.equal('no-follow-up');
    expect(p.latest).to.equal(undefined);
  });

  it('achieved is verified and carries the markers; the direction follows the measure', () => {
    const p = progress([adm('a', '2026-01-05', 20), adm('b', '2026-02-05', 4)])!;
    expect([p.targetReached, p.verified, p.direction, p.target]).to.deep.equal([true, true, 'decrease', 4]);
    expect(p.markers).to.deep.equal(['reliable-improvement', 'response', 'remission']);
    const up = progress([adm('a', '2026-01-05', 5), adm('b', '2026-02-05', 12)], { direction: 'increase', target: 12 })!;
    expect([up.status, up.direction]).to.deep.equal(['achieved', 'increase']);
    const noTarget = progress([adm('a', '2026-01-05', 20), adm('b', '2026-02-05', 2)], { target: undefined })!;
    expect([noTarget.status, noTarget.targetReached, 'target' in noTarget]).to.deep.equal(['improving', false, false]);
  });

  it('allObjectiveProgress: every instrument objective in plan order, others left out', () => {
    const plan = planWith([adm('a', '2026-01-05', 20)], [objective({}, 'o1'), objective({ kind: 'count', instrumentId: undefined }, 'o2'), objective({}, 'o3')]);
    expect(allObjectiveProgress(plan).map((p) => p.objectiveId)).to.deep.equal(['o1', 'o3']);
  });
});

describe('latestObjectiveValue', () => {
  const counted = objective({ kind: 'count', label: 'attacks', instrumentId: undefined, target: 1 });
  const review = (id: string, day: string, values: [string, number | undefined][]): TreatmentPlan['timeline'][number] => ({
    id,
    kind: 'review',
    date: `${day}T10:00:00.000Z`,
    objectives: values.map(([objectiveId, currentValue]) => ({ objectiveId, ...(currentValue === undefined ? {} : { currentValue }) })),
  });

  it('an instrument objective: the latest administration after the baseline', () => {
    const o = objective();
    expect(latestObjectiveValue(planWith([adm('a', '2026-01-05', 20), adm('b', '2026-02-05', 9)], [o]), o)).to.deep.equal({ value: 9, date: '2026-02-05T10:00:00.000Z' });
    expect(latestObjectiveValue(planWith([adm('a', '2026-01-05', 20)], [o]), o)).to.equal(undefined);
    const noInstrument = objective({ instrumentId: undefined });
    expect(latestObjectiveValue(planWith([adm('a', '2026-01-05', 20)], [noInstrument]), noInstrument)).to.equal(undefined);
  });

  const cases: [string, TreatmentPlan['timeline'], { value: number; date: string } | undefined][] = [
    ['no review', [], undefined],
    ['the newest review, in whatever order', [review('r2', '2026-03-01', [['o1', 2]]), review('r1', '2026-02-01', [['o1', 5]])], { value: 2, date: '2026-03-01T10:00:00.000Z' }],
    ['a review without a value is skipped', [review('r1', '2026-02-01', [['o1', 5]]), review('r2', '2026-03-01', [['o1', undefined]])], { value: 5, date: '2026-02-01T10:00:00.000Z' }],
    ['the first record of an objective in one review counts', [review('r1', '2026-02-01', [['o1', 5], ['o1', 9]])], { value: 5, date: '2026-02-01T10:00:00.000Z' }],
    ['another objective’s value does not count', [review('r1', '2026-02-01', [['o9', 5]])], undefined],
    ['two reviews at the same instant: the later one', [review('r1', '2026-02-01', [['o1', 5]]), review('r2', '2026-02-01', [['o1', 6]])], { value: 6, date: '2026-02-01T10:00:00.000Z' }],
  ];
  for (const [name, timeline, expected] of cases) {
    // A fresh timeline per run: values are indexed once per timeline array.
    it(`a counted objective: ${name}`, () => expect(latestObjectiveValue(planWith([], [counted], structuredClone(timeline)), counted)).to.deep.equal(expected));
  }
});
