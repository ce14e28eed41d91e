// Alerts, word for word and at their edges (issue 19): the English message hosts log, which plans get
// alerts, which objective text names them.
import { expect } from '@open-wc/testing';
import { computeAlerts, notOnTrackMessage, type NotOnTrackParams } from '../../src/clinical/progress/index.js';
import type { Objective, TreatmentPlan } from '../../src/model/plan.js';
import { administration } from '../fixtures/administrations.js';
import { activePlan, objective } from '../fixtures/progress-plans.js';

describe('not-on-track message', () => {
  const base: NotOnTrackParams = { dueDate: '2026-03-31', measure: 'value', label: 'days walked', target: 4, direction: 'increase' };
  const cases: [string, NotOnTrackParams, string][] = [
    ['nothing measured, no baseline', base, 'Not on track: "Walk" was due 2026-03-31; no days walked value was recorded against a target of ≥ 4.'],
    [
      'nothing measured after a baseline, with a unit',
      { ...base, unit: 'per week', baseline: 0 },
      'Not on track: "Walk" was due 2026-03-31; no days walked value was recorded after the baseline of 0 against a target of ≥ 4 per week.',
    ],
    [
      'a value measured, no baseline',
      { ...base, latest: { value: 2, date: '2026-03-20T10:00:00.000Z' } },
      'Not on track: "Walk" was due 2026-03-31; days walked was 2 on 2026-03-20 against a target of ≥ 4.',
    ],
    [
      'a questionnaire score with a baseline and a reliable change',
      { ...base, measure: 'instrument', label: 'PHQ-9', target: 9, direction: 'decrease', baseline: 16, latest: { value: 12, date: '2026-02-10T15:00:00.000Z' }, reliableChangePoints: 6 },
      'Not on track: "Walk" was due 2026-03-31; PHQ-9 was 12 on 2026-02-10 (baseline 16) against a target of ≤ 9, and no reliable improvement (6 points or more).',
    ],
  ];
  for (const [name, params, message] of cases) {
    it(name, () => expect(notOnTrackMessage('Walk', params)).to.equal(message));
  }
});

describe('which plans and objectives get alerts', () => {
  const walk = (extra: Partial<Objective> = {}) =>
    objective('o-walk', 'Walk most days', { kind: 'count', label: 'days walked', target: 4, direction: 'increase' }, { dueDate: '2026-03-31', ...extra });
  const plan = (status: TreatmentPlan['status'], o: Objective = walk()): TreatmentPlan => ({ ...activePlan('alerts', [o]), status });

  const statuses: [TreatmentPlan['status'], number][] = [
    ['draft', 0],
    ['active', 1],
    ['under-review', 1],
    ['completed', 0],
    ['discontinued', 0],
  ];
  for (const [status, n] of statuses) {
    it(`a plan ${status}: ${n} alert${n === 1 ? '' : 's'}`, () => expect(computeAlerts(plan(status), '2026-04-01')).to.have.length(n));
  }

  const names: [string, Partial<Objective>, string][] = [
    ['its clinical text', {}, '"Walk most days"'],
    ['the client’s words when there is no clinical text', { clinicalText: '', clientWords: 'Get out more' }, '"Get out more"'],
    ['what is measured when neither is written', { clinicalText: '', clientWords: undefined }, '"days walked"'],
  ];
  for (const [name, extra, quoted] of names) {
    it(`names the objective by ${name}`, () => {
      const [alert] = computeAlerts(plan('active', walk(extra)), '2026-04-01');
      expect(alert!.message).to.contain(`Not on track: ${quoted} was due`);
    });
  }

  it('a typed measure with no direction is judged as a decrease; the measure’s id names it last', () => {
    const o = objective('o-id', '', { kind: 'count', label: '', target: 2 }, { dueDate: '2026-03-31' });
    const [alert] = computeAlerts(plan('active', o), '2026-04-01');
    expect(alert!.params).to.include({ direction: 'decrease', target: 2 });
    expect(alert!.message).to.contain('"o-id"').and.contain('≤ 2');
  });

  it('reliable deterioration of an objective names it, and says when a threshold is provisional', () => {
    const phq = objective('o-phq', 'Lift mood', { kind: 'instrument', label: 'PHQ-9', instrumentId: 'phq9', target: 9, direction: 'decrease' }, { dueDate: '2027-01-01' });
    const p = activePlan('worse', [phq], { administrations: [administration('a1', 'phq9', '2026-01-10', 12), administration('a2', 'phq9', '2026-02-10', 18)] });
    const [alert] = computeAlerts(p, '2026-02-20');
    expect(alert!.message).to.equal('Reliable deterioration on PHQ-9: 12 → 18 for "Lift mood" (6 points or more is reliable).');
  });
});
