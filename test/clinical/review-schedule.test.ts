import { expect } from '@open-wc/testing';
import { lastReviewDay, reviewDue, reviewSchedule } from '../../src/clinical/progress/review.js';
import { createPlan, type PlanStatus, type TreatmentPlan } from '../../src/model/index.js';

// Which timeline entries the review schedule counts from, and which plans have one at all.

type Entry = TreatmentPlan['timeline'][number];
const review = (id: string, date: string): Entry => ({ id, kind: 'review', date, objectives: [] });
const status = (id: string, date: string, from: PlanStatus, to: PlanStatus): Entry => ({ id, kind: 'status', date, from, to });
const plan = (timeline: Entry[], over: Partial<TreatmentPlan> = {}): TreatmentPlan => ({
  ...createPlan('r', '2026-01-01T00:00:00.000Z'),
  status: 'active',
  review: { intervalDays: 30 },
  timeline,
  ...over,
});

describe('lastReviewDay', () => {
  const cases: [string, Entry[], string | undefined][] = [
    ['no entries', [], undefined],
    ['a review', [review('a', '2026-02-10T09:00:00.000Z')], '2026-02-10'],
    ['the activation (draft → active)', [status('s', '2026-01-05T09:00:00.000Z', 'draft', 'active')], '2026-01-05'],
    ['a return from review (under-review → active) does not count', [status('s', '2026-01-05T09:00:00.000Z', 'under-review', 'active')], undefined],
    ['a start of review (active → under-review) does not count', [status('s', '2026-01-05T09:00:00.000Z', 'active', 'under-review')], undefined],
    ['a draft closed without starting (draft → discontinued) does not count', [status('s', '2026-01-05T09:00:00.000Z', 'draft', 'discontinued')], undefined],
    ['the newest wins, whatever the order', [review('b', '2026-03-01T09:00:00.000Z'), review('a', '2026-02-01T09:00:00.000Z'), status('s', '2026-01-05T09:00:00.000Z', 'draft', 'active')], '2026-03-01'],
    ['the newest wins when it comes last', [status('s', '2026-01-05T09:00:00.000Z', 'draft', 'active'), review('a', '2026-02-01T09:00:00.000Z')], '2026-02-01'],
  ];
  for (const [name, timeline, expected] of cases) {
    it(`${name}: ${expected ?? 'none'}`, () => expect(lastReviewDay(plan(timeline))).to.equal(expected));
  }

  it('two entries at the same instant: the later in the timeline is kept (same day either way)', () => {
    expect(lastReviewDay(plan([review('a', '2026-02-01T23:30:00.000Z'), review('b', '2026-02-01T23:30:00.000Z')]))).to.equal('2026-02-01');
  });
});

describe('reviewSchedule: which plans have one', () => {
  const activated = [status('s', '2026-01-05T09:00:00.000Z', 'draft', 'active')];
  const statuses: [PlanStatus, string][] = [
    ['draft', 'not-scheduled'],
    ['active', 'scheduled'],
    ['under-review', 'scheduled'],
    ['completed', 'not-scheduled'],
    ['discontinued', 'not-scheduled'],
  ];
  for (const [s, state] of statuses) {
    it(`a plan ${s}: ${state}`, () => {
      expect(reviewSchedule(plan(activated, { status: s }), '2026-01-06').state).to.equal(state);
    });
  }

  it('counts the interval from the last review when nextDue is missing, and keeps lastReviewed even when not scheduled', () => {
    expect(reviewSchedule(plan(activated), '2026-01-06')).to.deep.equal({ intervalDays: 30, lastReviewed: '2026-01-05', nextDue: '2026-02-04', daysUntil: 29, state: 'scheduled' });
    expect(reviewSchedule(plan(activated, { status: 'completed' }), '2026-01-06')).to.deep.equal({ intervalDays: 30, lastReviewed: '2026-01-05', state: 'not-scheduled' });
  });

  it('an active plan with neither nextDue nor a review: not scheduled, and no review-due', () => {
    expect(reviewSchedule(plan([]), '2026-01-06')).to.deep.equal({ intervalDays: 30, state: 'not-scheduled' });
    expect(reviewDue(plan([]), '2030-01-01')).to.equal(undefined);
  });

  it('nextDue wins over the last review', () => {
    const p = plan(activated, { review: { intervalDays: 30, nextDue: '2026-01-10' } });
    expect(reviewSchedule(p, '2026-01-06')).to.include({ nextDue: '2026-01-10', state: 'due-soon', daysUntil: 4 });
  });

  it('review-due on the day and after it, with the days overdue', () => {
    const p = plan(activated);
    expect(reviewDue(p, '2026-02-03')).to.equal(undefined);
    expect(reviewDue(p, '2026-02-04')).to.deep.equal({ dueDate: '2026-02-04', overdue: false, daysOverdue: 0 });
    expect(reviewDue(p, '2026-02-05')).to.deep.equal({ dueDate: '2026-02-04', overdue: true, daysOverdue: 1 });
  });
});
