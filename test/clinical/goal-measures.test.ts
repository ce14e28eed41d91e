// Measures of objectives, line by line (issue 19: the mutation run found these untested): every line
// of the measurability checklist with its words, the instrument helpers at their boundaries, and
// what a change of measure kind clears.
import { expect } from '@open-wc/testing';
import {
  bindInstrumentBaseline,
  checkObjective,
  completeAdministrations,
  effectiveBaseline,
  instrumentDisplayName,
  instrumentMax,
  instrumentProgress,
  latestByInstrument,
  measurabilityChecklist,
  reaches,
  type ChecklistItem,
  type ChecklistInput,
} from '../../src/clinical/goals/index.js';
import { measureKindChange } from '../../src/clinical/goals/measure-kind.js';
import { createPlan } from '../../src/model/factory.js';
import type { Administration, Measure, Objective, TreatmentPlan } from '../../src/model/plan.js';
import { administration, administrationOf } from '../fixtures/administrations.js';

const CREATED = '2026-11-24T10:00:00.000Z';

function objective(measure: Partial<Measure> = {}, rest: Partial<Objective> = {}): Objective {
  return {
    id: 'o1',
    clinicalText: 'Fewer panic attacks',
    proposedBy: 'together',
    priority: 'high',
    status: 'proposed',
    createdAt: CREATED,
    dueDate: '2027-02-01',
    ...rest,
    measure: { kind: 'count', label: 'panic attacks', unit: 'per week', baseline: 7, target: 1, direction: 'decrease', ...measure },
  };
}

const phq = (measure: Partial<Measure> = {}, rest: Partial<Objective> = {}) =>
  objective({ kind: 'instrument', label: 'PHQ-9 total', unit: undefined, instrumentId: 'phq9', baseline: undefined, target: 4, ...measure }, rest);

const withAdministrations = (...administrations: Administration[]): TreatmentPlan => {
  const base = createPlan('p-measures', '2026-11-01T09:00:00.000Z');
  return { ...base, assessment: { ...base.assessment, administrations } };
};

/** Lines as `id ok|no [advice] text`, one string each, so a failure shows the whole checklist. */
const lines = (items: ChecklistItem[]) => items.map((i) => `${i.id} ${i.ok ? 'ok' : 'no'}${i.required ? '' : ' [advice]'} ${i.text}`);

describe('measurability checklist: every line and its words', () => {
  const cases: [string, Objective, ChecklistInput, string[]][] = [
    [
      'a count from 7 a week down to 1 by a date',
      objective(),
      {},
      [
        'what ok Measures: panic attacks',
        'baseline ok Starting point: 7',
        'target ok Target: 1',
        'direction ok Direction: decrease',
        'direction-consistent ok Target 1 is below the starting point 7',
        'due-date ok Due 2027-02-01',
        'due-after-start ok Due date is after the objective was set',
        'unit ok [advice] Unit: per week',
      ],
    ],
    [
      'nothing filled in (a blank unit is no unit)',
      objective({ label: ' ', unit: '  ', baseline: undefined, target: undefined, direction: undefined }, { dueDate: undefined }),
      {},
      [
        'what no Say what is measured (for example “panic attacks”)',
        'baseline no Give the starting point (baseline)',
        'target no Give a target',
        'direction no Say whether the number should go down or up',
        'due-date no Give a date to reach it by',
        'unit no [advice] Add a unit (for example “per week”) so the numbers read clearly',
      ],
    ],
    [
      'an increase that cannot reach a lower target; due the day it was set',
      objective({ kind: 'custom', label: 'walks', unit: 'a week', direction: 'increase', baseline: 7, target: 1 }, { dueDate: '2026-11-24' }),
      {},
      [
        'what ok Measures: walks',
        'baseline ok Starting point: 7',
        'target ok Target: 1',
        'direction ok Direction: increase',
        'direction-consistent no A increase from 7 cannot reach 1: check the direction, the starting point and the target',
        'due-date ok Due 2026-11-24',
        'due-after-start no The due date must be after the day the objective was set',
        'unit ok [advice] Unit: a week',
      ],
    ],
    [
      'a rating up from 1 to 7 (no unit line), due the next day',
      objective({ kind: 'rating', label: 'mood', unit: undefined, direction: 'increase', baseline: 1, target: 7 }, { dueDate: '2026-11-25' }),
      { max: 5 },
      [
        'what ok Measures: mood',
        'baseline ok Starting point: 1',
        'target ok Target: 7',
        'direction ok Direction: increase',
        'direction-consistent ok Target 7 is above the starting point 1',
        'due-date ok Due 2026-11-25',
        'due-after-start ok Due date is after the objective was set',
      ],
    ],
    [
      'a PHQ-9 objective with a baseline read and a target in range',
      phq(),
      { baseline: 14, max: 27 },
      [
        'instrument ok Measured with the PHQ-9',
        'baseline ok Starting point: 14',
        'target ok Target: 4',
        'target-in-range ok Target is a possible score',
        'direction ok Direction: decrease',
        'direction-consistent ok Target 4 is below the starting point 14',
        'due-date ok Due 2027-02-01',
        'due-after-start ok Due date is after the objective was set',
      ],
    ],
    [
      'a questionnaire not chosen yet (no range without a maximum)',
      phq({ instrumentId: undefined }),
      {},
      [
        'instrument no Choose the questionnaire that measures it',
        'baseline no No questionnaire score yet: the first complete one becomes the starting point',
        'target ok Target: 4',
        'direction ok Direction: decrease',
        'due-date ok Due 2027-02-01',
        'due-after-start ok Due date is after the objective was set',
      ],
    ],
    [
      'a PHQ-9 with no score yet and a target past the maximum',
      phq({ target: 28 }),
      { max: 27 },
      [
        'instrument ok Measured with the PHQ-9',
        'baseline no No PHQ-9 score yet: the first complete one becomes the starting point',
        'target ok Target: 28',
        'target-in-range no Target must be between 0 and 27',
        'direction ok Direction: decrease',
        'due-date ok Due 2027-02-01',
        'due-after-start ok Due date is after the objective was set',
      ],
    ],
  ];
  for (const [name, o, input, expected] of cases) {
    it(name, () => {
      expect(lines(measurabilityChecklist(o, input))).to.deep.equal(expected);
    });
  }

  // The range check at its edges: 0 and the maximum are possible scores, one past either is not.
  const targets: [number, boolean][] = [
    [-1, false],
    [0, true],
    [27, true],
    [28, false],
  ];
  for (const [target, ok] of targets) {
    it(`a PHQ-9 target of ${target} is ${ok ? '' : 'not '}a possible score`, () => {
      const line = measurabilityChecklist(phq({ target }), { baseline: 30, max: 27 }).find((i) => i.id === 'target-in-range');
      expect(line?.ok).to.equal(ok);
    });
  }

  it('a baseline that is not a number (NaN) is no baseline', () => {
    const line = measurabilityChecklist(objective({ baseline: Number.NaN })).find((i) => i.id === 'baseline');
    expect(line).to.deep.include({ ok: false, text: 'Give the starting point (baseline)' });
  });

  it('checkObjective reads the baseline and the maximum from the plan, also for an instrument it does not ship', () => {
    const plan = withAdministrations(administration('a1', 'phq9', '2026-11-25T09:00:00.000Z', 14), administrationOf('w1', 'whodas', '2026-11-25T09:00:00.000Z', [4, 4, 4]));
    expect(lines(checkObjective(plan, phq({ target: 40 }))).slice(0, 4)).to.deep.equal([
      'instrument ok Measured with the PHQ-9',
      'baseline ok Starting point: 14',
      'target ok Target: 40',
      'target-in-range no Target must be between 0 and 27',
    ]);
    const whodas = phq({ instrumentId: 'whodas', label: 'WHODAS', target: 31 });
    expect(checkObjective(plan, whodas).find((i) => i.id === 'target-in-range')).to.deep.include({ ok: false, text: 'Target must be between 0 and 9' });
    expect(checkObjective(plan, whodas).find((i) => i.id === 'instrument')?.text).to.equal('Measured with the whodas');
  });
});

describe('instrument helpers', () => {
  it('names shipped instruments and shows any other id as given', () => {
    expect(['phq9', 'gad7', 'pcl5', 'auditc', 'whodas'].map(instrumentDisplayName)).to.deep.equal(['PHQ-9', 'GAD-7', 'PCL-5', 'AUDIT-C', 'whodas']);
  });

  it('knows the maximum of a shipped instrument, reads any other from its administrations, else has none', () => {
    const plan = withAdministrations(administration('g1', 'gad7', '2026-11-02', 5), administrationOf('w1', 'whodas', '2026-11-02', [4, 4]));
    expect(instrumentMax(undefined, 'phq9')).to.equal(27);
    expect(instrumentMax(plan, 'whodas')).to.equal(6);
    expect(instrumentMax(plan, 'k10')).to.equal(undefined);
    expect(instrumentMax(undefined, 'whodas')).to.equal(undefined);
  });

  it('lists complete administrations of one instrument oldest first', () => {
    const plan = withAdministrations(
      administration('late', 'phq9', '2026-11-20', 9),
      administration('gad', 'gad7', '2026-11-10', 9),
      administrationOf('partial', 'phq9', '2026-11-15', [1, 1, null, null, null, null, null, null, null]),
      administration('early', 'phq9', '2026-11-05', 15),
      administration('middle', 'phq9', '2026-11-12', 12),
    );
    expect(completeAdministrations(plan, 'phq9').map((a) => a.id)).to.deep.equal(['early', 'middle', 'late']);
  });

  it('keeps the latest complete administration per instrument; of two at one instant, the one stored last', () => {
    const plan = withAdministrations(
      administration('new', 'phq9', '2026-11-20', 9),
      administration('old', 'phq9', '2026-11-05', 15),
      administration('same-1', 'gad7', '2026-11-10', 4),
      administration('same-2', 'gad7', '2026-11-10', 6),
      administrationOf('partial', 'gad7', '2026-11-30', [1, null, null, null, null, null, null]),
    );
    const latest = latestByInstrument(plan);
    expect([...latest].map(([id, a]) => [id, a.id])).to.deep.equal([
      ['phq9', 'new'],
      ['gad7', 'same-2'],
    ]);
  });

  const reach: [number, number, 'decrease' | 'increase', boolean][] = [
    [4, 5, 'decrease', true],
    [5, 5, 'decrease', true],
    [6, 5, 'decrease', false],
    [6, 5, 'increase', true],
    [5, 5, 'increase', true],
    [4, 5, 'increase', false],
  ];
  for (const [value, target, direction, expected] of reach) {
    it(`${value} ${expected ? 'reaches' : 'does not reach'} a target of ${target} (${direction})`, () => {
      expect(reaches(value, target, direction)).to.equal(expected);
    });
  }
});

describe('binding an instrument baseline', () => {
  const plan = withAdministrations(administration('p-old', 'phq9', '2026-11-02', 18), administration('p-new', 'phq9', '2026-11-20', 14), administration('g', 'gad7', '2026-11-21', 8));
  const cases: [string, Measure, Measure | undefined, Partial<Measure> | 'same'][] = [
    ['a count is left as it is', objective().measure, undefined, 'same'],
    ['an instrument measure without an instrument is left as it is', phq({ instrumentId: undefined }).measure, undefined, 'same'],
    ['a measure already bound keeps its baseline', phq({ baseline: 18, baselineAdministrationId: 'p-old' }).measure, undefined, 'same'],
    ['… also when edited with the same instrument', phq({ baseline: 18, baselineAdministrationId: 'p-old' }).measure, phq().measure, 'same'],
    ['a new measure takes the latest complete score', phq().measure, undefined, { baseline: 14, baselineAdministrationId: 'p-new', label: 'PHQ-9 total' }],
    ['a blank label becomes the instrument name', phq({ label: '  ', instrumentId: 'gad7' }).measure, undefined, { label: 'GAD-7', baseline: 8, baselineAdministrationId: 'g' }],
    ['a changed instrument takes its own latest score', phq({ instrumentId: 'gad7', baseline: 18, baselineAdministrationId: 'p-old' }).measure, phq().measure, { baseline: 8, baselineAdministrationId: 'g' }],
    ['no score yet: no baseline, and an old one is dropped', phq({ instrumentId: 'pcl5', baseline: 30, baselineAdministrationId: 'p-old' }).measure, phq().measure, { baseline: undefined, baselineAdministrationId: undefined }],
  ];
  for (const [name, measure, previous, expected] of cases) {
    it(name, () => {
      const bound = bindInstrumentBaseline(plan, measure, previous);
      if (expected === 'same') return void expect(bound).to.equal(measure);
      expect(bound).to.not.equal(measure);
      const { baseline, baselineAdministrationId, ...rest } = expected;
      const { baseline: _was, baselineAdministrationId: _wasId, ...kept } = measure;
      expect(bound).to.deep.include({ ...kept, ...rest });
      if (baseline === undefined) expect(bound, 'no baseline kept').to.not.have.any.keys('baseline', 'baselineAdministrationId');
      else expect(bound).to.include({ baseline, baselineAdministrationId });
    });
  }
});

describe('instrument progress of an objective', () => {
  const at = (day: number) => `2026-11-${String(day).padStart(2, '0')}T09:00:00.000Z`;
  const plan = withAdministrations(
    administration('before', 'phq9', at(20), 19),
    administration('b', 'phq9', at(25), 16),
    administration('same-instant', 'phq9', CREATED, 17),
    administration('l1', 'phq9', at(28), 12),
    administration('l2', 'phq9', '2026-11-30T09:00:00.000Z', 4),
    administration('gad', 'gad7', at(29), 3),
  );

  it('is undefined for a count and for a questionnaire not chosen', () => {
    expect(instrumentProgress(plan, objective())).to.equal(undefined);
    expect(instrumentProgress(plan, phq({ instrumentId: undefined }))).to.equal(undefined);
    expect(instrumentProgress(plan, objective({ instrumentId: 'phq9' })), 'a count naming an instrument is still a count').to.equal(undefined);
  });

  it('takes the bound administration as baseline, with its band, and judges the latest later one', () => {
    expect(instrumentProgress(plan, phq({ baselineAdministrationId: 'b', baseline: 16 }))).to.deep.equal({
      instrumentId: 'phq9',
      baseline: { administrationId: 'b', date: at(25), value: 16, band: 'moderately-severe', bandLabel: 'Moderately severe' },
      later: [
        { administrationId: 'l1', date: at(28), value: 12, band: 'moderate', bandLabel: 'Moderate' },
        { administrationId: 'l2', date: '2026-11-30T09:00:00.000Z', value: 4, band: 'minimal', bandLabel: 'Minimal' },
      ],
      latest: { administrationId: 'l2', date: '2026-11-30T09:00:00.000Z', value: 4, band: 'minimal', bandLabel: 'Minimal' },
      targetMet: true,
    });
  });

  it('with none bound, the first complete score from the moment it was set (that instant included) is the baseline', () => {
    const p = instrumentProgress(plan, phq())!;
    expect(p.baseline?.administrationId).to.equal('same-instant');
    expect(p.later.map((r) => r.administrationId)).to.deep.equal(['b', 'l1', 'l2']);
  });

  it('a typed baseline with no administration stands at the objective’s creation; later scores are after it', () => {
    const p = instrumentProgress(plan, phq({ baseline: 20, baselineAdministrationId: 'gone' }))!;
    expect(p.baseline).to.deep.equal({ administrationId: 'gone', date: CREATED, value: 20 });
    expect(p.later.map((r) => r.administrationId)).to.deep.equal(['b', 'l1', 'l2']);
    expect(instrumentProgress(plan, phq({ baselineAdministrationId: 'gone' }))!.baseline).to.equal(undefined);
  });

  it('an empty bound id is no administration: the typed value is the baseline', () => {
    expect(instrumentProgress(plan, phq({ baseline: 20, baselineAdministrationId: '' }))!.baseline).to.deep.equal({ administrationId: '', date: CREATED, value: 20 });
  });

  it('no target or no direction: no verdict; none later: no latest', () => {
    expect(instrumentProgress(plan, phq({ baselineAdministrationId: 'b', target: undefined }))).to.not.have.property('targetMet');
    expect(instrumentProgress(plan, phq({ baselineAdministrationId: 'b', direction: undefined }))).to.not.have.property('targetMet');
    expect(instrumentProgress(plan, phq({ baselineAdministrationId: 'b', target: 3 }))).to.include({ targetMet: false });
    const none = instrumentProgress(plan, phq({ baselineAdministrationId: 'l2' }))!;
    expect(none.later).to.deep.equal([]);
    expect(none).to.not.have.property('latest');
  });

  it('the baseline a checklist judges: read for a questionnaire in a plan, typed otherwise', () => {
    expect(effectiveBaseline(plan, phq({ baselineAdministrationId: 'b', baseline: 99 }))).to.equal(16);
    expect(effectiveBaseline(undefined, phq({ baselineAdministrationId: 'b', baseline: 99 }))).to.equal(99);
    expect(effectiveBaseline(plan, objective({ baseline: 7 }))).to.equal(7);
    expect(effectiveBaseline(plan, phq({ instrumentId: 'k10', baseline: 5 })), 'typed, nothing read yet').to.equal(5);
    expect(effectiveBaseline(plan, phq({ instrumentId: 'k10' }))).to.equal(undefined);
    expect(effectiveBaseline(plan, phq({ instrumentId: undefined, baseline: 5 })), 'no questionnaire chosen: nothing to read').to.equal(undefined);
  });
});

describe('changing the kind of a measure', () => {
  const cases: [Measure['kind'], Measure['kind'], Partial<Measure>][] = [
    ['count', 'instrument', { kind: 'instrument', baseline: undefined, unit: undefined }],
    ['instrument', 'count', { kind: 'count', baseline: undefined, instrumentId: undefined, baselineAdministrationId: undefined }],
    ['count', 'rating', { kind: 'rating', instrumentId: undefined, baselineAdministrationId: undefined }],
    ['instrument', 'instrument', { kind: 'instrument', unit: undefined }],
    ['custom', 'count', { kind: 'count', instrumentId: undefined, baselineAdministrationId: undefined }],
  ];
  for (const [from, to, expected] of cases) {
    it(`${from} → ${to}`, () => {
      const change = measureKindChange(from, to);
      expect(change).to.deep.equal(expected);
      expect(Object.keys(change).sort()).to.deep.equal(Object.keys(expected).sort());
    });
  }
});
