import * as z from 'zod/mini';
import { deteriorationAlerts } from '../../clinical/progress/alerts.js';
import { objectiveProgress } from '../../clinical/progress/objectives.js';
import { nextReviewDate } from '../../clinical/progress/review.js';
import { toDay } from '../../model/dates.js';
import { InstrumentDefinitionSchema, type InstrumentDefinition } from '../../clinical/instruments/schema.js';
import { askedAnswers, checkAnswers, findCritical, scoreAdministration } from '../../clinical/instruments/score.js';
import {
  AdministrationSchema,
  ReviewObjectiveSchema,
  type Administration,
  type Objective,
  type ReviewEntry,
  type TimelineEntry,
  type TreatmentPlan,
} from '../../model/plan.js';
import { DateSchema, DateTimeSchema, IdSchema, LongTextSchema } from '../../model/primitives.js';
import { applied, defineCommand, refused, rejected, type PlanEffect } from '../define.js';
import { STATUSES_NEEDING_REASON, itemStatusRule } from '../rules.js';
import { notFound, present, riskFlags, taken } from './util.js';
import { needsDefinition } from './assessment.js';
import { diffContent } from '../diff.js';
import { locate, mapFound, mapItem, merge } from '../../model/items.js';
import { recordVersion } from './plan.js';

const opt = z.optional;

/** A day (`YYYY-MM-DD`, stored at 12:00 UTC so it reads as the same day in every zone) or an instant. */
const DayOrInstantSchema = z.union([DateSchema, DateTimeSchema]);
const toInstant = (d: string) => (d.length === 10 ? `${d}T12:00:00.000Z` : new Date(d).toISOString());

/** One objective as a review records it (new status, value, GAS level, note), plus what the review may adjust. */
export const ReviewObjectiveInputSchema = z.extend(ReviewObjectiveSchema, {
  /** Adjusted target and due date, decided in the review. */
  target: opt(z.number()),
  dueDate: opt(DateSchema),
});

function contentChanged(plan: TreatmentPlan): boolean {
  const last = plan.versions.at(-1);
  return !last || diffContent(last, plan).length > 0;
}

/**
 * A host measurement as the kit would have scored it: score and critical findings computed from
 * the answers with the instrument's definition (the caller's `critical` is never trusted). A
 * stated score that disagrees is the problem in words.
 */
function rescore(a: Administration, def: InstrumentDefinition): Administration | string {
  const problem = checkAnswers(def, a.answers);
  if (problem) return problem;
  const answers = askedAnswers(def, a.answers);
  const score = scoreAdministration(def, answers, a.context);
  const s = a.score;
  if (s.total !== score.total) {
    return `The stated total ${s.total} does not match the answers, which add up to ${score.total} of ${score.max}.`;
  }
  if (s.answered !== score.answered || s.complete !== score.complete) {
    return `The score says ${s.answered} of ${s.itemCount} items answered; the answers hold ${score.answered} of ${score.itemCount}.`;
  }
  return { ...a, answers, score, critical: findCritical(def, answers) };
}

export const progressCommands = [
  /** Records one session: attended / cancelled / no-show, homework, a short note. */
  defineCommand(
    'progress/record-session',
    z.object({
      id: opt(IdSchema),
      date: DayOrInstantSchema,
      attendance: z.enum(['attended', 'cancelled', 'no-show']),
      homeworkDone: opt(z.enum(['yes', 'partly', 'no'])),
      note: opt(LongTextSchema),
    }),
    (plan, c, ctx) => {
      const date = toInstant(c.date);
      if (c.attendance !== 'cancelled' && toDay(date) > toDay(ctx.now)) {
        return rejected({ code: 'session-in-future', params: {} });
      }
      const id = c.id ?? ctx.newId();
      if (plan.timeline.some((e) => e.id === id)) return taken('entry', id);
      const entry: TimelineEntry = { id, kind: 'session', date, attendance: c.attendance, ...present(c, ['homeworkDone'], ['note']) };
      return applied({ ...plan, timeline: [...plan.timeline, entry] });
    },
  ),

  /**
   * Adds a measurement supplied by the host (an administration scored elsewhere), stored with
   * `source: 'host'`. Its score and critical findings are computed again from the answers with
   * the instrument's definition, sent as `instrument` (required: the exported `PHQ9`, `GAD7`… or
   * the host's own), and the caller's `critical` is ignored. A stated total (or
   * answered count) that disagrees with the answers is refused. Critical findings raise
   * `risk-flag` and a risk-flag timeline entry.
   */
  defineCommand(
    'progress/add-measurement',
    z.object({ administration: AdministrationSchema, instrument: opt(InstrumentDefinitionSchema) }),
    (plan, { administration, instrument }, ctx) => {
      if (plan.assessment.administrations.some((a) => a.id === administration.id)) {
        return rejected(`An administration with id "${administration.id}" is already in the plan.`);
      }
      if (instrument && instrument.id !== administration.instrumentId) {
        return rejected(`The instrument sent is "${instrument.id}", but the measurement is of "${administration.instrumentId}".`);
      }
      if (!instrument) return needsDefinition(administration.instrumentId);
      const a = rescore(administration, instrument);
      if (typeof a === 'string') return rejected(`The measurement is not consistent: ${a}`);
      const { effects, timeline } = riskFlags(plan, a.critical, a.id, a.instrumentId, a.date, ctx);
      return applied(
        {
          ...plan,
          assessment: { ...plan.assessment, administrations: [...plan.assessment.administrations, { ...a, source: 'host' }] },
          timeline,
        },
        effects,
      );
    },
  ),

  /** Marks a risk flag as seen and acted on by the clinician. */
  defineCommand('progress/acknowledge-risk-flag', z.object({ entryId: IdSchema }), (plan, { entryId }, ctx) => {
    const i = plan.timeline.findIndex((e) => e.id === entryId);
    const entry = plan.timeline[i];
    if (entry?.kind !== 'risk-flag') return notFound('risk-flag', entryId);
    if (entry.acknowledgedAt) return applied(plan);
    const timeline = plan.timeline.slice();
    timeline[i] = { ...entry, acknowledgedAt: ctx.now };
    return applied({ ...plan, timeline });
  }),

  /**
   * The clinician confirms the status the data give an instrument-bound objective. Rejected when
   * the data no longer say so (a new measurement arrived). Confirming `achieved` also marks the
   * objective achieved.
   */
  defineCommand(
    'progress/confirm-objective-status',
    z.object({
      objectiveId: IdSchema,
      status: z.enum(['achieved', 'improving', 'no-reliable-change', 'worsening']),
    }),
    (plan, { objectiveId, status }, ctx) => {
      const found = locate(plan, 'objective', objectiveId);
      if (!found) return notFound('objective', objectiveId);
      const p = objectiveProgress(plan, found[0]);
      if (!p) return rejected({ code: 'not-instrument-objective', params: {} });
      if (p.status !== status) return rejected({ code: 'progress-changed', params: { now: p.status, expected: status } });
      const before = found[0];
      const refusal = status === 'achieved' ? itemStatusRule(plan, before, { ...before, status: 'achieved' }) : undefined;
      if (refusal) return refused(refusal);
      const next = mapFound(plan, 'objective', found, (o): Objective => ({
        ...o,
        ...(status === 'achieved' ? { status: 'achieved' as const } : {}),
        progress: { status, confirmedAt: ctx.now, ...(p.latest ? { administrationId: p.latest.administrationId } : {}) },
      }));
      return applied(next);
    },
  ),

  /**
   * Records a review: per objective its current value, GAS rating and any decided change
   * (status, target, due date); what is working, what is not, the adjustments. When the plan's
   * content differs from its last version (changed here or since), a new version is recorded
   * with a change summary. Sets the next review date, returns a plan under review to `active`,
   * and returns `plan-alert` effects for reliable deterioration.
   */
  defineCommand(
    'progress/record-review',
    z.object({
      id: opt(IdSchema),
      date: opt(DayOrInstantSchema),
      objectives: z.array(ReviewObjectiveInputSchema),
      working: opt(LongTextSchema),
      notWorking: opt(LongTextSchema),
      adjustments: opt(LongTextSchema),
    }),
    (plan, c, ctx) => {
      if (plan.status !== 'active' && plan.status !== 'under-review') {
        return rejected({ code: 'review-plan-not-open', params: { status: plan.status } });
      }
      const date = c.date ? toInstant(c.date) : ctx.now;
      if (toDay(date) > toDay(ctx.now)) return rejected({ code: 'review-in-future', params: {} });
      const id = c.id ?? ctx.newId();
      if (plan.timeline.some((e) => e.id === id)) return taken('entry', id);

      let next: TreatmentPlan = plan;
      const seen = new Set<string>();
      for (const o of c.objectives) {
        if (seen.has(o.objectiveId)) return rejected({ code: 'review-objective-twice', params: { objectiveId: o.objectiveId } });
        seen.add(o.objectiveId);
        const objective: Objective | undefined = locate(next, 'objective', o.objectiveId)?.[0];
        if (!objective) return notFound('objective', o.objectiveId);
        if (o.gas !== undefined && !objective.gas) {
          return rejected({ code: 'no-attainment-scale', params: { objective: objective.clinicalText } });
        }
        const patch: Partial<Objective> = {};
        if (o.status && o.status !== objective.status) {
          patch.status = o.status;
          // The review's note on the objective is the reason a pause or stop needs.
          if (STATUSES_NEEDING_REASON.includes(o.status) && o.note?.trim()) patch.statusReason = o.note.trim();
        }
        if (o.target !== undefined && o.target !== objective.measure.target) {
          patch.measure = { ...objective.measure, target: o.target };
        }
        if (o.dueDate && o.dueDate !== objective.dueDate) patch.dueDate = o.dueDate;
        if (Object.keys(patch).length) {
          // A review meets the same status rules as every other change (plan/rules.ts).
          const refusal = itemStatusRule(next, objective, merge(objective, patch));
          if (refusal) return refused(refusal);
          next = mapItem(next, 'objective', o.objectiveId, (x) => merge(x, patch))!;
        }
      }

      const entry: ReviewEntry = {
        id,
        kind: 'review',
        date,
        objectives: c.objectives.map((o) => ({
          objectiveId: o.objectiveId,
          ...present(o, ['currentValue', 'gas', 'status'], ['note']),
        })),
        ...present(c, [], ['working', 'notWorking', 'adjustments']),
      };

      if (next.status === 'under-review') {
        next = {
          ...next,
          status: 'active',
          timeline: [...next.timeline, { id: ctx.newId(), kind: 'status', date: ctx.now, from: 'under-review', to: 'active', cause: 'review-recorded' }],
        };
      }
      if (contentChanged(next)) {
        next = recordVersion(next, 'review', ctx);
        entry.producedVersion = next.version;
      }
      next = {
        ...next,
        timeline: [...next.timeline, entry],
        review: { ...next.review, nextDue: nextReviewDate(toDay(date), next.review.intervalDays) },
      };
      const effects: PlanEffect[] = deteriorationAlerts(next).map((a) => ({ type: 'plan-alert', ...a }));
      return applied(next, effects);
    },
  ),
] as const;
