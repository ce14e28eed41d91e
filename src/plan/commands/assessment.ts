import * as z from 'zod/mini';
import { InstrumentDefinitionSchema } from '../../clinical/instruments/schema.js';
import { checkAnswers, findCritical, scoreAdministration } from '../../clinical/instruments/score.js';
import {
  AdministrationSchema,
  LifeEventSchema,
  PastTreatmentSchema,
  SupportPersonSchema,
  type Administration,
  type Assessment,
  type InstrumentDraft,
  type Intake,
  type RiskFlagEntry,
  type TreatmentPlan,
} from '../../model/plan.js';
import { DateTimeSchema, IdSchema, ShortTextSchema } from '../../model/primitives.js';
import { applied, defineCommand, rejected, type PlanEffect } from '../define.js';

const opt = z.optional;

/** The repeatable intake lists and where each lives. */
const LISTS = {
  pastTreatments: { section: 'history', schema: PastTreatmentSchema, blank: { approach: '' } },
  supportSystem: { section: 'social', schema: SupportPersonSchema, blank: { who: '' } },
  lifeEvents: { section: 'social', schema: LifeEventSchema, blank: { description: '' } },
} as const;

export type IntakeListName = keyof typeof LISTS;
export const INTAKE_LISTS = Object.keys(LISTS) as IntakeListName[];
const ListNameSchema = z.enum(INTAKE_LISTS as [IntakeListName, ...IntakeListName[]]);

type ListItem = { id: string } & Record<string, unknown>;

function getList(plan: TreatmentPlan, list: IntakeListName): ListItem[] {
  const { section } = LISTS[list];
  return (plan.assessment.intake[section] as unknown as Record<string, ListItem[]>)[list]!;
}

function setList(plan: TreatmentPlan, list: IntakeListName, items: ListItem[]): TreatmentPlan {
  const { section } = LISTS[list];
  const intake = plan.assessment.intake;
  return withAssessment(plan, {
    intake: { ...intake, [section]: { ...intake[section], [list]: items } } as Intake,
  });
}

function withAssessment(plan: TreatmentPlan, patch: Partial<Assessment>): TreatmentPlan {
  return { ...plan, assessment: { ...plan.assessment, ...patch } };
}

/** Validates one list item; `undefined` fields are dropped. Returns the item or the problem in words. */
function validItem(list: IntakeListName, raw: Record<string, unknown>): ListItem | string {
  const clean = Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== undefined));
  const parsed = LISTS[list].schema.safeParse(clean);
  if (parsed.success) return parsed.data as ListItem;
  const issue = parsed.error.issues[0]!;
  return `${list}.${issue.path.map(String).join('.')}: ${issue.message}`;
}

function withDraft(
  plan: TreatmentPlan,
  instrumentId: string,
  draft: InstrumentDraft | undefined,
): TreatmentPlan {
  const inProgress = { ...plan.assessment.inProgress };
  if (draft) inProgress[instrumentId] = draft;
  else delete inProgress[instrumentId];
  const assessment: Assessment = { ...plan.assessment };
  if (Object.keys(inProgress).length) assessment.inProgress = inProgress;
  else delete assessment.inProgress;
  return { ...plan, assessment };
}

export const assessmentCommands = [
  /**
   * Records one administration of an instrument. The command carries the (validated) definition
   * and the answers; the score, band and critical findings are computed here, never typed in.
   * Each positive critical item adds a `risk-flag` timeline entry and a `risk-flag` effect.
   * Recording removes that instrument's in-progress answers.
   */
  defineCommand(
    'assessment/record-administration',
    z.object({
      instrument: InstrumentDefinitionSchema,
      answers: z.record(z.string(), z.nullable(z.number())),
      context: opt(z.record(z.string(), ShortTextSchema)),
      /** When the client answered; defaults to now. */
      date: opt(DateTimeSchema),
      id: opt(IdSchema),
      source: opt(AdministrationSchema.shape.source),
      /** Record even though items are unanswered (default: rejected). */
      allowIncomplete: opt(z.boolean()),
    }),
    (plan, c, ctx) => {
      const def = c.instrument;
      const problem = checkAnswers(def, c.answers);
      if (problem) return rejected(problem);
      const answers: Record<string, number | null> = {};
      for (const item of def.items) answers[item.id] = c.answers[item.id] ?? null;
      const score = scoreAdministration(def, answers, c.context);
      if (!score.complete && !c.allowIncomplete) {
        return rejected(`${def.shortTitle}: ${score.answered} of ${score.itemCount} items answered; answer every item before recording it.`);
      }
      const id = c.id ?? ctx.newId();
      if (plan.assessment.administrations.some((a) => a.id === id)) return rejected(`Administration id "${id}" is taken.`);
      const critical = findCritical(def, answers);
      const administration: Administration = {
        id,
        instrumentId: def.id,
        instrumentVersion: def.version,
        date: c.date ?? ctx.now,
        answers,
        ...(c.context && Object.keys(c.context).length ? { context: c.context } : {}),
        score,
        critical,
        source: c.source ?? 'assessment',
      };
      const flags: RiskFlagEntry[] = critical.map((f) => ({
        id: ctx.newId(),
        kind: 'risk-flag',
        date: ctx.now,
        administrationId: id,
        instrumentId: def.id,
        itemId: f.itemId,
        value: f.value,
        message: f.message,
      }));
      const effects: PlanEffect[] = critical.map((f) => ({
        type: 'risk-flag',
        administrationId: id,
        instrumentId: def.id,
        itemId: f.itemId,
        value: f.value,
        message: f.message,
      }));
      let next = withAssessment(plan, { administrations: [...plan.assessment.administrations, administration] });
      next = withDraft(next, def.id, undefined);
      if (flags.length) next = { ...next, timeline: [...next.timeline, ...flags] };
      return applied(next, effects);
    },
  ),

  /**
   * Stores answers (and scoring context such as sex) of an instrument while it is being filled in.
   * `null` clears an answer or a context value.
   */
  defineCommand(
    'assessment/update-instrument-draft',
    z.object({
      instrumentId: IdSchema,
      answers: opt(z.record(z.string(), z.nullable(z.number().check(z.refine(Number.isFinite, 'Expected a finite number'))))),
      context: opt(z.record(z.string(), z.nullable(ShortTextSchema))),
    }),
    (plan, c, ctx) => {
      const current = plan.assessment.inProgress?.[c.instrumentId];
      const answers = { ...current?.answers };
      for (const [k, v] of Object.entries(c.answers ?? {})) {
        if (v === null) delete answers[k];
        else answers[k] = v;
      }
      const context: Record<string, string> = { ...current?.context };
      for (const [k, v] of Object.entries(c.context ?? {})) {
        if (v === null) delete context[k];
        else context[k] = v;
      }
      const draft: InstrumentDraft = {
        answers,
        ...(Object.keys(context).length ? { context } : {}),
        startedAt: current?.startedAt ?? ctx.now,
      };
      return applied(withDraft(plan, c.instrumentId, draft));
    },
  ),

  defineCommand('assessment/discard-instrument-draft', z.object({ instrumentId: IdSchema }), (plan, c) =>
    plan.assessment.inProgress?.[c.instrumentId] ? applied(withDraft(plan, c.instrumentId, undefined)) : applied(plan),
  ),

  /** Marks the assessment complete (the form checks required answers before sending it). */
  defineCommand('assessment/complete', z.object({ completedAt: opt(DateTimeSchema) }), (plan, c, ctx) =>
    applied(withAssessment(plan, { completedAt: c.completedAt ?? ctx.now })),
  ),

  // A loose object: the command has no fields (a strict empty object types as `Record<string, never>`).
  defineCommand('assessment/reopen', z.looseObject({}), (plan) => {
    if (!plan.assessment.completedAt) return applied(plan);
    const assessment = { ...plan.assessment };
    delete assessment.completedAt;
    return applied({ ...plan, assessment });
  }),

  /** Notes that a clinician has seen a risk flag. The flag stays in the timeline. */
  defineCommand('assessment/acknowledge-risk-flag', z.object({ entryId: IdSchema }), (plan, c, ctx) => {
    const i = plan.timeline.findIndex((e) => e.id === c.entryId && e.kind === 'risk-flag');
    if (i < 0) return rejected(`No risk flag with id "${c.entryId}" in this plan.`);
    const timeline = plan.timeline.slice();
    timeline[i] = { ...(timeline[i] as RiskFlagEntry), acknowledgedAt: ctx.now };
    return applied({ ...plan, timeline });
  }),

  /** Adds an entry to a repeatable intake list (past treatments, support people, life events). */
  defineCommand(
    'intake/add-item',
    z.object({ list: ListNameSchema, id: opt(IdSchema), fields: opt(z.record(z.string(), z.unknown())) }),
    (plan, c, ctx) => {
      const items = getList(plan, c.list);
      const id = c.id ?? ctx.newId();
      if (items.some((x) => x.id === id)) return rejected(`${c.list} already has an entry with id "${id}".`);
      const item = validItem(c.list, { ...LISTS[c.list].blank, ...c.fields, id });
      if (typeof item === 'string') return rejected(item);
      return applied(setList(plan, c.list, [...items, item]));
    },
  ),

  /** Changes fields of one list entry; a field given as `undefined` or `null` is cleared. */
  defineCommand(
    'intake/update-item',
    z.object({ list: ListNameSchema, itemId: IdSchema, fields: z.record(z.string(), z.unknown()) }),
    (plan, c) => {
      const items = getList(plan, c.list);
      const i = items.findIndex((x) => x.id === c.itemId);
      if (i < 0) return rejected(`${c.list} has no entry with id "${c.itemId}".`);
      const merged: Record<string, unknown> = { ...items[i] };
      for (const [k, v] of Object.entries(c.fields)) {
        if (k === 'id') continue;
        if (v === undefined || v === null) delete merged[k];
        else merged[k] = v;
      }
      const item = validItem(c.list, merged);
      if (typeof item === 'string') return rejected(item);
      const next = items.slice();
      next[i] = item;
      return applied(setList(plan, c.list, next));
    },
  ),

  defineCommand('intake/remove-item', z.object({ list: ListNameSchema, itemId: IdSchema }), (plan, c) => {
    const items = getList(plan, c.list);
    if (!items.some((x) => x.id === c.itemId)) return rejected(`${c.list} has no entry with id "${c.itemId}".`);
    return applied(setList(plan, c.list, items.filter((x) => x.id !== c.itemId)));
  }),
] as const;
