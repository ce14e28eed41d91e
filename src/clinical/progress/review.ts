import { addDays, daysBetween, toDay } from '../../model/dates.js';
import { DEFAULT_REVIEW_INTERVAL_DAYS } from '../../model/factory.js';
import type { TreatmentPlan } from '../../model/plan.js';

/** A review that is due or overdue (the provider fires it as `review-due`). */
export interface ReviewDue {
  /** `YYYY-MM-DD` the review was due. */
  dueDate: string;
  overdue: boolean;
  daysOverdue: number;
}

/** A review counts as "due soon" this many days before its date (a badge, no event). */
export const REVIEW_DUE_SOON_DAYS = 14;

export type ReviewState = 'not-scheduled' | 'scheduled' | 'due-soon' | 'due' | 'overdue';

export interface ReviewSchedule {
  intervalDays: number;
  /** `YYYY-MM-DD`, absent while the plan is not active. */
  nextDue?: string;
  /** Day of the last review or activation the schedule counts from. */
  lastReviewed?: string;
  state: ReviewState;
  /** Days until the due date (negative once overdue). */
  daysUntil?: number;
}

/** The next review day: `from` plus the interval, in calendar days (UTC), right across month ends and leap days. */
export function nextReviewDate(from: string, intervalDays: number = DEFAULT_REVIEW_INTERVAL_DAYS): string {
  return addDays(from, intervalDays);
}

/** Day of the newest review or activation in the plan's timeline. */
export function lastReviewDay(plan: TreatmentPlan): string | undefined {
  let best: { time: number; date: string } | undefined;
  for (const e of plan.timeline) {
    // Stryker disable next-line ConditionalExpression: equivalent — only status entries have `from` and `to`, so `e.kind === 'status'` can be true or not: the type checker needs it.
    if (e.kind === 'review' || (e.kind === 'status' && e.to === 'active' && e.from === 'draft')) {
      const time = Date.parse(e.date);
      // Stryker disable next-line EqualityOperator: equivalent — entries at the same instant are on the same day, which is all this returns.
      if (!best || time >= best.time) best = { time, date: e.date };
    }
  }
  return best ? toDay(best.date) : undefined;
}

/**
 * Where the plan's review schedule stands on `today` (`YYYY-MM-DD`). Only active plans and plans
 * under review have one. The due date is `plan.review.nextDue`, or — when a host supplied a plan
 * without it — the last review/activation plus the interval.
 */
export function reviewSchedule(plan: TreatmentPlan, today: string): ReviewSchedule {
  const intervalDays = plan.review.intervalDays || DEFAULT_REVIEW_INTERVAL_DAYS;
  const lastReviewed = lastReviewDay(plan);
  const base: ReviewSchedule = { intervalDays, state: 'not-scheduled', ...(lastReviewed ? { lastReviewed } : {}) };
  if (plan.status !== 'active' && plan.status !== 'under-review') return base;
  const nextDue = plan.review.nextDue ?? (lastReviewed ? nextReviewDate(lastReviewed, intervalDays) : undefined);
  if (!nextDue) return base;
  const daysUntil = daysBetween(today, nextDue);
  const state: ReviewState =
    daysUntil < 0 ? 'overdue' : daysUntil === 0 ? 'due' : daysUntil <= REVIEW_DUE_SOON_DAYS ? 'due-soon' : 'scheduled';
  return { ...base, nextDue, daysUntil, state };
}

/**
 * The `review-due` event detail when the review is due (today is the due day) or overdue;
 * `undefined` otherwise.
 */
export function reviewDue(plan: TreatmentPlan, today: string): ReviewDue | undefined {
  const s = reviewSchedule(plan, today);
  if (!s.nextDue || (s.state !== 'due' && s.state !== 'overdue')) return undefined;
  const daysOverdue = Math.max(0, -(s.daysUntil ?? 0));
  return { dueDate: s.nextDue, overdue: daysOverdue > 0, daysOverdue };
}
