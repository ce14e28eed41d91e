import * as z from 'zod/mini';
import { describeIssues, fail, ok, type Result } from '../../model/errors.js';
import { parsePlan } from '../../model/parse.js';
import { emptyIntake, DEFAULT_REVIEW_INTERVAL_DAYS } from '../../model/factory.js';
import {
  CURRENT_SCHEMA_VERSION,
  type Administration,
  type Diagnosis,
  type Goal,
  type Intervention,
  type Measure,
  type Objective,
  type Problem,
  type TreatmentPlan,
} from '../../model/plan.js';
import {
  AS_NEEDED_TEXT,
  CLIENT_WORDS_AUTHOR,
  CONDITION_CATEGORY_SYSTEM,
  CRITICAL_FINDING_EXTENSION_URL,
  GOAL_PRIORITY,
  GOAL_PRIORITY_SYSTEM,
  GOAL_RELATIONSHIP_EXTENSION_URL,
  GOAL_STATUS_FROM_FHIR,
  INTERVENTION_STATUS_FROM_FHIR,
  KIT_ID_SYSTEM,
  KIT_QUESTIONNAIRE_BASE,
  LOINC_SYSTEM,
  PLAN_JSON_EXTENSION_URL,
  PLAN_STATUS_FROM_FHIR,
  PROPOSER_DISPLAY,
  frequencyFromTiming,
  instrumentForLoinc,
  loincTotalFor,
} from './codes.js';

// ---------------------------------------------------------------- schemas (only what is read)

const opt = z.optional;
const str = z.string();
const num = z.number();

const CodingSchema = z.object({ system: opt(str), code: opt(str), display: opt(str) });
const ConceptSchema = z.object({ coding: opt(z.array(CodingSchema)), text: opt(str) });
const IdentifierSchema = z.object({ system: opt(str), value: opt(str) });
const ReferenceSchema = z.object({ reference: opt(str), identifier: opt(IdentifierSchema), display: opt(str) });
const LeafExtensionSchema = z.object({
  url: str,
  valueString: opt(str),
  valueDecimal: opt(num),
  valueReference: opt(ReferenceSchema),
  valueCodeableConcept: opt(ConceptSchema),
});
const ExtensionSchema = z.object({ ...LeafExtensionSchema.shape, extension: opt(z.array(LeafExtensionSchema)) });

const base = {
  id: opt(str),
  identifier: opt(z.array(IdentifierSchema)),
  extension: opt(z.array(ExtensionSchema)),
  meta: opt(z.object({ lastUpdated: opt(str) })),
};

const CarePlanSchema = z.object({
  ...base,
  resourceType: z.literal('CarePlan'),
  status: z.enum(['draft', 'active', 'on-hold', 'revoked', 'completed', 'entered-in-error', 'unknown']),
  title: opt(str),
  description: opt(str),
  subject: ReferenceSchema,
  period: opt(z.object({ start: opt(str), end: opt(str) })),
  created: opt(str),
  addresses: opt(z.array(ReferenceSchema)),
  goal: opt(z.array(ReferenceSchema)),
  activity: opt(
    z.array(
      z.object({
        id: opt(str),
        detail: opt(
          z.object({
            code: opt(ConceptSchema),
            reasonCode: opt(z.array(ConceptSchema)),
            goal: opt(z.array(ReferenceSchema)),
            status: z.enum([
              'not-started', 'scheduled', 'in-progress', 'on-hold', 'completed', 'cancelled', 'stopped', 'unknown', 'entered-in-error',
            ]),
            statusReason: opt(ConceptSchema),
            scheduledTiming: opt(
              z.object({
                repeat: opt(
                  z.object({
                    boundsPeriod: opt(z.object({ start: opt(str) })),
                    count: opt(num),
                    duration: opt(num),
                    durationUnit: opt(str),
                    frequency: opt(num),
                    period: opt(num),
                    periodUnit: opt(str),
                  }),
                ),
              }),
            ),
            scheduledString: opt(str),
            performer: opt(z.array(ReferenceSchema)),
          }),
        ),
      }),
    ),
  ),
});

const ConditionSchema = z.object({
  ...base,
  resourceType: z.literal('Condition'),
  category: opt(z.array(ConceptSchema)),
  code: opt(ConceptSchema),
  recordedDate: opt(str),
  evidence: opt(z.array(z.object({ code: opt(z.array(ConceptSchema)) }))),
});

const GoalResourceSchema = z.object({
  ...base,
  resourceType: z.literal('Goal'),
  lifecycleStatus: z.enum([
    'proposed', 'planned', 'accepted', 'active', 'on-hold', 'completed', 'cancelled', 'entered-in-error', 'rejected',
  ]),
  priority: opt(ConceptSchema),
  description: ConceptSchema,
  startDate: opt(str),
  target: opt(
    z.array(
      z.object({
        measure: opt(ConceptSchema),
        detailQuantity: opt(z.object({ value: opt(num), comparator: opt(str), unit: opt(str) })),
        detailInteger: opt(num),
        dueDate: opt(str),
      }),
    ),
  ),
  statusReason: opt(str),
  expressedBy: opt(ReferenceSchema),
  addresses: opt(z.array(ReferenceSchema)),
  note: opt(z.array(z.object({ authorString: opt(str), text: str }))),
});

const ObservationSchema = z.object({
  ...base,
  resourceType: z.literal('Observation'),
  status: str,
  code: ConceptSchema,
  effectiveDateTime: opt(str),
  valueInteger: opt(num),
  valueQuantity: opt(z.object({ value: opt(num) })),
  interpretation: opt(z.array(ConceptSchema)),
  derivedFrom: opt(z.array(ReferenceSchema)),
});

const ResponseSchema = z.object({
  ...base,
  identifier: opt(IdentifierSchema),
  resourceType: z.literal('QuestionnaireResponse'),
  questionnaire: opt(str),
  status: str,
  authored: opt(str),
  item: opt(z.array(z.object({ linkId: str, answer: opt(z.array(z.object({ valueInteger: opt(num), valueDecimal: opt(num) }))) }))),
});

const BundleSchema = z.object({
  resourceType: z.literal('Bundle'),
  type: opt(str),
  timestamp: opt(str),
  entry: opt(
    z.array(z.object({ fullUrl: opt(str), resource: z.looseObject({ resourceType: str, id: opt(str) }) })),
  ),
});

const RESOURCE_SCHEMAS = {
  CarePlan: CarePlanSchema,
  Condition: ConditionSchema,
  Goal: GoalResourceSchema,
  Observation: ObservationSchema,
  QuestionnaireResponse: ResponseSchema,
} as const;

type CarePlanR = z.infer<typeof CarePlanSchema>;
type ConditionR = z.infer<typeof ConditionSchema>;
type GoalR = z.infer<typeof GoalResourceSchema>;
type ObservationR = z.infer<typeof ObservationSchema>;
type ResponseR = z.infer<typeof ResponseSchema>;
type AnyR = CarePlanR | ConditionR | GoalR | ObservationR | ResponseR;
type Entry = { fullUrl?: string; resource: AnyR };

export interface FhirImportOptions {
  /** Stands in for missing dates when a plan is rebuilt from resources of another system. Default: now. */
  now?: Date | string;
}

/** Thrown inside the rebuild and turned into one `invalid-import` result; never escapes. */
class ImportProblem extends Error {}

const bad = (message: string, issues?: string[]) => fail('invalid-import', message, issues);

// ---------------------------------------------------------------- helpers

type Ident = { system?: string; value?: string };
function kitIdOf(r: { identifier?: Ident[] | Ident; id?: string }, entry: Entry, fallback: string): string {
  const ids = Array.isArray(r.identifier) ? r.identifier : r.identifier ? [r.identifier] : [];
  const own = ids.find((i) => i.system === KIT_ID_SYSTEM && i.value)?.value;
  if (own) return own;
  if (r.id) return r.id;
  if (entry.fullUrl) return entry.fullUrl.replace(/^urn:uuid:/, '').split('/').at(-1) || fallback;
  return fallback;
}

/** FHIR dateTime/date (possibly partial) → the kit's ISO instant with offset. */
function toInstant(value: string | undefined, what: string): string | undefined {
  if (value === undefined) return undefined;
  if (/^\d{4}-\d{2}-\d{2}T/.test(value)) return value;
  if (/^\d{4}$/.test(value)) return `${value}-01-01T00:00:00.000Z`;
  if (/^\d{4}-\d{2}$/.test(value)) return `${value}-01T00:00:00.000Z`;
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return `${value}T00:00:00.000Z`;
  throw new ImportProblem(`${what} is not a FHIR date or dateTime: "${value}".`);
}

function toDay(value: string | undefined, what: string): string | undefined {
  const instant = toInstant(value, what);
  return instant?.slice(0, 10);
}

const conceptText = (c: { text?: string; coding?: { display?: string; code?: string }[] } | undefined) =>
  c?.text ?? c?.coding?.find((x) => x.display)?.display ?? c?.coding?.find((x) => x.code)?.code;

function shortText(value: string, max = 500): string {
  return value.length <= max ? value : `${value.slice(0, max - 1)}…`;
}

// ---------------------------------------------------------------- rebuild from resources

function rebuild(carePlan: CarePlanR, carePlanEntry: Entry, entries: Entry[], bundleTimestamp: string | undefined, now: string): TreatmentPlan {
  const byRef = new Map<string, Entry>();
  for (const e of entries) {
    if (e.fullUrl) byRef.set(e.fullUrl, e);
    if (e.resource.id) byRef.set(`${e.resource.resourceType}/${e.resource.id}`, e);
  }
  const resolve = (ref: { reference?: string } | undefined): Entry | undefined => {
    const r = ref?.reference?.replace(/\/_history\/[^/]+$/, '');
    if (!r) return undefined;
    return byRef.get(r) ?? byRef.get(r.split('/').slice(-2).join('/'));
  };

  if (carePlan.status === 'entered-in-error') {
    throw new ImportProblem('The CarePlan is marked entered-in-error; it is not a plan to import.');
  }
  const planId = kitIdOf(carePlan, carePlanEntry, '');
  if (!planId) throw new ImportProblem('The CarePlan has no identifier, id or fullUrl to use as the plan id.');
  const createdAt =
    toInstant(carePlan.created, 'CarePlan.created') ?? toInstant(carePlan.period?.start, 'CarePlan.period.start') ?? now;
  const updatedAt = toInstant(carePlan.meta?.lastUpdated ?? bundleTimestamp, 'Bundle.timestamp') ?? createdAt;

  // Conditions: problems (anything not an encounter diagnosis), in the CarePlan's order first.
  const conditionEntries = [
    ...(carePlan.addresses ?? []).map(resolve).filter((e): e is Entry => e?.resource.resourceType === 'Condition'),
    ...entries.filter((e) => e.resource.resourceType === 'Condition'),
  ].filter((e, i, all) => all.indexOf(e) === i);
  const isDiagnosis = (c: ConditionR) =>
    !!c.category?.some((cat) => cat.coding?.some((x) => x.system === CONDITION_CATEGORY_SYSTEM && x.code === 'encounter-diagnosis'));

  const problems: Problem[] = [];
  const problemOf = new Map<Entry, Problem>();
  const diagnoses: Diagnosis[] = [];
  conditionEntries.forEach((entry, i) => {
    const c = entry.resource as ConditionR;
    const title = conceptText(c.code);
    if (!title) throw new ImportProblem(`Condition ${entry.fullUrl ?? i} has no code text or display to use as its title.`);
    if (isDiagnosis(c)) {
      diagnoses.push({ id: kitIdOf(c, entry, `diagnosis-${i + 1}`), label: shortText(title) });
      return;
    }
    const problem: Problem = {
      id: kitIdOf(c, entry, `problem-${i + 1}`),
      title: shortText(title),
      evidencedBy: (c.evidence ?? []).flatMap((ev) => (ev.code ?? []).map(conceptText).filter((t): t is string => !!t)),
      areas: [],
      createdAt: toInstant(c.recordedDate, 'Condition.recordedDate') ?? createdAt,
      goals: [],
    };
    problems.push(problem);
    problemOf.set(entry, problem);
  });

  // Goals: objectives are the targets of a goal's `milestone` relationships.
  const goalEntries = entries.filter((e) => e.resource.resourceType === 'Goal');
  const milestonesOf = new Map<Entry, Entry[]>();
  const objectiveEntries = new Set<Entry>();
  for (const entry of goalEntries) {
    const children = ((entry.resource as GoalR).extension ?? [])
      .filter((x) => x.url === GOAL_RELATIONSHIP_EXTENSION_URL)
      .filter((x) => x.extension?.some((s) => s.url === 'type' && s.valueCodeableConcept?.coding?.some((c) => c.code === 'milestone')))
      .map((x) => resolve(x.extension?.find((s) => s.url === 'target')?.valueReference))
      .filter((e): e is Entry => e?.resource.resourceType === 'Goal');
    milestonesOf.set(entry, children);
    children.forEach((c) => objectiveEntries.add(c));
  }

  const collaborative = (g: GoalR, entry: Entry, fallbackId: string) => {
    if (g.lifecycleStatus === 'entered-in-error') {
      throw new ImportProblem(`Goal ${entry.fullUrl ?? fallbackId} is marked entered-in-error.`);
    }
    const text = conceptText(g.description);
    if (!text) throw new ImportProblem(`Goal ${entry.fullUrl ?? fallbackId} has no description text.`);
    const priorityCode = g.priority?.coding?.find((c) => c.system === GOAL_PRIORITY_SYSTEM)?.code;
    const priority = (Object.keys(GOAL_PRIORITY) as (keyof typeof GOAL_PRIORITY)[]).find((k) => GOAL_PRIORITY[k].code === priorityCode);
    const proposer = (Object.keys(PROPOSER_DISPLAY) as (keyof typeof PROPOSER_DISPLAY)[]).find(
      (k) => PROPOSER_DISPLAY[k] === g.expressedBy?.display,
    );
    const clientWords = g.note?.find((n) => n.authorString === CLIENT_WORDS_AUTHOR)?.text;
    return {
      id: kitIdOf(g, entry, fallbackId),
      clinicalText: text,
      ...(clientWords ? { clientWords } : {}),
      proposedBy: proposer ?? 'clinician',
      priority: priority ?? 'medium',
      status: GOAL_STATUS_FROM_FHIR[g.lifecycleStatus],
      ...(g.statusReason ? { statusReason: g.statusReason } : {}),
      createdAt: toInstant(g.startDate, 'Goal.startDate') ?? createdAt,
    };
  };

  const objectiveIdOf = new Map<Entry, string>();
  let objectiveCount = 0;
  const objectiveOf = (entry: Entry): Objective => {
    const g = entry.resource as GoalR;
    const i = objectiveCount++;
    const t = g.target?.[0];
    const loinc = t?.measure?.coding?.find((c) => c.system === LOINC_SYSTEM && c.code && instrumentForLoinc(c.code));
    const instrument = loinc?.code ? instrumentForLoinc(loinc.code) : undefined;
    const q = t?.detailQuantity;
    let label = conceptText(t?.measure) ?? conceptText(g.description) ?? 'measure';
    const unit = q?.unit;
    if (unit && label.endsWith(` (${unit})`)) label = label.slice(0, -(unit.length + 3));
    const target = q?.value ?? t?.detailInteger;
    const direction = q?.comparator === '<=' || q?.comparator === '<' ? 'decrease' : q?.comparator === '>=' || q?.comparator === '>' ? 'increase' : undefined;
    const measure: Measure = {
      kind: instrument ? 'instrument' : 'custom',
      label: shortText(label),
      ...(unit ? { unit: shortText(unit) } : {}),
      ...(instrument ? { instrumentId: instrument.instrumentId } : {}),
      ...(target !== undefined ? { target } : {}),
      ...(direction ? { direction } : {}),
    };
    const dueDate = toDay(t?.dueDate, 'Goal.target.dueDate');
    const objective: Objective = { ...collaborative(g, entry, `objective-${i + 1}`), measure, ...(dueDate ? { dueDate } : {}) };
    objectiveIdOf.set(entry, objective.id);
    return objective;
  };

  let orphanProblem: Problem | undefined;
  goalEntries
    .filter((e) => !objectiveEntries.has(e))
    .forEach((entry, i) => {
      const g = entry.resource as GoalR;
      const goal: Goal = {
        ...collaborative(g, entry, `goal-${i + 1}`),
        // An objective listed under two goals stays with the first.
        objectives: (milestonesOf.get(entry) ?? []).filter((o) => !objectiveIdOf.has(o)).map((o) => objectiveOf(o)),
      };
      const problemEntry = (g.addresses ?? []).map(resolve).find((e) => e && problemOf.has(e));
      let problem = problemEntry ? problemOf.get(problemEntry) : undefined;
      if (!problem) {
        if (!orphanProblem) {
          orphanProblem = {
            id: `${planId}-imported-goals`,
            title: shortText(carePlan.title ?? 'Goals imported without a linked problem'),
            evidencedBy: [],
            areas: [],
            createdAt,
            goals: [],
          };
          problems.push(orphanProblem);
        }
        problem = orphanProblem;
      }
      problem.goals.push(goal);
    });

  const placed = goalEntries.filter((e) => !objectiveEntries.has(e) || objectiveIdOf.has(e));
  if (placed.length !== goalEntries.length) {
    const lost = goalEntries.find((e) => !placed.includes(e))!;
    throw new ImportProblem(
      `Goal ${lost.fullUrl ?? lost.resource.id ?? ''} is only reachable through a cycle of goal-relationship milestones.`,
    );
  }

  const interventions: Intervention[] = (carePlan.activity ?? []).flatMap((activity, i) => {
    const d = activity.detail;
    if (!d) return [];
    if (d.status === 'entered-in-error') return [];
    const modalityId = d.code?.text ?? d.code?.coding?.find((c) => c.code)?.code;
    if (!modalityId) throw new ImportProblem(`CarePlan.activity[${i}].detail has no code to use as the approach.`);
    const repeat = d.scheduledTiming?.repeat;
    const fromTiming = repeat ? frequencyFromTiming(repeat) : undefined;
    const frequency: Intervention['frequency'] =
      fromTiming ?? (d.scheduledString?.toLowerCase() === AS_NEEDED_TEXT ? 'as-needed' : 'other');
    const note = frequency === 'other' ? d.scheduledString : undefined;
    const minutes = repeat?.durationUnit === 'min' && repeat.duration ? Math.round(repeat.duration) : undefined;
    const startDate = toDay(repeat?.boundsPeriod?.start, 'scheduledTiming.repeat.boundsPeriod.start');
    return [
      {
        id: activity.id ?? `${planId}-activity-${i + 1}`,
        modalityId: shortText(modalityId, 128),
        techniques: [],
        objectiveIds: (d.goal ?? []).map(resolve).flatMap((e) => (e && objectiveIdOf.has(e) ? [objectiveIdOf.get(e)!] : [])),
        frequency,
        ...(note ? { frequencyNote: shortText(note) } : {}),
        ...(minutes ? { sessionMinutes: minutes } : {}),
        format: 'individual',
        delivery: 'either',
        ...(repeat?.count ? { plannedSessions: repeat.count } : {}),
        ...(d.performer?.[0]?.display ? { clinician: shortText(d.performer[0].display) } : {}),
        ...(startDate ? { startDate } : {}),
        ...(d.reasonCode?.[0]?.text ? { rationale: d.reasonCode[0].text } : {}),
        status: INTERVENTION_STATUS_FROM_FHIR[d.status],
        ...(d.statusReason?.text ? { statusReason: d.statusReason.text } : {}),
        homework: [],
        createdAt,
      } satisfies Intervention,
    ];
  });

  // Administrations: one per survey Observation, answers from the QuestionnaireResponse it derives from.
  const usedResponses = new Set<Entry>();
  const answersOf = (qr: ResponseR | undefined) => {
    const answers: Record<string, number | null> = {};
    for (const item of qr?.item ?? []) {
      const a = item.answer?.[0];
      answers[item.linkId] = a?.valueInteger ?? a?.valueDecimal ?? null;
    }
    return answers;
  };
  const versionOf = (qr: ResponseR | undefined) =>
    qr?.questionnaire?.startsWith(`${KIT_QUESTIONNAIRE_BASE}/`) && qr.questionnaire.includes('|')
      ? qr.questionnaire.split('|').at(-1)!
      : 'unknown';
  const administrations: Administration[] = [];
  entries.forEach((entry, i) => {
    if (entry.resource.resourceType !== 'Observation') return;
    const o = entry.resource as ObservationR;
    if (o.status === 'entered-in-error' || o.status === 'cancelled') return;
    const total = o.valueInteger ?? o.valueQuantity?.value;
    if (total === undefined) return; // not a score
    const loinc = o.code.coding?.find((c) => c.system === LOINC_SYSTEM && c.code && instrumentForLoinc(c.code));
    const known = loinc?.code ? instrumentForLoinc(loinc.code) : undefined;
    const instrumentId = known?.instrumentId ?? conceptText(o.code);
    if (!instrumentId) throw new ImportProblem(`Observation ${entry.fullUrl ?? i} has no code to tell which instrument it scores.`);
    const date = toInstant(o.effectiveDateTime, 'Observation.effectiveDateTime');
    if (!date) throw new ImportProblem(`Observation ${entry.fullUrl ?? i} (${instrumentId}) has no effectiveDateTime.`);
    const qrEntry = (o.derivedFrom ?? []).map(resolve).find((e) => e?.resource.resourceType === 'QuestionnaireResponse');
    if (qrEntry) usedResponses.add(qrEntry);
    const qr = qrEntry?.resource as ResponseR | undefined;
    const answers = answersOf(qr);
    const values = Object.values(answers);
    const band = o.interpretation?.map(conceptText).find((t) => t);
    administrations.push({
      id: kitIdOf(o, entry, `administration-${i + 1}`),
      instrumentId: shortText(instrumentId, 128),
      instrumentVersion: versionOf(qr),
      date,
      answers,
      score: {
        total,
        max: known?.max ?? total,
        answered: values.filter((v) => v !== null).length,
        itemCount: Math.max(values.length, known?.items ?? 0),
        complete: true,
        ...(band ? { bandLabel: shortText(band) } : {}),
      },
      critical: (o.extension ?? [])
        .filter((x) => x.url === CRITICAL_FINDING_EXTENSION_URL)
        .map((x, j) => {
          const itemId = x.extension?.find((s) => s.url === 'itemId')?.valueString;
          const value = x.extension?.find((s) => s.url === 'value')?.valueDecimal;
          const message = x.extension?.find((s) => s.url === 'message')?.valueString;
          // A critical finding is safety information: a malformed one stops the import rather than vanish.
          if (!itemId || value === undefined || !message) {
            throw new ImportProblem(`Observation ${entry.fullUrl ?? i} critical-finding extension ${j} needs itemId, value and message.`);
          }
          return { itemId, value, message };
        }),
      source: 'host',
    });
  });
  // Partial administrations travel only as in-progress responses.
  entries.forEach((entry, i) => {
    if (entry.resource.resourceType !== 'QuestionnaireResponse' || usedResponses.has(entry)) return;
    const qr = entry.resource as ResponseR;
    if (qr.status !== 'in-progress' || !qr.questionnaire?.startsWith(`${KIT_QUESTIONNAIRE_BASE}/`)) return;
    const instrumentId = decodeURIComponent(qr.questionnaire.slice(KIT_QUESTIONNAIRE_BASE.length + 1).split('|')[0]!);
    const answers = answersOf(qr);
    const values = Object.values(answers);
    const answered = values.filter((v): v is number => v !== null);
    const date = toInstant(qr.authored, 'QuestionnaireResponse.authored');
    if (!date) throw new ImportProblem(`QuestionnaireResponse ${entry.fullUrl ?? i} has no authored date.`);
    administrations.push({
      id: kitIdOf(qr, entry, `administration-${i + 1}`),
      instrumentId,
      instrumentVersion: versionOf(qr),
      date,
      answers,
      score: {
        total: answered.reduce((s, v) => s + v, 0),
        max: loincTotalFor(instrumentId)?.max ?? 0,
        answered: answered.length,
        itemCount: Math.max(values.length, loincTotalFor(instrumentId)?.items ?? 0),
        complete: false,
      },
      critical: [],
      source: 'host',
    });
  });
  administrations.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));

  const hostId = carePlan.subject.identifier?.value;
  return {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    id: planId,
    revision: 0,
    version: 0,
    createdAt,
    updatedAt,
    status: PLAN_STATUS_FROM_FHIR[carePlan.status],
    ...(hostId
      ? { client: { hostId, ...(carePlan.subject.display ? { displayName: shortText(carePlan.subject.display) } : {}) } }
      : {}),
    assessment: {
      intake: emptyIntake(),
      administrations,
      diagnoses,
      ...(carePlan.description ? { summary: carePlan.description } : {}),
    },
    phases: [],
    problems,
    interventions,
    supports: [],
    dismissals: [],
    timeline: [],
    versions: [],
    signatures: [],
    review: { intervalDays: DEFAULT_REVIEW_INTERVAL_DAYS },
  };
}


// ---------------------------------------------------------------- entry point

/**
 * Reads a FHIR R4 Bundle back into a plan. When the CarePlan carries the kit's `plan-json`
 * extension (what `exportFhir` writes by default) that plan is restored exactly, validated through
 * `parsePlan`. Otherwise the plan is rebuilt from the resources — CarePlan, Conditions, Goals
 * (objectives linked by `goal-relationship` milestones), activities, Observations and
 * QuestionnaireResponses — and whatever FHIR does not carry starts empty (intake, timeline,
 * versions, signatures, supports, phases, homework, GAS scales, baselines, agreement dates).
 * Every failure is one `invalid-import` error naming what is wrong; a half plan is never returned.
 */
export function importFhir(bundle: unknown, options: FhirImportOptions = {}): Result<TreatmentPlan> {
  const parsed = BundleSchema.safeParse(bundle);
  if (!parsed.success) {
    const issues = describeIssues(parsed.error.issues);
    const isBundle = typeof bundle === 'object' && bundle !== null && (bundle as { resourceType?: unknown }).resourceType === 'Bundle';
    return bad(isBundle ? `The FHIR Bundle is not valid: ${issues[0]}` : 'Expected a FHIR R4 Bundle (resourceType "Bundle").', issues);
  }
  const rawEntries = parsed.data.entry ?? [];
  if (!rawEntries.length) return bad('The FHIR Bundle has no entries; expected a CarePlan.');

  const entries: Entry[] = [];
  const issues: string[] = [];
  rawEntries.forEach((e, i) => {
    const schema = RESOURCE_SCHEMAS[e.resource.resourceType as keyof typeof RESOURCE_SCHEMAS];
    if (!schema) return; // resources the kit does not read (Patient, Practitioner…) are ignored
    const r = (schema as z.ZodMiniType).safeParse(e.resource);
    if (r.success) entries.push({ ...(e.fullUrl ? { fullUrl: e.fullUrl } : {}), resource: r.data as AnyR });
    else {
      issues.push(
        ...describeIssues(r.error.issues).map((line) => `entry.${i}.resource(${e.resource.resourceType}).${line}`),
      );
    }
  });
  if (issues.length) return bad(`The FHIR Bundle has invalid resources: ${issues[0]}`, issues.slice(0, 10));

  const carePlans = entries.filter((e) => e.resource.resourceType === 'CarePlan');
  if (carePlans.length !== 1) {
    return bad(`The FHIR Bundle must hold exactly one CarePlan; it holds ${carePlans.length}.`);
  }
  const carePlanEntry = carePlans[0]!;
  const carePlan = carePlanEntry.resource as CarePlanR;

  const embedded = carePlan.extension?.find((x) => x.url === PLAN_JSON_EXTENSION_URL);
  if (embedded) {
    if (typeof embedded.valueString !== 'string') {
      return bad('The CarePlan plan-json extension has no valueString.');
    }
    let json: unknown;
    try {
      json = JSON.parse(embedded.valueString);
    } catch (e) {
      return bad(`The CarePlan plan-json extension is not valid JSON: ${(e as Error).message}`);
    }
    const plan = parsePlan(json);
    if (!plan.ok) {
      if (plan.error.code === 'unsupported-schema-version') return plan;
      return bad(`The plan in the CarePlan plan-json extension is not valid: ${plan.error.message}`, plan.error.issues);
    }
    const declaredId = carePlan.identifier?.find((i) => i.system === KIT_ID_SYSTEM)?.value;
    if (declaredId && declaredId !== plan.value.id) {
      return bad(
        `The CarePlan identifier (${declaredId}) does not match the plan in its plan-json extension (${plan.value.id}).`,
      );
    }
    return plan;
  }

  const now = options.now === undefined ? new Date().toISOString() : typeof options.now === 'string' ? options.now : options.now.toISOString();
  let rebuilt: TreatmentPlan;
  try {
    rebuilt = rebuild(carePlan, carePlanEntry, entries, parsed.data.timestamp, now);
  } catch (e) {
    if (e instanceof ImportProblem) return bad(e.message);
    throw e;
  }
  const checked = parsePlan(rebuilt);
  if (!checked.ok) {
    return bad(`The plan rebuilt from the FHIR resources is not valid: ${checked.error.issues?.[0] ?? checked.error.message}`, checked.error.issues);
  }
  return checked;
}
