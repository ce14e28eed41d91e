import * as z from 'zod/mini';
import { InstrumentDefinitionSchema } from '../../clinical/instruments/schema.js';
import { askedAnswers, checkAnswers, findCritical, scoreAdministration } from '../../clinical/instruments/score.js';
import {
  AdministrationSchema,
  LifeEventSchema,
  PastTreatmentSchema,
  SupportPersonSchema,
  type Assessment,
  type Intake,
  type PastTreatment,
  type InstrumentDraft,
  type RiskFlagEntry,
  type TreatmentPlan,
} from '../../model/plan.js';
import { DateTimeSchema, IdSchema, ShortTextSchema } from '../../model/primitives.js';
import { applied, defineCommand, rejected } from '../define.js';
import { merge } from '../../model/items.js';
import { INTAKE_LIST_NAMES, intakeListItems, type IntakeListEntry, type IntakeListName } from '../../model/intake-lists.js';
import { draftRiskFlags, issueText, notFound, riskFlags, taken } from './util.js';

const opt = z.optional;

/** Each repeatable intake list's entry schema and the blank entry "Add" creates (names and sections: model/intake-lists). */
const LISTS = {
  pastTreatments: { section: 'history', schema: PastTreatmentSchema, blank: { approach: '' } },
  supportSystem: { section: 'social', schema: SupportPersonSchema, blank: { who: '' } },
  lifeEvents: { section: 'social', schema: LifeEventSchema, blank: { description: '' } },
} as const satisfies Record<IntakeListName, object>;

export type { IntakeListName };
/** The repeatable intake lists (public name kept; the list lives in model/intake-lists). */
export const INTAKE_LISTS = INTAKE_LIST_NAMES;
const ListNameSchema = z.enum(INTAKE_LISTS as [IntakeListName, ...IntakeListName[]]);

type ListItem = IntakeListEntry;

const withAssessment = (plan: TreatmentPlan, assessment: Partial<Assessment>): TreatmentPlan => ({
  ...plan,
  assessment: merge(plan.assessment, assessment),
});


/** The intake with one list replaced by `items` (each validated by that list's schema, `validItem`). */
function withListItems(intake: Intake, list: IntakeListName, items: ListItem[]): Intake {
  switch (list) {
    case 'pastTreatments':
      return { ...intake, history: { ...intake.history, pastTreatments: items as PastTreatment[] } };
    case 'supportSystem':
      return { ...intake, social: { ...intake.social, supportSystem: items as z.infer<typeof SupportPersonSchema>[] } };
    case 'lifeEvents':
      return { ...intake, social: { ...intake.social, lifeEvents: items as z.infer<typeof LifeEventSchema>[] } };
  }
}

/**
 * Runs `fn` on the entries of one intake list; a list it returns replaces the old one. A string
 * is the problem in words. The command `c` was validated by its schema before the reducer runs.
 */
const withList =
  <C extends { list: IntakeListName }>(fn: (items: ListItem[], c: C) => ListItem[] | string) =>
  (plan: TreatmentPlan, c: C) => {
    const intake = plan.assessment.intake;
    const next = fn(intakeListItems(intake, c.list), c);
    return typeof next === 'string' ? rejected(next) : applied(withAssessment(plan, { intake: withListItems(intake, c.list, next) }));
  };

/** Validates one list item; `undefined` fields are dropped. Returns the item or the problem in words. */
function validItem(list: IntakeListName, raw: object): ListItem | string {
  const parsed = LISTS[list].schema.safeParse(Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== undefined)));
  return parsed.success ? parsed.data : issueText(list, parsed.error);
}

const noEntry = (c: { list: string; itemId: string }) => `${c.list} has no entry with id "${c.itemId}".`;
const listIdTaken = (list: string, id: string) => `${list} already has an entry with id "${id}".`;

/**
 * The reducer carries no instrument wording (it is in every widget's bundle): commands that must
 * score answers or find critical items bring the definition. A command without it is refused in
 * words rather than let a risk answer pass unchecked.
 */
export const needsDefinition = (instrumentId: string) =>
  rejected(
    `Send the definition of "${instrumentId}" as \`instrument\` (e.g. the exported PHQ9, or your registered instrument) so its score and critical items are computed from the answers.`,
  );

function withDraft(plan: TreatmentPlan, instrumentId: string, draft?: InstrumentDraft): TreatmentPlan {
  const inProgress = merge({ ...plan.assessment.inProgress }, { [instrumentId]: draft });
  return withAssessment(plan, { inProgress: Object.keys(inProgress).length ? inProgress : undefined });
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
      // A conditional item whose condition does not hold was not asked: its answer is not kept.
      const answers = askedAnswers(def, c.answers);
      const score = scoreAdministration(def, answers, c.context);
      if (!score.complete && !c.allowIncomplete) {
        return rejected({ code: 'instrument-incomplete', params: { instrument: def.shortTitle, answered: score.answered, itemCount: score.itemCount } });
      }
      const draftId = plan.assessment.inProgress?.[def.id]?.administrationId;
      const id = c.id ?? draftId ?? ctx.newId();
      const { administrations } = plan.assessment;
      if (administrations.some((a) => a.id === id)) return taken('administration', id);
      const critical = findCritical(def, answers);
      // Flags raised while the answers were given are linked to this administration, not raised again.
      const { effects, timeline } = riskFlags(plan, critical, id, def.id, ctx.now, ctx, draftId ?? id);
      const next = withDraft(
        withAssessment(plan, {
          administrations: [
            ...administrations,
            {
              id,
              instrumentId: def.id,
              instrumentVersion: def.version,
              date: c.date ?? ctx.now,
              answers,
              ...(c.context && Object.keys(c.context).length ? { context: c.context } : {}),
              score,
              critical,
              source: c.source ?? 'assessment',
            },
          ],
        }),
        def.id,
      );
      return applied({ ...next, timeline }, effects);
    },
  ),

  /**
   * Stores answers (and scoring context such as sex) of an instrument while it is being filled in.
   * `null` clears an answer or a context value.
   *
   * A risk answer is never lost: answers come with the instrument's definition (`instrument`;
   * refused without it, `context` alone needs none) and each positive critical item is recorded at once as an
   * unacknowledged `risk-flag` timeline entry (`recorded: false`) and returns a `risk-flag` effect,
   * once per administration and item (see `draftRiskFlags`). The draft's `administrationId` is
   * the id the administration gets when recorded, which links the flag to it.
   */
  defineCommand(
    'assessment/update-instrument-draft',
    z.object({
      instrumentId: IdSchema,
      answers: opt(z.record(z.string(), z.nullable(z.number().check(z.refine(Number.isFinite, 'Expected a finite number'))))),
      context: opt(z.record(z.string(), z.nullable(ShortTextSchema))),
      /** The definition; required with answers, so critical items are checked as they are given. */
      instrument: opt(InstrumentDefinitionSchema),
    }),
    (plan, c, ctx) => {
      if (c.instrument && c.instrument.id !== c.instrumentId) {
        return rejected(`The instrument sent is "${c.instrument.id}", not "${c.instrumentId}".`);
      }
      const def = c.instrument;
      if (!def && Object.values(c.answers ?? {}).some((v) => v !== null)) return needsDefinition(c.instrumentId);
      const problem = def && c.answers && checkAnswers(def, c.answers);
      if (problem) return rejected(problem);
      const current = plan.assessment.inProgress?.[c.instrumentId];
      const isNull = (v: unknown) => v === null;
      const context = merge({ ...current?.context }, c.context ?? {}, isNull);
      const answers = merge({ ...current?.answers }, c.answers ?? {}, isNull);
      const administrationId = current?.administrationId ?? ctx.newId();
      const next = withDraft(plan, c.instrumentId, {
        answers,
        ...(Object.keys(context).length ? { context } : {}),
        startedAt: current?.startedAt ?? ctx.now,
        administrationId,
      });
      if (!def?.critical?.length) return applied(next);
      const { timeline, effects } = draftRiskFlags(
        next,
        findCritical(def, answers),
        def.critical.map((r) => r.itemId),
        administrationId,
        def.id,
        ctx,
      );
      return applied({ ...next, timeline }, effects);
    },
  ),

  defineCommand('assessment/discard-instrument-draft', z.object({ instrumentId: IdSchema }), (plan, c) =>
    applied(plan.assessment.inProgress?.[c.instrumentId] ? withDraft(plan, c.instrumentId) : plan),
  ),

  /** Marks the assessment complete (the form checks required answers before sending it). */
  defineCommand('assessment/complete', z.object({ completedAt: opt(DateTimeSchema) }), (plan, c, ctx) =>
    applied(withAssessment(plan, { completedAt: c.completedAt ?? ctx.now })),
  ),

  // A loose object: the command has no fields (a strict empty object types as `Record<string, never>`).
  defineCommand('assessment/reopen', z.looseObject({}), (plan) =>
    applied(plan.assessment.completedAt ? withAssessment(plan, { completedAt: undefined }) : plan),
  ),

  /** Notes that a clinician has seen a risk flag. The flag stays in the timeline. */
  defineCommand('assessment/acknowledge-risk-flag', z.object({ entryId: IdSchema }), (plan, c, ctx) => {
    const i = plan.timeline.findIndex((e) => e.id === c.entryId && e.kind === 'risk-flag');
    if (i < 0) return notFound('risk-flag', c.entryId);
    const timeline = plan.timeline.slice();
    timeline[i] = { ...(timeline[i] as RiskFlagEntry), acknowledgedAt: ctx.now };
    return applied({ ...plan, timeline });
  }),

  /** Adds an entry to a repeatable intake list (past treatments, support people, life events). */
  defineCommand(
    'intake/add-item',
    z.object({ list: ListNameSchema, id: opt(IdSchema), fields: opt(z.record(z.string(), z.unknown())) }),
    (plan, c, ctx) =>
      withList((items) => {
        const id = c.id ?? ctx.newId();
        if (items.some((x) => x.id === id)) return listIdTaken(c.list, id);
        const item = validItem(c.list, { ...LISTS[c.list].blank, ...c.fields, id });
        return typeof item === 'string' ? item : [...items, item];
      })(plan, c),
  ),

  /** Changes fields of one list entry; a field given as `undefined` or `null` is cleared. */
  defineCommand(
    'intake/update-item',
    z.object({ list: ListNameSchema, itemId: IdSchema, fields: z.record(z.string(), z.unknown()) }),
    withList((items, c) => {
      const i = items.findIndex((x) => x.id === c.itemId);
      if (i < 0) return noEntry(c);
      const item = validItem(c.list, merge(items[i]!, { ...c.fields, id: items[i]!.id }, (v) => v == null));
      if (typeof item === 'string') return item;
      const next = items.slice();
      next[i] = item;
      return next;
    }),
  ),

  defineCommand(
    'intake/remove-item',
    z.object({ list: ListNameSchema, itemId: IdSchema }),
    withList((items, c) => (items.some((x) => x.id === c.itemId) ? items.filter((x) => x.id !== c.itemId) : noEntry(c))),
  ),
] as const;
