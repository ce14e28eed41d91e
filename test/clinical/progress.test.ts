import { expect } from '@open-wc/testing';
import {
  CHANGE_PARAMETERS,
  buildTimeline,
  changeMarkers,
  computeAlerts,
  instrumentSeries,
  isResponse,
  nextReviewDate,
  normalizeInstrumentId,
  objectiveProgress,
  reliableChange,
  reviewDue,
  reviewSchedule,
  type ChangeMarker,
} from '../../src/clinical/progress/index.js';
import { PHQ9 } from '../../src/clinical/instruments/builtins.js';
import { createPlan } from '../../src/model/factory.js';
import { TreatmentPlanSchema, type TreatmentPlan } from '../../src/model/plan.js';
import { applyCommand } from '../../src/plan/reducer.js';
import type { CommandContext } from '../../src/plan/define.js';
import { activePlan, administration, largePlan, objective, phqObjective, sixMonthPlan, walkObjective } from '../fixtures/progress-plans.js';

const phq9 = CHANGE_PARAMETERS.phq9!;
const gad7 = CHANGE_PARAMETERS.gad7!;

function ctxAt(now: string): CommandContext {
  let n = 0;
  return { now, newId: () => `id-${++n}` };
}

function run(plan: TreatmentPlan, command: unknown, now = '2026-04-10T10:00:00.000Z') {
  return applyCommand(plan, command, ctxAt(now));
}

describe('reliable change (Jacobson & Truax 1991)', () => {
  // PHQ-9: SD 3.52, r .89 → SE = 3.52·√.11 = 1.16745, S_diff = 1.65102, 1.96·S_diff = 3.236 → 4 points.
  // GAD-7: SD 3.41, r .92 → SE = 3.41·√.08 = 0.96449, S_diff = 1.36400, 1.96·S_diff = 2.673 → 3 points.
  it('computes SE, S_diff and the critical whole-point change by hand', () => {
    const r = reliableChange(15, 11, phq9);
    expect(r.standardError).to.be.closeTo(1.16745, 1e-4);
    expect(r.sDiff).to.be.closeTo(1.65102, 1e-4);
    expect(r.rc).to.be.closeTo(-2.4228, 1e-3);
    expect(r.criticalPoints).to.equal(4);
    expect(reliableChange(12, 9, gad7).sDiff).to.be.closeTo(1.364, 1e-3);
    expect(reliableChange(12, 9, gad7).criticalPoints).to.equal(3);
  });

  const cases: [string, typeof phq9, number, number, 'improvement' | 'deterioration' | 'none', number][] = [
    ['PHQ-9 15 → 12 (−3, RC −1.82)', phq9, 15, 12, 'none', -1.8171],
    ['PHQ-9 15 → 11 (−4, RC −2.42)', phq9, 15, 11, 'improvement', -2.4228],
    ['PHQ-9 10 → 13 (+3)', phq9, 10, 13, 'none', 1.8171],
    ['PHQ-9 10 → 14 (+4)', phq9, 10, 14, 'deterioration', 2.4228],
    ['GAD-7 12 → 10 (−2, RC −1.47)', gad7, 12, 10, 'none', -1.4663],
    ['GAD-7 12 → 9 (−3, RC −2.20)', gad7, 12, 9, 'improvement', -2.1994],
    ['GAD-7 8 → 10 (+2)', gad7, 8, 10, 'none', 1.4663],
    ['GAD-7 8 → 11 (+3)', gad7, 8, 11, 'deterioration', 2.1994],
    ['no change', phq9, 9, 9, 'none', 0],
  ];
  for (const [name, p, x1, x2, direction, rc] of cases) {
    it(name, () => {
      const r = reliableChange(x1, x2, p);
      expect(r.rc).to.be.closeTo(rc, 1e-3);
      expect(r.direction).to.equal(direction);
      expect(r.reliable).to.equal(direction !== 'none');
    });
  }

  it('labels results resting on the unverified SD as not verified', () => {
    expect(phq9.sd.verified).to.equal(false);
    expect(reliableChange(15, 11, phq9).verified).to.equal(false);
    expect(changeMarkers(15, 11, phq9).verified).to.equal(false);
    // A response alone does not rest on SD or r.
    expect(changeMarkers(10, 5, { ...phq9, remission: undefined }).markers).to.include('response');
  });
});

describe('response and remission', () => {
  const cases: [string, number, number, boolean][] = [
    ['18 → 9 is a 50 % drop', 18, 9, true],
    ['18 → 10 is a 44 % drop', 18, 10, false],
    ['7 → 3 drops 4 ≥ 3.5', 7, 3, true],
    ['7 → 4 drops 3 < 3.5', 7, 4, false],
    ['0 → 0 has nothing to drop from', 0, 0, false],
  ];
  for (const [name, b, c, expected] of cases) it(`response: ${name}`, () => expect(isResponse(b, c)).to.equal(expected));

  const markerCases: [string, typeof phq9, number, number, ChangeMarker[]][] = [
    ['PHQ-9 14 → 4: reliable improvement, response, remission', phq9, 14, 4, ['reliable-improvement', 'response', 'remission']],
    ['PHQ-9 14 → 5: response, not remission (5 is not < 5)', phq9, 14, 5, ['reliable-improvement', 'response']],
    ['PHQ-9 14 → 8: a 43 % drop, no response', phq9, 14, 8, ['reliable-improvement']],
    ['PHQ-9 8 → 4: remission and response, 4-point drop is reliable', phq9, 8, 4, ['reliable-improvement', 'response', 'remission']],
    ['PHQ-9 4 → 3: baseline already below 5, no remission', phq9, 4, 3, []],
    ['GAD-7 10 → 4: no remission rule for GAD-7', gad7, 10, 4, ['reliable-improvement', 'response']],
    ['PHQ-9 12 → 17: reliable deterioration only', phq9, 12, 17, ['reliable-deterioration']],
  ];
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
        administration('p-2', 'phq9', '2026-02-15', 11),
        administration('p-1', 'phq9', '2026-01-10', 15),
        { ...partial, score: { ...partial.score, answered: 4, complete: false } },
        administration('g-1', 'gad7', '2026-01-10', 12),
      ],
    });
    const series = instrumentSeries(plan);
    expect(series.map((s) => s.label)).to.deep.equal(['GAD-7', 'PHQ-9']);
    const phq = series[1]!;
    expect(phq.points.map((p) => p.point.score)).to.deep.equal([15, 11]);
    expect(phq.points[0]!.isBaseline).to.equal(true);
    expect(phq.points[1]!.markers).to.deep.equal(['reliable-improvement']);
    expect(phq.bands.map((b) => b.id)).to.deep.equal(['minimal', 'mild', 'moderate', 'moderately-severe', 'severe']);
  });
});

describe('objective status from data', () => {
  const cases: [string, number[], string, string?][] = [
    ['16 → 13: no reliable change', [16, 13], 'no-reliable-change'],
    ['16 → 12: improving', [16, 12], 'improving'],
    ['16 → 9: target 9 reached', [16, 9], 'achieved'],
    ['16 → 10: one above target, reliable improvement', [16, 10], 'improving'],
    ['16 → 20: worsening', [16, 20], 'worsening'],
    ['16 → 19: not reliably worse', [16, 19], 'no-reliable-change'],
    ['only a baseline', [16], 'not-enough-data', 'no-follow-up'],
    ['no data at all', [], 'not-enough-data', 'no-baseline'],
  ];
  for (const [name, scores, status, reason] of cases) {
    it(name, () => {
      const administrations = scores.map((s, i) => administration(`a${i}`, 'phq9', `2026-0${i + 1}-10`, s));
      const plan = activePlan('o1', [phqObjective()], { administrations });
      const p = objectiveProgress(plan, plan.problems[0]!.goals[0]!.objectives[0]!)!;
      expect(p.status).to.equal(status);
      if (reason) expect(p.reason).to.equal(reason);
    });
  }

  it('reads the baseline from baselineAdministrationId and ignores earlier scores', () => {
    const administrations = [
      administration('a0', 'phq9', '2026-01-01', 8),
      administration('a1', 'phq9', '2026-02-01', 18),
      administration('a2', 'phq9', '2026-03-01', 13),
    ];
    const o = phqObjective({ measure: { kind: 'instrument', label: 'PHQ-9', instrumentId: 'PHQ-9', baselineAdministrationId: 'a1', target: 9 } });
    const plan = activePlan('o2', [o], { administrations });
    const p = objectiveProgress(plan, o)!;
    expect(p.baseline).to.equal(18);
    expect(p.latest?.score).to.equal(13);
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
  const withScores = (scores: number[], extra = {}) =>
    activePlan('al', [phqObjective(extra)], {
      administrations: scores.map((s, i) => administration(`a${i}`, 'phq9', `2026-0${i + 1}-10`, s)),
    });

  it('no alert on the due day itself; not on track the day after when the target is missed', () => {
    const plan = withScores([16, 12]);
    expect(computeAlerts(plan, '2026-03-31')).to.deep.equal([]);
    const alerts = computeAlerts(plan, '2026-04-01');
    expect(alerts).to.have.length(1);
    expect(alerts[0]).to.include({ code: 'not-on-track', objectiveId: 'obj-phq', instrumentId: 'phq9' });
  });

  it('no alert past due when the target was reached', () => {
    expect(computeAlerts(withScores([16, 9]), '2026-05-01')).to.deep.equal([]);
  });

  it('no alert for an achieved objective', () => {
    expect(computeAlerts(withScores([16, 12], { status: 'achieved' }), '2026-05-01')).to.deep.equal([]);
  });

  it('reliable deterioration of a bound instrument (12 → 17), none at 12 → 15', () => {
    const worse = computeAlerts(withScores([12, 17]), '2026-02-20');
    expect(worse).to.have.length(1);
    expect(worse[0]).to.include({ code: 'reliable-deterioration', objectiveId: 'obj-phq', instrumentId: 'phq9' });
    expect(computeAlerts(withScores([12, 15]), '2026-02-20')).to.deep.equal([]);
  });

  it('reliable deterioration of an unbound instrument names only the instrument (GAD-7 8 → 11, none at 8 → 10)', () => {
    const mk = (s: number) =>
      activePlan('al2', [walkObjective()], {
        administrations: [administration('g1', 'gad7', '2026-01-10', 8), administration('g2', 'gad7', '2026-02-10', s)],
      });
    const alerts = computeAlerts(mk(11), '2026-02-20');
    expect(alerts).to.deep.equal([
      { code: 'reliable-deterioration', message: alerts[0]!.message, instrumentId: 'gad7' },
    ]);
    expect(alerts[0]!.message).to.contain('provisional');
    expect(computeAlerts(mk(10), '2026-02-20')).to.deep.equal([]);
  });

  it('uses the newest review value for typed measures', () => {
    const base = activePlan('al3', [walkObjective()]);
    const reviewed = (value: number): TreatmentPlan => ({
      ...base,
      timeline: [...base.timeline, { id: 'r', kind: 'review', date: '2026-04-20T10:00:00.000Z', objectives: [{ objectiveId: 'obj-walk', currentValue: value }] }],
    });
    expect(computeAlerts(reviewed(3), '2026-05-01').map((a) => a.code)).to.deep.equal(['not-on-track']);
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

  it('activating a plan on 2023-12-01 schedules the review on 2024-02-29 (leap day)', () => {
    const r = run(createPlan('lp', '2023-11-20T10:00:00.000Z'), { type: 'plan/set-status', status: 'active' }, '2023-12-01T10:00:00.000Z');
    expect(r.ok && r.value.plan.review.nextDue).to.equal('2024-02-29');
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
    expect(bad.ok).to.equal(false);
    if (!bad.ok) expect(bad.error.code).to.equal('invalid-command');
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
        { kind: 'edited', subject: 'objective', text: 'PHQ-9 below 10 (out of the moderate range) by the end of March: target 9 → 7, due 2026-03-31 → 2026-06-30' },
        { kind: 'edited', subject: 'objective', text: 'Walk for 20 minutes on at least 4 days a week: status active → achieved' },
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
      expect(rev?.kind === 'revision' && rev.changes[0]?.text).to.equal('PHQ-9 below 10 by June: wording');
    });

    it('returns plan-alert effects for reliable deterioration', () => {
      const plan = activePlan('rv4', [phqObjective()], {
        administrations: [administration('a1', 'phq9', '2026-01-10', 12), administration('a2', 'phq9', '2026-04-01', 17)],
      });
      const r = reviewed(plan);
      expect(r.ok && r.value.effects).to.deep.equal([
        { type: 'plan-alert', code: 'reliable-deterioration', message: r.ok ? r.value.effects![0]!.message : '', objectiveId: 'obj-phq', instrumentId: 'phq9' },
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
