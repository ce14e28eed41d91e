import * as z from 'zod/mini';
import {
  DateSchema,
  DateTimeSchema,
  IdSchema,
  LongTextSchema,
  NonNegativeIntSchema,
  ShortTextSchema,
} from './primitives.js';
import { SignedSubstanceUseSchema, SubstanceUseCareSchema } from './substance-use.js';

/**
 * The shape of a treatment plan, version {@link CURRENT_SCHEMA_VERSION}.
 *
 * Structure follows the convergent clinical pattern (see CLINICAL.md): assessment →
 * problems → goals → measurable objectives → interventions → reviews → signatures.
 * Every collection is always present (possibly empty) so readers never branch on absence.
 */
export const CURRENT_SCHEMA_VERSION = 5 as const;

const opt = z.optional;

// ---------------------------------------------------------------- enums

export const PlanStatusSchema = z.enum(['draft', 'active', 'under-review', 'completed', 'discontinued']);
export const PlanModeSchema = z.enum(['clinician', 'client']);
export const ProposerSchema = z.enum(['client', 'clinician', 'together']);
export const PrioritySchema = z.enum(['high', 'medium', 'low']);
export const GoalStatusSchema = z.enum(['proposed', 'active', 'achieved', 'on-hold', 'discontinued']);
export const DirectionSchema = z.enum(['decrease', 'increase']);

/** Areas of concern a clinician can tick during intake; goal and approach suggestions key off them. */
export const ConcernAreaSchema = z.enum([
  'depression',
  'generalized-anxiety',
  'panic',
  'specific-phobia',
  'social-anxiety',
  'ptsd',
  'complex-trauma',
  'substance-use',
  'neurodivergence',
  'sleep',
  'grief',
  'relationships',
  'stress',
]);

/** Features of trauma presentations that change which approaches fit (CLINICAL.md, tailoring examples). */
export const TraumaFeatureSchema = z.enum(['strong-physical-symptoms', 'difficulty-making-sense']);

// ---------------------------------------------------------------- client

export const ClientRefSchema = z.object({
  /** The host system's identifier for the client. The kit stores nothing else identifying. */
  hostId: ShortTextSchema,
  displayName: opt(ShortTextSchema),
});

// ---------------------------------------------------------------- assessment

export const AgreementSchema = z.object({
  agreed: z.boolean(),
  /** Day the client said yes (or withdrew). */
  date: DateSchema,
});

export const PastTreatmentSchema = z.object({
  id: IdSchema,
  /** Modality id from the catalog when known, otherwise free text ("group therapy at college"). */
  approach: ShortTextSchema,
  modalityId: opt(IdSchema),
  when: opt(ShortTextSchema),
  helped: opt(LongTextSchema),
  didNotHelp: opt(LongTextSchema),
  outcome: opt(z.enum(['helpful', 'partly-helpful', 'unhelpful', 'unknown'])),
});

export const SupportPersonSchema = z.object({
  id: IdSchema,
  who: ShortTextSchema,
  strength: opt(z.enum(['weak', 'moderate', 'strong'])),
  note: opt(LongTextSchema),
});

export const LifeEventSchema = z.object({
  id: IdSchema,
  description: LongTextSchema,
  date: opt(DateSchema),
});

export const IntakeSchema = z.object({
  concerns: z.object({
    inOwnWords: opt(LongTextSchema),
    hopesToChange: opt(LongTextSchema),
    areas: z.array(ConcernAreaSchema),
    traumaFeatures: z.array(TraumaFeatureSchema),
  }),
  history: z.object({
    physical: opt(LongTextSchema),
    mental: opt(LongTextSchema),
    emotional: opt(LongTextSchema),
    pastTreatments: z.array(PastTreatmentSchema),
  }),
  profile: z.object({
    socialEnergy: opt(z.enum(['introverted', 'in-between', 'extroverted'])),
    traits: opt(LongTextSchema),
    cognitiveStyle: opt(LongTextSchema),
    copingThatWorks: opt(LongTextSchema),
    copingThatDoesNot: opt(LongTextSchema),
  }),
  biological: z.object({
    familyHistory: opt(LongTextSchema),
    conditions: opt(LongTextSchema),
    medications: opt(LongTextSchema),
    geneticNotes: opt(LongTextSchema),
  }),
  social: z.object({
    culturalBackground: opt(LongTextSchema),
    culturalValues: opt(LongTextSchema),
    familyDynamics: opt(LongTextSchema),
    supportSystem: z.array(SupportPersonSchema),
    lifeEvents: z.array(LifeEventSchema),
  }),
  preferences: z.object({
    structure: opt(z.enum(['structured', 'balanced', 'exploratory'])),
    therapistStyle: opt(LongTextSchema),
    format: opt(z.enum(['in-person', 'telehealth', 'either'])),
    language: opt(ShortTextSchema),
    scheduling: opt(LongTextSchema),
  }),
  substanceUse: z.object({
    uses: opt(z.enum(['yes', 'no', 'prefer-not-to-say'])),
    substances: opt(LongTextSchema),
    frequency: opt(LongTextSchema),
    lastUse: opt(ShortTextSchema),
    triggers: opt(LongTextSchema),
    previousAttempts: opt(LongTextSchema),
  }),
  accommodations: z.object({
    sensory: opt(LongTextSchema),
    communication: opt(LongTextSchema),
    processing: opt(LongTextSchema),
    accessibility: opt(LongTextSchema),
  }),
  strengths: z.object({
    text: opt(LongTextSchema),
  }),
});

export const InstrumentScoreSchema = z.object({
  /** Sum of answered items (complete administrations only carry a meaningful total). */
  total: z.number(),
  max: z.number(),
  answered: NonNegativeIntSchema,
  itemCount: NonNegativeIntSchema,
  complete: z.boolean(),
  /** Severity band id and its words at the time of scoring, e.g. `moderate` / "Moderate". */
  band: opt(IdSchema),
  bandLabel: opt(ShortTextSchema),
  /** Screening result where the instrument has a cut-off (PHQ-2, GAD-2, AUDIT-C, PCL-5). */
  positive: opt(z.boolean()),
  /** Cluster or subscale totals, e.g. PCL-5 `B`..`E`. */
  subscores: opt(z.record(z.string(), z.number())),
  /** Plain-language notes produced by the scoring rule ("DSM-5 provisional rule met"). */
  notes: opt(z.array(ShortTextSchema)),
});

export const CriticalFindingSchema = z.object({
  itemId: IdSchema,
  value: z.number(),
  /** The words shown to the clinician, e.g. "Thoughts of death or self-harm reported — follow up today". */
  message: ShortTextSchema,
});

/** One completed (or partial) administration of a standardized instrument. */
export const AdministrationSchema = z.object({
  id: IdSchema,
  instrumentId: IdSchema,
  instrumentVersion: ShortTextSchema,
  /** When the client answered. */
  date: DateTimeSchema,
  /** Item id → chosen option value; `null` while unanswered. */
  answers: z.record(z.string(), z.nullable(z.number())),
  /** Extra inputs a scoring rule needs (AUDIT-C: sex for the threshold). */
  context: opt(z.record(z.string(), ShortTextSchema)),
  score: InstrumentScoreSchema,
  critical: z.array(CriticalFindingSchema),
  source: z.enum(['assessment', 'host', 'review']),
});

/** Answers of an instrument still being filled in; kept in the plan so a reload loses nothing. */
export const InstrumentDraftSchema = z.object({
  answers: z.record(z.string(), z.nullable(z.number())),
  /** Extra inputs the scoring rule reads (AUDIT-C: sex). */
  context: opt(z.record(z.string(), ShortTextSchema)),
  startedAt: DateTimeSchema,
  /**
   * The id the administration will have when it is recorded, given when the first answer comes
   * in, so a risk flag raised while answering links to the administration that is later saved.
   */
  administrationId: opt(IdSchema),
});

export const DiagnosisSchema = z.object({
  id: IdSchema,
  label: ShortTextSchema,
  /** Optional classification code as written by the clinician (ICD-10/11, DSM-5-TR). */
  code: opt(ShortTextSchema),
});

export const AssessmentSchema = z.object({
  intake: IntakeSchema,
  administrations: z.array(AdministrationSchema),
  diagnoses: z.array(DiagnosisSchema),
  /** Clinician's summary of challenges (strengths live in intake.strengths). */
  summary: opt(LongTextSchema),
  completedAt: opt(DateTimeSchema),
  /** Instruments being filled in, by instrument id. Recording an administration removes its entry. */
  inProgress: opt(z.record(IdSchema, InstrumentDraftSchema)),
});

// ---------------------------------------------------------------- goals

export const MeasureSchema = z.object({
  /** `count`/`rating`/`custom` are typed by people; `instrument` values come from administrations. */
  kind: z.enum(['count', 'rating', 'instrument', 'custom']),
  /** What is measured, e.g. "panic attacks". */
  label: ShortTextSchema,
  /** e.g. "per week". */
  unit: opt(ShortTextSchema),
  instrumentId: opt(IdSchema),
  baseline: opt(z.number()),
  /** Where the baseline came from; for instrument measures, the administration it was read from. */
  baselineAdministrationId: opt(IdSchema),
  target: opt(z.number()),
  direction: opt(DirectionSchema),
});

export const GasScaleSchema = z.object({
  /** Five described levels, index 0 = −2 … index 4 = +2. */
  levels: z.tuple([ShortTextSchema, ShortTextSchema, ShortTextSchema, ShortTextSchema, ShortTextSchema]),
  importance: z.int().check(z.minimum(0), z.maximum(3)),
  difficulty: z.int().check(z.minimum(0), z.maximum(3)),
  /** Level at the time the goal was set, usually −1. */
  baseline: z.int().check(z.minimum(-2), z.maximum(2)),
});

const collaborativeFields = {
  id: IdSchema,
  clinicalText: LongTextSchema,
  clientWords: opt(LongTextSchema),
  proposedBy: ProposerSchema,
  agreement: opt(AgreementSchema),
  priority: PrioritySchema,
  status: GoalStatusSchema,
  statusReason: opt(LongTextSchema),
  createdAt: DateTimeSchema,
};

export const ObjectiveSchema = z.object({
  ...collaborativeFields,
  measure: MeasureSchema,
  dueDate: opt(DateSchema),
  gas: opt(GasScaleSchema),
  /**
   * Progress status from data (instrument measures) as confirmed by the clinician; absent until
   * confirmed. `administrationId` is the newest administration the status was read from.
   */
  progress: opt(
    z.object({
      status: z.enum(['achieved', 'improving', 'no-reliable-change', 'worsening']),
      confirmedAt: DateTimeSchema,
      administrationId: opt(IdSchema),
    }),
  ),
});

export const GoalSchema = z.object({
  ...collaborativeFields,
  /** Phase this goal belongs to, when the plan is phased. */
  phaseId: opt(IdSchema),
  objectives: z.array(ObjectiveSchema),
});

export const ProblemSchema = z.object({
  id: IdSchema,
  title: ShortTextSchema,
  /** "As evidenced by" behavioural definitions. */
  evidencedBy: z.array(LongTextSchema),
  /** Concern areas this problem relates to (links library entries and suggestions). */
  areas: z.array(ConcernAreaSchema),
  /** Library entry it was inserted from, if any. */
  libraryId: opt(IdSchema),
  createdAt: DateTimeSchema,
  goals: z.array(GoalSchema),
});

export const PhaseSchema = z.object({
  id: IdSchema,
  title: ShortTextSchema,
  description: opt(LongTextSchema),
  /** Phases are shown and worked through in array order. */
});

export const SupportSchema = z.object({
  id: IdSchema,
  kind: z.enum(['strength', 'barrier', 'person', 'group', 'community-resource']),
  label: ShortTextSchema,
  details: opt(LongTextSchema),
  contact: opt(ShortTextSchema),
});

// ---------------------------------------------------------------- interventions

export const HomeworkSchema = z.object({
  id: IdSchema,
  what: LongTextSchema,
  frequency: ShortTextSchema,
  objectiveId: opt(IdSchema),
  agreedWithClient: opt(z.boolean()),
});

export const InterventionSchema = z.object({
  id: IdSchema,
  /** Catalog entry id, e.g. `cbt`. */
  modalityId: IdSchema,
  techniques: z.array(IdSchema),
  objectiveIds: z.array(IdSchema),
  frequency: z.enum(['twice-weekly', 'weekly', 'every-two-weeks', 'monthly', 'as-needed', 'other']),
  frequencyNote: opt(ShortTextSchema),
  sessionMinutes: opt(z.int().check(z.minimum(5), z.maximum(600))),
  format: z.enum(['individual', 'group', 'family', 'couple']),
  delivery: z.enum(['in-person', 'telehealth', 'either']),
  /** Planned sessions; absent = until the next review. */
  plannedSessions: opt(z.int().check(z.minimum(1), z.maximum(500))),
  clinician: opt(ShortTextSchema),
  startDate: opt(DateSchema),
  rationale: opt(LongTextSchema),
  status: z.enum(['proposed', 'active', 'paused', 'completed', 'stopped']),
  statusReason: opt(LongTextSchema),
  homework: z.array(HomeworkSchema),
  /** Suggestion rule that proposed it, kept so the reason stays visible. */
  suggestedBy: opt(IdSchema),
  createdAt: DateTimeSchema,
});

/** A suggestion (goal or approach) the clinician dismissed, with why — it is not offered again. */
export const DismissalSchema = z.object({
  key: IdSchema,
  reason: LongTextSchema,
  at: DateTimeSchema,
});

// ---------------------------------------------------------------- timeline

/** Why a version was recorded: first activation, a review that changed the plan, by hand, or a signature on changed content. */
export const VersionReasonSchema = z.enum(['activated', 'review', 'manual', 'signed']);

const entryBase = {
  id: IdSchema,
  date: DateTimeSchema,
};

export const SessionEntrySchema = z.object({
  ...entryBase,
  kind: z.literal('session'),
  attendance: z.enum(['attended', 'cancelled', 'no-show']),
  homeworkDone: opt(z.enum(['yes', 'partly', 'no'])),
  note: opt(LongTextSchema),
});

export const ReviewObjectiveSchema = z.object({
  objectiveId: IdSchema,
  currentValue: opt(z.number()),
  gas: opt(z.int().check(z.minimum(-2), z.maximum(2))),
  status: opt(GoalStatusSchema),
  note: opt(LongTextSchema),
});

export const ReviewEntrySchema = z.object({
  ...entryBase,
  kind: z.literal('review'),
  objectives: z.array(ReviewObjectiveSchema),
  working: opt(LongTextSchema),
  notWorking: opt(LongTextSchema),
  adjustments: opt(LongTextSchema),
  /** Plan version the review produced, when it changed the plan. */
  producedVersion: opt(NonNegativeIntSchema),
});

/**
 * What changed in one field of an edited item. `from` / `to` hold codes (statuses, priorities,
 * frequencies), numbers, days (`YYYY-MM-DD`) or the plan's own words (a title, a measure), never
 * the kit's sentences: the element words them in the page's language. Absent = no value.
 */
export const FieldChangeSchema = z.object({
  field: z.enum([
    'wording',
    'title',
    'definition',
    'details',
    'status',
    'priority',
    'agreement',
    'target',
    'baseline',
    'due',
    'measure',
    'direction',
    'attainment-scale',
    'phase',
    'frequency',
    'session-minutes',
    'planned-sessions',
    'format',
    'delivery',
    'techniques',
    'homework',
  ]),
  from: opt(z.union([LongTextSchema, z.number()])),
  to: opt(z.union([LongTextSchema, z.number()])),
});

/**
 * One change between two plan versions, as data (schema 3): what kind of change, to which kind of
 * item, the item's name as the plan had it then, and for an edit the fields that changed.
 */
export const ChangeSchema = z.object({
  kind: z.enum(['added', 'removed', 'edited']),
  subject: z.enum(['problem', 'goal', 'objective', 'intervention', 'homework', 'phase', 'support', 'status']),
  /** Id of the item, when known (changes migrated from schema 2 have none). */
  itemId: opt(IdSchema),
  /** The item's name in the plan's own words (title, goal text, approach id); empty when untitled. */
  item: LongTextSchema,
  fields: opt(z.array(FieldChangeSchema)),
  /**
   * The English summary a schema-2 plan stored, kept only when no structured change could be
   * read from it; shown as it is.
   */
  legacyText: opt(LongTextSchema),
});

export const RevisionEntrySchema = z.object({
  ...entryBase,
  kind: z.literal('revision'),
  version: NonNegativeIntSchema,
  reason: VersionReasonSchema,
  changes: z.array(ChangeSchema),
});

export const StatusEntrySchema = z.object({
  ...entryBase,
  kind: z.literal('status'),
  from: PlanStatusSchema,
  to: PlanStatusSchema,
  /** Why, in the words of the person who changed it. */
  reason: opt(LongTextSchema),
  /** What the kit did that changed it, as a code the element words (a recorded review ends the review). */
  cause: opt(z.enum(['review-recorded'])),
});

export const RiskFlagEntrySchema = z.object({
  ...entryBase,
  kind: z.literal('risk-flag'),
  administrationId: IdSchema,
  instrumentId: IdSchema,
  itemId: IdSchema,
  /** The answer that raised the flag; while unsaved, the highest answer given to that item. */
  value: z.number(),
  message: ShortTextSchema,
  acknowledgedAt: opt(DateTimeSchema),
  /**
   * `false` while the answer is only in the form (the administration is not saved yet); set to
   * `true` when the administration is recorded. Absent in plans from before live flags (always recorded).
   */
  recorded: opt(z.boolean()),
  /**
   * When the answer was changed back below the critical threshold before saving. The flag stays:
   * an answer once given is never erased; this says it was withdrawn.
   */
  withdrawnAt: opt(DateTimeSchema),
});

/** Everything on the course of therapy except measurements, which live in `assessment.administrations`. */
export const TimelineEntrySchema = z.discriminatedUnion('kind', [
  SessionEntrySchema,
  ReviewEntrySchema,
  RevisionEntrySchema,
  StatusEntrySchema,
  RiskFlagEntrySchema,
]);

/** A SHA-256 digest as 64 lowercase hex digits. */
export const Sha256Schema = z.string().check(z.regex(/^[0-9a-f]{64}$/));

/** The clinical content of one plan version, kept so earlier versions stay readable. */
export const PlanVersionSchema = z.object({
  version: NonNegativeIntSchema,
  createdAt: DateTimeSchema,
  reason: VersionReasonSchema,
  status: PlanStatusSchema,
  problems: z.array(ProblemSchema),
  phases: z.array(PhaseSchema),
  interventions: z.array(InterventionSchema),
  supports: z.array(SupportSchema),
  /** Substance-use care decisions (level of care, referrals, recovery supports), when the plan has any (schema 5). */
  substanceUseCare: opt(SignedSubstanceUseSchema),
  /**
   * SHA-256 of the version's canonical content (`src/plan/signing.ts`), set when the version is
   * signed: from then on the snapshot is frozen. Absent on versions nobody signed.
   */
  hash: opt(Sha256Schema),
});

export const SignatureSchema = z.object({
  id: IdSchema,
  role: z.enum(['clinician', 'client', 'guardian', 'supervisor']),
  /** The signer as the host named them (the kit never authenticates anyone). */
  name: ShortTextSchema,
  /** e.g. "LCSW", "PhD, licensed psychologist". */
  credentials: opt(ShortTextSchema),
  signedAt: DateTimeSchema,
  /** Plan version that was signed; a later revision needs a new signature. */
  version: NonNegativeIntSchema,
  /** Content hash of that version (absent on signatures from before hashing, schema 2). */
  hash: opt(Sha256Schema),
  statement: opt(LongTextSchema),
});

/**
 * The client's agreement with the plan's content: typed by the client (`how: 'client'`, "I agree
 * with this plan" and their name) or said aloud and recorded by the clinician (`verbal`).
 * It holds the content hash it was given on, so an edit afterwards needs a new agreement.
 */
export const PlanAgreementSchema = z.object({
  id: IdSchema,
  how: z.enum(['client', 'verbal']),
  /** The name the client typed, or who agreed aloud. */
  name: ShortTextSchema,
  /** The day of the agreement. */
  date: DateSchema,
  /** When it was recorded in the plan. */
  recordedAt: DateTimeSchema,
  /** Who recorded a verbal agreement (the signed-in clinician as the host named them). */
  recordedBy: opt(ShortTextSchema),
  /** Content hash the client agreed with. */
  hash: Sha256Schema,
});

export const ReviewScheduleSchema = z.object({
  intervalDays: z.int().check(z.minimum(1), z.maximum(730)),
  /** Day the next review is due; set when the plan is activated or reviewed. */
  nextDue: opt(DateSchema),
});

// ---------------------------------------------------------------- safety plan

/**
 * The steps of a safety plan, in the order they are worked through. Structure after Stanley &
 * Brown (2012), Cognitive and Behavioral Practice 19:256–264; the kit's wording is its own.
 */
export const SAFETY_PLAN_STEPS = [
  'warningSigns',
  'copingStrategies',
  'distractions',
  'helpers',
  'professionals',
  'safeEnvironment',
  'reasonsForLiving',
] as const;
export const SafetyPlanStepSchema = z.enum(SAFETY_PLAN_STEPS);

/** One free-text line of a step ("Call my sister Ania, 555-0134"). */
export const SafetyPlanLineSchema = z.object({ id: IdSchema, text: LongTextSchema });

export const SafetyPlanSchema = z.object({
  createdAt: DateTimeSchema,
  updatedAt: DateTimeSchema,
  steps: z.object(
    Object.fromEntries(SAFETY_PLAN_STEPS.map((k) => [k, z.array(SafetyPlanLineSchema)])) as Record<
      (typeof SAFETY_PLAN_STEPS)[number],
      z.ZodMiniArray<typeof SafetyPlanLineSchema>
    >,
  ),
});

// ---------------------------------------------------------------- plan

export const TreatmentPlanSchema = z.object({
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  id: IdSchema,
  /** Counts every change; the draft and cross-tab sync compare it. */
  revision: NonNegativeIntSchema,
  /** Clinical version: 0 until first activated, then +1 for every activation or review that changed it. */
  version: NonNegativeIntSchema,
  createdAt: DateTimeSchema,
  updatedAt: DateTimeSchema,
  status: PlanStatusSchema,
  client: opt(ClientRefSchema),
  assessment: AssessmentSchema,
  phases: z.array(PhaseSchema),
  problems: z.array(ProblemSchema),
  interventions: z.array(InterventionSchema),
  supports: z.array(SupportSchema),
  dismissals: z.array(DismissalSchema),
  timeline: z.array(TimelineEntrySchema),
  versions: z.array(PlanVersionSchema),
  signatures: z.array(SignatureSchema),
  /** The client's agreements with the plan's content, oldest first. */
  agreements: z.array(PlanAgreementSchema),
  review: ReviewScheduleSchema,
  /** A safety plan made with the client (offered when a suicide-risk item is positive). Optional: older plans have none. */
  safetyPlan: opt(SafetyPlanSchema),
  /** Substance-use care: risk ratings, level of care, medication referrals, recovery supports, the 42 CFR Part 2 mark (schema 5). Optional. */
  substanceUseCare: opt(SubstanceUseCareSchema),
}).check(
  // Commands find items by id: two goals (or objectives, approaches, …) with one id would make an
  // edit land on the wrong one, so a plan from outside with a repeated id is refused whole.
  z.superRefine((plan, ctx) => {
    const goals = plan.problems.flatMap((p) => p.goals);
    const lists: [string, readonly { id: string }[]][] = [
      ['phases', plan.phases],
      ['problems', plan.problems],
      ['goals', goals],
      ['objectives', goals.flatMap((g) => g.objectives)],
      ['interventions', plan.interventions],
      ['supports', plan.supports],
      ['administrations', plan.assessment.administrations],
      ['timeline entries', plan.timeline],
      ['safety plan lines', SAFETY_PLAN_STEPS.flatMap((k) => plan.safetyPlan?.steps[k] ?? [])],
      ['medication referrals', plan.substanceUseCare?.medicationReferrals ?? []],
      ['recovery supports', plan.substanceUseCare?.recoverySupports ?? []],
      ...plan.interventions.map((i): [string, readonly { id: string }[]] => [`homework of approach "${i.id}"`, i.homework]),
    ];
    for (const [what, items] of lists) {
      const seen = new Set<string>();
      for (const { id } of items) {
        if (seen.has(id)) ctx.addIssue({ code: 'custom', input: id, message: `The id "${id}" is used twice among the ${what}` });
        seen.add(id);
      }
    }
  }),
);

export type PlanStatus = z.infer<typeof PlanStatusSchema>;
export type PlanMode = z.infer<typeof PlanModeSchema>;
export type ConcernArea = z.infer<typeof ConcernAreaSchema>;
export type TraumaFeature = z.infer<typeof TraumaFeatureSchema>;
export type ClientRef = z.infer<typeof ClientRefSchema>;
export type Agreement = z.infer<typeof AgreementSchema>;
export type Intake = z.infer<typeof IntakeSchema>;
export type PastTreatment = z.infer<typeof PastTreatmentSchema>;
export type InstrumentScore = z.infer<typeof InstrumentScoreSchema>;
export type CriticalFinding = z.infer<typeof CriticalFindingSchema>;
export type Administration = z.infer<typeof AdministrationSchema>;
export type InstrumentDraft = z.infer<typeof InstrumentDraftSchema>;
export type Diagnosis = z.infer<typeof DiagnosisSchema>;
export type Assessment = z.infer<typeof AssessmentSchema>;
export type Measure = z.infer<typeof MeasureSchema>;
export type GasScale = z.infer<typeof GasScaleSchema>;
export type Objective = z.infer<typeof ObjectiveSchema>;
export type Goal = z.infer<typeof GoalSchema>;
export type Problem = z.infer<typeof ProblemSchema>;
export type Phase = z.infer<typeof PhaseSchema>;
export type Support = z.infer<typeof SupportSchema>;
export type Homework = z.infer<typeof HomeworkSchema>;
export type Intervention = z.infer<typeof InterventionSchema>;
export type Dismissal = z.infer<typeof DismissalSchema>;
export type SessionEntry = z.infer<typeof SessionEntrySchema>;
export type ReviewEntry = z.infer<typeof ReviewEntrySchema>;
export type RevisionEntry = z.infer<typeof RevisionEntrySchema>;
export type StatusEntry = z.infer<typeof StatusEntrySchema>;
export type RiskFlagEntry = z.infer<typeof RiskFlagEntrySchema>;
export type TimelineEntry = z.infer<typeof TimelineEntrySchema>;
export type Change = z.infer<typeof ChangeSchema>;
export type FieldChange = z.infer<typeof FieldChangeSchema>;
export type ChangeField = FieldChange['field'];
export type PlanVersion = z.infer<typeof PlanVersionSchema>;
export type Signature = z.infer<typeof SignatureSchema>;
export type PlanAgreement = z.infer<typeof PlanAgreementSchema>;
export type VersionReason = z.infer<typeof VersionReasonSchema>;
export type TreatmentPlan = z.infer<typeof TreatmentPlanSchema>;
export type SafetyPlan = z.infer<typeof SafetyPlanSchema>;
export type SafetyPlanStep = z.infer<typeof SafetyPlanStepSchema>;
export type SafetyPlanLine = z.infer<typeof SafetyPlanLineSchema>;
