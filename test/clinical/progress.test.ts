import { expect } from '@open-wc/testing';
import { commandContext } from '../helpers/commands.js';
import { errorOf, okValue } from '../helpers/result.js';
import { agreedAndSigned } from '../helpers/signing.js';
import {
  CHANGE_PARAMETERS,
  buildTimeline,
  changeMarkers,
  computeAlerts,
  instrumentSeries,
  isRemission,
  isResponse,
  nextReviewDate,
  normalizeInstrumentId,
  objectiveProgress,
  reliableChange,
  reviewDue,
  reviewSchedule,
  type ChangeMarker,
  type ChangeParameters,
} from '../../src/clinical/progress/index.js';
import { PHQ9 } from '../../src/clinical/instruments/builtins.js';
import { createPlan } from '../../src/model/factory.js';
import { TreatmentPlanSchema, type TreatmentPlan } from '../../src/model/plan.js';
import { applyCommand } from '../../src/plan/reducer.js';
import type { CommandContext } from '../../src/plan/define.js';
import { administration } from '../fixtures/administrations.js';
import { activePlan, largePlan, objective, phqObjective, sixMonthPlan, walkObjective } from '../fixtures/progress-plans.js';

const phq9 = CHANGE_PARAMETERS.phq9!;
const gad7 = CHANGE_PARAMETERS.gad7!;
const pcl5 = CHANGE_PARAMETERS.pcl5!;

const ctxAt = (now: string): CommandContext => commandContext(now);

function run(plan: TreatmentPlan, command: unknown, now = '2026-04-10T10:00:00.000Z') {
  return applyCommand(plan, command, ctxAt(now));
}

describe('reliable change from clinical values (Jacobson & Truax 1991; NHS Talking Therapies thresholds)', () => {
  // PHQ-9: SD 5.5 (clinical intake), r .89 → SE = 5.5·√.11 = 1.82414, S_diff = 2.57973, 1.96·S_diff = 5.056 → 6 points.
  // GAD-7: SD 4.5 (clinical intake), r .92 → SE = 4.5·√.08 = 1.27279, S_diff = 1.8, 1.96·S_diff = 3.528 → 4 points.
  it('the formula gives exactly the published NHS Talking Therapies thresholds (6 and 4 points)', () => {
    const r = reliableChange(15, 9, phq9);
    expect(r.standardError).to.be.closeTo(1.82414, 1e-4);
    expect(r.sDiff).to.be.closeTo(2.57973, 1e-4);
    expect(r.rc).to.be.closeTo(-2.3258, 1e-3);
    expect(r.criticalPoints).to.equal(6);
    expect(phq9.reliableChangePoints.value).to.equal(6);
    expect(reliableChange(12, 9, gad7).sDiff).to.be.closeTo(1.8, 1e-6);
    expect(reliableChange(12, 9, gad7).criticalPoints).to.equal(4);
    expect(gad7.reliableChangePoints.value).to.equal(4);
  });

  it('every parameter set that has SD and r agrees with its published threshold', () => {
    for (const p of Object.values(CHANGE_PARAMETERS)) {
      if (!p.sd || !p.reliability) continue;
      expect(reliableChange(0, 0, p).criticalPoints, p.label).to.equal(p.reliableChangePoints.value);
    }
  });

  const cases: [string, ChangeParameters, number, number, 'improvement' | 'deterioration' | 'none'][] = [
    ['PHQ-9 15 → 10 (−5): NOT reliable improvement', phq9, 15, 10, 'none'],
    ['PHQ-9 15 → 9 (−6): reliable improvement', phq9, 15, 9, 'improvement'],
    ['PHQ-9 15 → 11 (−4, reliable with general-population SDs): not reliable', phq9, 15, 11, 'none'],
    ['PHQ-9 10 → 15 (+5): not reliable', phq9, 10, 15, 'none'],
    ['PHQ-9 10 → 16 (+6): reliable deterioration', phq9, 10, 16, 'deterioration'],
    ['GAD-7 12 → 9 (−3): NOT reliable improvement', gad7, 12, 9, 'none'],
    ['GAD-7 12 → 8 (−4): reliable improvement', gad7, 12, 8, 'improvement'],
    ['GAD-7 8 → 11 (+3): not reliable', gad7, 8, 11, 'none'],
    ['GAD-7 8 → 12 (+4): reliable deterioration', gad7, 8, 12, 'deterioration'],
    ['PCL-5 50 → 36 (−14): not reliable (Marx et al. 2022: 15)', pcl5, 50, 36, 'none'],
    ['PCL-5 50 → 35 (−15): reliable improvement', pcl5, 50, 35, 'improvement'],
    ['PCL-5 30 → 44 (+14): not reliable', pcl5, 30, 44, 'none'],
    ['PCL-5 30 → 45 (+15): reliable deterioration', pcl5, 30, 45, 'deterioration'],
    ['no change', phq9, 9, 9, 'none'],
  ];
  for (const [name, p, x1, x2, direction] of cases) {
    it(name, () => {
      const r = reliableChange(x1, x2, p);
      expect(r.direction).to.equal(direction);
      expect(r.reliable).to.equal(direction !== 'none');
    });
  }

  it('records each value with its source, and every value is verified', () => {
    for (const p of [phq9, gad7, pcl5]) {
      expect(p.reliableChangePoints.source, p.label).to.match(/NHS Talking Therapies|Marx/);
      expect(p.reliableChangePoints.verified).to.equal(true);
    }
    expect(phq9.sd!.value).to.equal(5.5);
    expect(gad7.sd!.value).to.equal(4.5);
    expect(pcl5.reliableChangePoints.value).to.equal(15);
    expect(changeMarkers(15, 9, phq9).verified).to.equal(true);
    // Instruments with no cited clinical value get no parameters at all.
    expect(CHANGE_PARAMETERS.auditc).to.equal(undefined);
  });
});

describe('response and remission (only from a clinical-range baseline: PHQ-9 ≥ 10, NCQA DRR-E / CMS159)', () => {
  const cases: [string, number, number, boolean][] = [
    ['18 → 9 is a 50 % drop', 18, 9, true],
    ['18 → 10 is a 44 % drop', 18, 10, false],
    ['10 → 5: baseline 10 is in the clinical range, 50 % drop', 10, 5, true],
    ['10 → 6: 40 % drop', 10, 6, false],
    ['9 → 4: baseline 9 is below the clinical range', 9, 4, false],
    ['8 → 3 (isResponse(8, 3) is false)', 8, 3, false],
    ['2 → 1 is not a response', 2, 1, false],
    ['0 → 0 has nothing to drop from', 0, 0, false],
  ];
  for (const [name, b, c, expected] of cases) it(`response: ${name}`, () => expect(isResponse(b, c)).to.equal(expected));

  const remission: [string, number, number, boolean][] = [
    ['10 → 4', 10, 4, true],
    ['10 → 5 (5 is not < 5)', 10, 5, false],
    ['9 → 4 (baseline below the clinical range)', 9, 4, false],
    ['4 → 3 (already below 5)', 4, 3, false],
    ['10 → 0: baseline exactly at the cut-off', 10, 0, true],
  ];
  for (const [name, b, c, expected] of remission) it(`remission: ${name}`, () => expect(isRemission(b, c)).to.equal(expected));

  const markerCases: [string, ChangeParameters, number, number, ChangeMarker[]][] = [
    ['PHQ-9 14 → 4: reliable improvement, response, remission', phq9, 14, 4, ['reliable-improvement', 'response', 'remission']],
    ['PHQ-9 14 → 5: response, not remission (5 is not < 5)', phq9, 14, 5, ['reliable-improvement', 'response']],
    ['PHQ-9 14 → 8: a 43 % drop, reliable only', phq9, 14, 8, ['reliable-improvement']],
    ['PHQ-9 10 → 4: boundary baseline 10, all three', phq9, 10, 4, ['reliable-improvement', 'response', 'remission']],
    ['PHQ-9 9 → 3: boundary baseline 9, reliable only', phq9, 9, 3, ['reliable-improvement']],
    ['PHQ-9 8 → 3: no response or remission from a sub-clinical baseline', phq9, 8, 3, []],
    ['GAD-7 10 → 4: no cited response or remission rule for the GAD-7', gad7, 10, 4, ['reliable-improvement']],
    ['PHQ-9 12 → 18: reliable deterioration only', phq9, 12, 18, ['reliable-deterioration']],
  ];
  // Own cut-offs, different from the PHQ-9 defaults, so a dropped or swapped parameter shows.
  const custom: ChangeParameters = { ...phq9, outcome: { ...phq9.outcome!, minBaseline: 8, remissionBelow: 3 } };
  markerCases.push(
    ['own cut-offs 8 → 2: baseline exactly at minBaseline 8, remission below 3', custom, 8, 2, ['reliable-improvement', 'response', 'remission']],
    ['own cut-offs 8 → 3: 3 is not below 3 (a 5-point drop is not reliable)', custom, 8, 3, ['response']],
    ['own cut-offs 7 → 0: baseline below minBaseline 8', custom, 7, 0, ['reliable-improvement']],
  );
  for (const [name, p, b, c, markers] of markerCases) {
    it(name, () => expect(changeMarkers(b, c, p).markers).to.deep.equal(markers));
  }

  it('gives no markers for an instrument without parameters', () => {
    expect(changeMarkers(20, 2, undefined).markers).to.deep.equal([]);
  });

  it('normalizes instrument ids', () => {
    expect(['PHQ-9', 'phq-9', 'phq9', 'AUDIT-C'].map(normalizeInstrumentId)).to.deep.equal(['phq9', 'phq9', 'phq9', 'auditc']);
  });
});

describe('instrument series', () => {
  it('orders points oldest first, baselines on the first and skips incomplete administrations', () => {
    const partial = administration('p-x', 'phq9', '2026-02-01', 3);
    const plan = activePlan('s1', [], {
      administrations: [
        administration('p-2', 'phq9', '2026-02-15', 9),
        administration('p-1', 'phq9', '2026-01-10', 15),
        { ...partial, score: { ...partial.score, answered: 4, complete: false } },
        administration('g-1', 'gad7', '2026-01-10', 12),
      ],
    });
    const series = instrumentSeries(plan);
    expect(series.map((s) => s.label)).to.deep.equal(['GAD-7', 'PHQ-9']);
    const phq = series[1]!;
    expect(phq.points.map((p) => p.point.score)).to.deep.equal([15, 9]);
    expect(phq.points[0]!.isBaseline).to.equal(true);
    expect(phq.points[1]!.markers).to.deep.equal(['reliable-improvement']);
    expect(phq.bands.map((b) => b.id)).to.deep.equal(['minimal', 'mild', 'moderate', 'moderately-severe', 'severe']);
  });
});

describe('objective status from data', () => {
  const cases: [string, number[], string, string?][] = [
    ['16 → 11: no reliable change (−5)', [16, 11], 'no-reliable-change'],
    ['16 → 10: improving (−6), one above target', [16, 10], 'improving'],
    ['16 → 9: target 9 reached', [16, 9], 'achieved'],
    ['16 → 22: worsening (+6)', [16, 22], 'worsening'],
    ['16 → 21: not reliably worse (+5)', [16, 21], 'no-reliable-change'],
    ['only a baseline', [16], 'not-enough-data', 'no-follow-up'],
    ['no data at all', [], 'not-enough-data', 'no-baseline'],
  ];
  for (const [name, scores, status, reason] of cases) {
    it(name, () => {
      const administrations = scores.map((s, i) => administration(`a${i}`, 'phq9', `2026-0${i + 1}-10`, s));
      const plan = activePlan('o1', [phqObjective()], { administrations });
      const p = objectiveProgress(plan, plan.problems[0]!.goals[0]!.objectives[0]!)!;
      expect(p.status).to.equal(status);
      expect(p.reason).to.equal(reason);
    });
  }

  it('reads the baseline from baselineAdministrationId and ignores earlier scores', () => {
    const administrations = [
      administration('a0', 'phq9', '2026-01-01', 8),
      administration('a1', 'phq9', '2026-02-01', 18),
      administration('a2', 'phq9', '2026-03-01', 12),
    ];
    const o = phqObjective({ measure: { kind: 'instrument', label: 'PHQ-9', instrumentId: 'PHQ-9', baselineAdministrationId: 'a1', target: 9 } });
    const plan = activePlan('o2', [o], { administrations });
    const p = objectiveProgress(plan, o)!;
    expect(p.baseline).to.equal(18);
    expect(p.latest?.score).to.equal(12);
    expect(p.status).to.equal('improving');
  });

  it('says not-enough-data (no-parameters) for an instrument without reliable-change parameters', () => {
    const o = objective('o-w', 'WHODAS lower', { kind: 'instrument', label: 'WHODAS', instrumentId: 'whodas', target: 5 });
    const plan = activePlan('o3', [o], {
      administrations: [administration('w1', 'whodas', '2026-01-01', 20), administration('w2', 'whodas', '2026-02-01', 12)],
    });
    expect(objectiveProgress(plan, o)).to.include({ status: 'not-enough-data', reason: 'no-parameters' });
  });

  it('returns undefined for measures that are not instruments', () => {
    const plan = activePlan('o4', [walkObjective()]);
    expect(objectiveProgress(plan, walkObjective())).to.equal(undefined);
  });
});

describe('computeAlerts', () => {
  const withScores = (scores: number[], extra = {}, target?: number) =>
    activePlan('al', [phqObjective(extra, target)], {
      administrations: scores.map((s, i) => administration(`a${i}`, 'phq9', `2026-0${i + 1}-10`, s)),
    });

  it('no alert on the due day itself; not on track the day after, saying what was measured against what', () => {
    const plan = withScores([16, 12]);
    expect(computeAlerts(plan, '2026-03-31')).to.deep.equal([]);
    const alerts = computeAlerts(plan, '2026-04-01');
    expect(alerts).to.have.length(1);
    expect(alerts[0]).to.include({ code: 'not-on-track', objectiveId: 'obj-phq', instrumentId: 'phq9' });
    expect(alerts[0]!.params).to.deep.equal({
      dueDate: '2026-03-31',
      measure: 'instrument',
      label: 'PHQ-9',
      target: 9,
      direction: 'decrease',
      reliableChangePoints: 6,
      baseline: 16,
      latest: { value: 12, date: '2026-02-10T15:00:00.000Z' },
    });
    expect(alerts[0]!.message).to.contain('PHQ-9 was 12').and.to.contain('baseline 16').and.to.contain('≤ 9').and.to.contain('6 points');
  });

  const table: [string, TreatmentPlan, string[]][] = [
    ['target reached', withScores([16, 9]), []],
    ['reliable improvement (16 → 10) without reaching the target', withScores([16, 10]), []],
    ['no reliable improvement (16 → 11), target missed', withScores([16, 11]), ['not-on-track']],
    ['achieved objective', withScores([16, 12], { status: 'achieved' }), []],
    ['objective without a target', activePlan('nt', [phqObjective({ measure: { kind: 'instrument', label: 'PHQ-9', instrumentId: 'phq9', direction: 'decrease' } })], { administrations: [administration('a0', 'phq9', '2026-01-10', 16), administration('a1', 'phq9', '2026-02-10', 16)] }), []],
    [
      'instrument without change parameters (AUDIT-C), target missed',
      activePlan('np', [objective('o-a', 'Drink less', { kind: 'instrument', label: 'AUDIT-C', instrumentId: 'auditc', target: 2, direction: 'decrease' }, { dueDate: '2026-03-31' })], {
        administrations: [administration('c0', 'auditc', '2026-01-10', 8), administration('c1', 'auditc', '2026-02-10', 8)],
      }),
      [],
    ],
    ['no score after the baseline', withScores([16]), ['not-on-track']],
  ];
  for (const [name, plan, codes] of table) {
    it(`not on track, 2026-05-01: ${name}`, () => expect(computeAlerts(plan, '2026-05-01').map((a) => a.code)).to.deep.equal(codes));
  }

  it('reliable deterioration of a bound instrument (12 → 18), none at 12 → 17', () => {
    const worse = computeAlerts(withScores([12, 18]), '2026-02-20');
    expect(worse).to.have.length(1);
    expect(worse[0]).to.include({ code: 'reliable-deterioration', objectiveId: 'obj-phq', instrumentId: 'phq9' });
    expect(worse[0]!.params).to.deep.equal({ label: 'PHQ-9', baseline: 12, latest: 18, reliableChangePoints: 6, verified: true });
    expect(computeAlerts(withScores([12, 17]), '2026-02-20')).to.deep.equal([]);
  });

  it('reliable deterioration of an unbound instrument names only the instrument (GAD-7 8 → 12, none at 8 → 11)', () => {
    const mk = (s: number) =>
      activePlan('al2', [walkObjective()], {
        administrations: [administration('g1', 'gad7', '2026-01-10', 8), administration('g2', 'gad7', '2026-02-10', s)],
      });
    const alerts = computeAlerts(mk(12), '2026-02-20');
    expect(alerts).to.deep.equal([
      {
        code: 'reliable-deterioration',
        instrumentId: 'gad7',
        params: { label: 'GAD-7', baseline: 8, latest: 12, reliableChangePoints: 4, verified: true },
        message: alerts[0]!.message,
      },
    ]);
    expect(alerts[0]!.message).not.to.contain('provisional');
    expect(computeAlerts(mk(11), '2026-02-20')).to.deep.equal([]);
  });

  it('uses the newest review value for typed measures, and says it', () => {
    const base = activePlan('al3', [walkObjective()]);
    const reviewed = (value: number): TreatmentPlan => ({
      ...base,
      timeline: [...base.timeline, { id: 'r', kind: 'review', date: '2026-04-20T10:00:00.000Z', objectives: [{ objectiveId: 'obj-walk', currentValue: value }] }],
    });
    const alerts = computeAlerts(reviewed(3), '2026-05-01');
    expect(alerts.map((a) => a.code)).to.deep.equal(['not-on-track']);
    expect(alerts[0]!.params).to.include({ measure: 'value', label: 'days walked', unit: 'per week', target: 4, direction: 'increase', baseline: 0 });
    expect(alerts[0]!.message).to.contain('days walked was 3').and.to.contain('≥ 4 per week');
    expect(computeAlerts(reviewed(4), '2026-05-01')).to.deep.equal([]);
  });

  it('is empty for a draft plan', () => {
    expect(computeAlerts({ ...withScores([12, 20]), status: 'draft' }, '2026-05-01')).to.deep.equal([]);
  });
});

describe('review scheduling', () => {
  const dates: [string, number, string][] = [
    ['2024-01-31', 30, '2024-03-01'],
    ['2023-01-31', 30, '2023-03-02'],
    ['2023-12-01', 90, '2024-02-29'],
    ['2025-12-01', 90, '2026-03-01'],
    ['2024-11-30', 90, '2025-02-28'],
    ['2024-02-29', 365, '2025-02-28'],
    ['2024-02-29', 366, '2025-03-01'],
    ['2026-10-31', 1, '2026-11-01'],
  ];
  for (const [from, days, to] of dates) it(`${from} + ${days} days = ${to}`, () => expect(nextReviewDate(from, days)).to.equal(to));

  it('defaults to 90 days', () => expect(nextReviewDate('2026-01-05')).to.equal('2026-04-05'));

  const plan = (nextDue: string) => activePlan('r1', [], { nextDue });
  const states: [string, string, string, number][] = [
    ['2024-02-29', '2024-02-14', 'scheduled', 15],
    ['2024-02-29', '2024-02-15', 'due-soon', 14],
    ['2024-02-29', '2024-02-28', 'due-soon', 1],
    ['2024-02-29', '2024-02-29', 'due', 0],
    ['2024-02-29', '2024-03-01', 'overdue', -1],
    ['2024-02-28', '2024-03-01', 'overdue', -2],
    ['2025-02-28', '2025-03-01', 'overdue', -1],
    ['2025-01-01', '2024-12-31', 'due-soon', 1],
    ['2026-04-30', '2026-05-31', 'overdue', -31],
  ];
  for (const [due, today, state, daysUntil] of states) {
    it(`due ${due}, today ${today}: ${state}`, () => {
      expect(reviewSchedule(plan(due), today)).to.include({ nextDue: due, state, daysUntil });
      const detail = reviewDue(plan(due), today);
      if (state === 'due' || state === 'overdue') expect(detail).to.deep.equal({ dueDate: due, overdue: daysUntil < 0, daysOverdue: Math.abs(Math.min(0, daysUntil)) });
      else expect(detail).to.equal(undefined);
    });
  }

  it('has no schedule for a draft, and derives one from the last review when nextDue is missing', () => {
    expect(reviewSchedule(createPlan('d'), '2026-01-01').state).to.equal('not-scheduled');
    expect(reviewDue(createPlan('d'), '2030-01-01')).to.equal(undefined);
    const p = activePlan('r2', []);
    const noDue = { ...p, review: { intervalDays: 30 } };
    expect(reviewSchedule(noDue, '2026-02-01')).to.include({ nextDue: '2026-02-04', lastReviewed: '2026-01-05' });
  });

  it('activating a plan on 2023-12-01 schedules the review on 2024-02-29 (leap day)', async () => {
    const plan = await agreedAndSigned(createPlan('lp', '2023-11-20T10:00:00.000Z'), commandContext('2023-12-01T10:00:00.000Z'));
    expect(plan.review.nextDue).to.equal('2024-02-29');
  });
});

describe('buildTimeline', () => {
  it('puts everything newest first, grouped by month, with measurements from administrations', () => {
    const plan = sixMonthPlan();
    const t = buildTimeline(plan);
    const items = t.groups.flatMap((g) => g.items);
    expect(items.length).to.equal(plan.timeline.length + plan.assessment.administrations.length);
    expect(t.total).to.equal(items.length);
    for (let i = 1; i < items.length; i++) expect(items[i - 1]!.time).to.be.at.least(items[i]!.time);
    expect(t.groups[0]!.month).to.equal('2026-06');
    expect(t.groups.at(-1)!.month).to.equal('2026-01');
    for (const g of t.groups) for (const it of g.items) expect(it.date.slice(0, 7)).to.equal(g.month);
    expect(t.counts.measurement).to.equal(18);
    expect(t.counts.review).to.equal(1);
    expect(plan.timeline.some((e) => (e.kind as string) === 'measurement')).to.equal(false);
  });

  it('filters by kind and carries change markers on measurements', () => {
    const t = buildTimeline(sixMonthPlan(), ['measurement']);
    const items = t.groups.flatMap((g) => g.items);
    expect(items.every((i) => i.kind === 'measurement')).to.equal(true);
    const newestPhq = items.find((i) => i.kind === 'measurement' && i.administration.instrumentId === 'phq9');
    expect(newestPhq?.kind === 'measurement' && newestPhq.change?.markers).to.deep.equal(['reliable-improvement', 'response']);
    expect(t.counts.session).to.equal(24);
    expect(buildTimeline(sixMonthPlan(), ['review', 'revision']).groups.flatMap((g) => g.items).map((i) => i.kind)).to.deep.equal([
      'review',
      'revision',
      'revision',
    ]);
  });

  it('builds 1,000 entries', () => {
    const plan = largePlan('big');
    expect(TreatmentPlanSchema.safeParse(plan).success).to.equal(true);
    const t = buildTimeline(plan);
    expect(t.total).to.equal(1000);
    expect(t.groups.flatMap((g) => g.items)).to.have.length(1000);
  });
});

describe('progress commands', () => {
  it('records a session with a day date, and refuses an attended session in the future', () => {
    const plan = activePlan('c1', []);
    const r = run(plan, { type: 'progress/record-session', date: '2026-04-09', attendance: 'attended', homeworkDone: 'partly', note: ' Practised the breathing exercise. ' });
    expect(r.ok).to.equal(true);
    if (!r.ok) return;
    expect(r.value.plan.timeline.at(-1)).to.deep.equal({
      id: 'id-1',
      kind: 'session',
      date: '2026-04-09T12:00:00.000Z',
      attendance: 'attended',
      homeworkDone: 'partly',
      note: 'Practised the breathing exercise.',
    });
    const future = run(plan, { type: 'progress/record-session', date: '2026-04-11', attendance: 'attended' });
    expect(future.ok).to.equal(false);
    expect(run(plan, { type: 'progress/record-session', date: '2026-04-11', attendance: 'cancelled' }).ok).to.equal(true);
    expect(run(plan, { type: 'progress/record-session', date: '9 April', attendance: 'attended' }).ok).to.equal(false);
  });

  it('adds a host measurement marked source host, raising risk flags for critical items', () => {
    const plan = activePlan('c2', []);
    const a = administration('host-1', 'phq9', '2026-04-08', 14, { item9: 1 });
    const r = run(plan, { type: 'progress/add-measurement', instrument: PHQ9, administration: { ...a, source: 'assessment' } });
    expect(r.ok).to.equal(true);
    if (!r.ok) return;
    expect(r.value.plan.assessment.administrations.at(-1)?.source).to.equal('host');
    expect(r.value.effects?.[0]).to.include({ type: 'risk-flag', itemId: 'phq9-9', value: 1 });
    expect(r.value.plan.timeline.at(-1)).to.include({ kind: 'risk-flag', administrationId: 'host-1' });
    // Same id again, an inconsistent score, and a malformed shape are refused.
    expect(run(r.value.plan, { type: 'progress/add-measurement', instrument: PHQ9, administration: a }).ok).to.equal(false);
    expect(run(plan, { type: 'progress/add-measurement', instrument: PHQ9, administration: { ...a, score: { ...a.score, answered: 8 } } }).ok).to.equal(false);
    expect(run(plan, { type: 'progress/add-measurement', instrument: PHQ9, administration: { ...a, answers: { ...a.answers, 'phq9-1': null } } }).ok).to.equal(false);
    // An unscored extra answer (PHQ-9 question 10) is fine.
    expect(run(plan, { type: 'progress/add-measurement', instrument: PHQ9, administration: { ...a, answers: { ...a.answers, 'phq9-10': 1 } } }).ok).to.equal(true);
    expect(run(plan, { type: 'progress/add-measurement', instrument: PHQ9, administration: { ...a, score: { ...a.score, total: 40 } } }).ok).to.equal(false);
    const bad = run(plan, { type: 'progress/add-measurement', instrument: PHQ9, administration: { ...a, date: 'yesterday' } });
    expect(errorOf(bad).code).to.equal('invalid-command');
  });

  it('acknowledges a risk flag once', () => {
    const plan = activePlan('c3', [], {
      timeline: [{ id: 'rf', kind: 'risk-flag', date: '2026-04-01T10:00:00.000Z', administrationId: 'a', instrumentId: 'phq9', itemId: 'phq9-9', value: 2, message: 'Thoughts of death or self-harm reported — follow up today' }],
    });
    const r = run(plan, { type: 'progress/acknowledge-risk-flag', entryId: 'rf' });
    expect(r.ok && r.value.plan.timeline.find((e) => e.id === 'rf')).to.include({ acknowledgedAt: '2026-04-10T10:00:00.000Z' });
    expect(run(plan, { type: 'progress/acknowledge-risk-flag', entryId: 'st-1' }).ok).to.equal(false);
  });

  it('confirms the data status of an objective only while the data still say it', () => {
    const plan = activePlan('c4', [phqObjective()], {
      administrations: [administration('a1', 'phq9', '2026-01-10', 16), administration('a2', 'phq9', '2026-03-10', 8)],
    });
    expect(run(plan, { type: 'progress/confirm-objective-status', objectiveId: 'obj-phq', status: 'improving' }).ok).to.equal(false);
    const r = run(plan, { type: 'progress/confirm-objective-status', objectiveId: 'obj-phq', status: 'achieved' });
    expect(r.ok).to.equal(true);
    if (!r.ok) return;
    const o = r.value.plan.problems[0]!.goals[0]!.objectives[0]!;
    expect(o.status).to.equal('achieved');
    expect(o.progress).to.deep.equal({ status: 'achieved', confirmedAt: '2026-04-10T10:00:00.000Z', administrationId: 'a2' });
  });

  describe('record review', () => {
    const reviewed = (plan: TreatmentPlan, extra: object = {}) =>
      run(plan, {
        type: 'progress/record-review',
        objectives: [{ objectiveId: 'obj-phq', currentValue: 12, note: 'Improving slowly' }],
        working: 'Activity scheduling',
        ...extra,
      });

    it('without content changes: a review entry, no revision, next due from the review day, back to active', () => {
      const plan = { ...activePlan('rv1', [phqObjective()]), status: 'under-review' as const };
      const r = reviewed(plan);
      expect(r.ok).to.equal(true);
      if (!r.ok) return;
      const next = r.value.plan;
      expect(next.version).to.equal(1);
      expect(next.versions).to.have.length(1);
      expect(next.status).to.equal('active');
      expect(next.review.nextDue).to.equal('2026-07-09');
      const review = next.timeline.find((e) => e.kind === 'review');
      expect(review).to.deep.include({ working: 'Activity scheduling', objectives: [{ objectiveId: 'obj-phq', currentValue: 12, note: 'Improving slowly' }] });
      expect(review && 'producedVersion' in review).to.equal(false);
      expect(next.timeline.filter((e) => e.kind === 'status').at(-1)).to.include({ from: 'under-review', to: 'active' });
    });

    it('with decided changes: a new version with a readable change summary; the old one stays readable', () => {
      const plan = activePlan('rv2', [phqObjective(), walkObjective()]);
      const r = run(plan, {
        type: 'progress/record-review',
        date: '2026-04-10',
        objectives: [
          { objectiveId: 'obj-phq', currentValue: 12, target: 7, dueDate: '2026-06-30' },
          { objectiveId: 'obj-walk', currentValue: 4, status: 'achieved' },
        ],
        adjustments: 'Aim lower on the PHQ-9; walking is done.',
      });
      expect(r.ok).to.equal(true);
      if (!r.ok) return;
      const next = r.value.plan;
      expect(next.version).to.equal(2);
      expect(next.versions.map((v) => v.version)).to.deep.equal([1, 2]);
      expect(next.versions[0]!.problems[0]!.goals[0]!.objectives[0]!.measure.target).to.equal(9);
      expect(next.versions[1]!.reason).to.equal('review');
      const revision = next.timeline.filter((e) => e.kind === 'revision').at(-1);
      expect(revision?.kind === 'revision' && revision.changes).to.deep.equal([
        {
          kind: 'edited',
          subject: 'objective',
          itemId: 'obj-phq',
          item: 'PHQ-9 below 10 (out of the moderate range) by the end of March',
          fields: [
            { field: 'target', from: 9, to: 7 },
            { field: 'due', from: '2026-03-31', to: '2026-06-30' },
          ],
        },
        {
          kind: 'edited',
          subject: 'objective',
          itemId: 'obj-walk',
          item: 'Walk for 20 minutes on at least 4 days a week',
          fields: [{ field: 'status', from: 'active', to: 'achieved' }],
        },
      ]);
      expect(next.timeline.find((e) => e.kind === 'review')).to.include({ producedVersion: 2, date: '2026-04-10T12:00:00.000Z' });
      expect(TreatmentPlanSchema.safeParse(next).success).to.equal(true);
    });

    it('records a revision for content edited since the last version', () => {
      const plan = activePlan('rv3', [phqObjective()]);
      const edited = run(plan, { type: 'objective/update', objectiveId: 'obj-phq', fields: { clinicalText: 'PHQ-9 below 10 by June' } });
      expect(edited.ok).to.equal(true);
      if (!edited.ok) return;
      const r = reviewed(edited.value.plan);
      expect(r.ok && r.value.plan.version).to.equal(2);
      const rev = r.ok ? r.value.plan.timeline.filter((e) => e.kind === 'revision').at(-1) : undefined;
      expect(rev?.kind === 'revision' && rev.changes[0]).to.deep.include({ item: 'PHQ-9 below 10 by June', fields: [{ field: 'wording' }] });
    });

    it('returns plan-alert effects for reliable deterioration', () => {
      const plan = activePlan('rv4', [phqObjective()], {
        administrations: [administration('a1', 'phq9', '2026-01-10', 12), administration('a2', 'phq9', '2026-04-01', 18)],
      });
      const r = reviewed(plan);
      expect(r.ok && r.value.effects).to.deep.equal([
        {
          type: 'plan-alert',
          code: 'reliable-deterioration',
          message: r.ok ? (r.value.effects![0] as { message: string }).message : '',
          objectiveId: 'obj-phq',
          instrumentId: 'phq9',
          params: { label: 'PHQ-9', baseline: 12, latest: 18, reliableChangePoints: 6, verified: true },
        },
      ]);
    });

    it('refuses a draft plan, an unknown objective, a GAS rating without a scale, a future date', () => {
      expect(reviewed({ ...activePlan('rv5', [phqObjective()]), status: 'draft' }).ok).to.equal(false);
      expect(run(activePlan('rv6', []), { type: 'progress/record-review', objectives: [{ objectiveId: 'nope' }] }).ok).to.equal(false);
      expect(reviewed(activePlan('rv7', [phqObjective()]), { objectives: [{ objectiveId: 'obj-phq', gas: 1 }] }).ok).to.equal(false);
      expect(reviewed(activePlan('rv8', [phqObjective()]), { date: '2026-05-01' }).ok).to.equal(false);
    });
  });
});
