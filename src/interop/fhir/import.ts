import * as z from 'zod/mini';
import { BUILTIN_INSTRUMENTS } from '../../clinical/instruments/builtins.js';
import type { InstrumentDefinition } from '../../clinical/instruments/schema.js';
import { askedAnswers, checkAnswers, findCritical, scoreAdministration } from '../../clinical/instruments/score.js';
import { describeIssues, fail, type Result } from '../../model/errors.js';
import { parsePlan } from '../../model/parse.js';
import { createPlan } from '../../model/factory.js';
import {
  type Administration,
  type Diagnosis,
  type Goal,
  type Intervention,
  type Objective,
  type Problem,
  type TreatmentPlan,
} from '../../model/plan.js';
import {
  AS_NEEDED_TEXT,
  carePlanStatus,
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
  goalLifecycleStatus,
  instrumentForLoinc,
  instrumentKey,
  loincTotalFor,
  type FhirActivityStatus,
  type FhirCarePlanStatus,
  type FhirGoalLifecycleStatus,
} from './codes.js';

// ---------------------------------------------------------------- schemas (only what is read)

import { isSubstanceUseResource, readSubstanceUse } from './substance-use.js';
import { emptySubstanceUseCare } from '../../model/substance-use.js';

const opt = z.optional;
const str = z.string();
const optStr = opt(str);
const optNum = opt(z.number());
const list = <T extends z.core.SomeType>(item: T) => opt(z.array(item));
/** One of the space-separated codes (in the value set's order). */
const oneOf = <T extends string>(codes: string) => z.enum(codes.split(' ') as T[]);

const ConceptSchema = z.object({ coding: list(z.object({ system: optStr, code: optStr, display: optStr })), text: optStr });
const IdentifierSchema = z.object({ system: optStr, value: optStr });
const ReferenceSchema = z.object({ reference: optStr, identifier: opt(IdentifierSchema), display: optStr });
const refs = list(ReferenceSchema);
const concepts = list(ConceptSchema);
const leafExtension = {
  url: str,
  valueString: optStr,
  valueDecimal: optNum,
  valueReference: opt(ReferenceSchema),
  valueCodeableConcept: opt(ConceptSchema),
};

const base = {
  id: optStr,
  identifier: list(IdentifierSchema),
  extension: list(z.object({ ...leafExtension, extension: list(z.object(leafExtension)) })),
  meta: opt(z.object({ lastUpdated: optStr })),
};
const resource = <T extends string, S extends z.core.$ZodLooseShape>(resourceType: T, shape: S) =>
  z.object({ ...base, resourceType: z.literal(resourceType), ...shape });

const CarePlanSchema = resource('CarePlan', {
  status: oneOf<FhirCarePlanStatus>('draft active on-hold revoked completed entered-in-error unknown'),
  title: optStr,
  description: optStr,
  subject: ReferenceSchema,
  period: opt(z.object({ start: optStr, end: optStr })),
  created: optStr,
  addresses: refs,
  goal: refs,
  activity: list(
    z.object({
      id: optStr,
      detail: opt(
        z.object({
          code: opt(ConceptSchema),
          reasonCode: concepts,
          goal: refs,
          status: oneOf<FhirActivityStatus>('not-started scheduled in-progress on-hold completed cancelled stopped unknown entered-in-error'),
          statusReason: opt(ConceptSchema),
          scheduledTiming: opt(
            z.object({
              repeat: opt(
                z.object({
                  boundsPeriod: opt(z.object({ start: optStr })),
                  count: optNum,
                  duration: optNum,
                  durationUnit: optStr,
                  frequency: optNum,
                  period: optNum,
                  periodUnit: optStr,
                }),
              ),
            }),
          ),
          scheduledString: optStr,
          performer: refs,
        }),
      ),
    }),
  ),
});

const ConditionSchema = resource('Condition', {
  category: concepts,
  code: opt(ConceptSchema),
  recordedDate: optStr,
  evidence: list(z.object({ code: concepts })),
});

const GoalResourceSchema = resource('Goal', {
  lifecycleStatus: oneOf<FhirGoalLifecycleStatus>('proposed planned accepted active on-hold completed cancelled entered-in-error rejected'),
  priority: opt(ConceptSchema),
  description: ConceptSchema,
  startDate: optStr,
  target: list(
    z.object({
      measure: opt(ConceptSchema),
      detailQuantity: opt(z.object({ value: optNum, comparator: optStr, unit: optStr })),
      detailRange: opt(z.object({ low: opt(z.object({ value: optNum, unit: optStr })), high: opt(z.object({ value: optNum, unit: optStr })) })),
      detailInteger: optNum,
      dueDate: optStr,
    }),
  ),
  statusReason: optStr,
  expressedBy: opt(ReferenceSchema),
  addresses: refs,
  note: list(z.object({ authorString: optStr, text: str })),
});

const ObservationSchema = resource('Observation', {
  status: str,
  code: ConceptSchema,
  effectiveDateTime: optStr,
  valueInteger: optNum,
  valueQuantity: opt(z.object({ value: optNum })),
  interpretation: concepts,
  derivedFrom: refs,
});

// QuestionnaireResponse.identifier is a single Identifier (it keeps its place among the common elements).
const ResponseSchema = resource('QuestionnaireResponse', {
  identifier: opt(IdentifierSchema),
  questionnaire: optStr,
  status: str,
  authored: optStr,
  item: list(
    z.object({
      linkId: str,
      answer: list(z.object({ valueInteger: optNum, valueDecimal: optNum, valueCoding: opt(z.object({ system: optStr, code: optStr })) })),
    }),
  ),
});

const BundleSchema = z.object({
  resourceType: z.literal('Bundle'),
  type: optStr,
  timestamp: optStr,
  // A transaction-response or batch-response entry may carry only `response` (no resource).
  entry: list(z.object({ fullUrl: optStr, resource: opt(z.looseObject({ resourceType: str, id: optStr })) })),
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
type Concept = z.infer<typeof ConceptSchema>;
type Entry = { fullUrl?: string; resource: CarePlanR | ConditionR | GoalR | ObservationR | ResponseR };

export interface FhirImportOptions {
  /** Stands in for missing dates when a plan is rebuilt from resources of another system. Default: now. */
  now?: Date | string;
  /**
   * Definitions of host-registered instruments, besides the built-ins: answers to them are scored
   * and checked for critical items on import too.
   */
  instruments?: readonly InstrumentDefinition[];
}

/**
 * Where the FHIR resources said something else than the embedded `plan-json` (the EHR changed the
 * resource after the kit wrote it): the resource won. `field` is `status` (CarePlan), or
 * `goal-text` / `goal-status` of the goal or objective `itemId`.
 */
export interface FhirImportDifference {
  field: 'status' | 'goal-text' | 'goal-status';
  itemId: string;
  /** What the embedded plan had and what the resource says (FHIR codes for statuses). */
  embedded: string;
  resource: string;
}

/** Thrown inside the rebuild and turned into one `invalid-import` result; never escapes. */
class ImportProblem extends Error {}

const bad = (message: string, issues?: string[]) => fail('invalid-import', message, issues);

/** A plan after `recomputeRisk`, validated again. */
function checkedRisk(plan: TreatmentPlan): Result<TreatmentPlan> {
  const checked = parsePlan(plan);
  return checked.ok ? checked : bad(`The plan is not valid after its scores were recomputed: ${checked.error.issues?.[0] ?? checked.error.message}`, checked.error.issues);
}

// ---------------------------------------------------------------- helpers

/** The kit's own id of a resource, else its id, else the last segment of its fullUrl. */
const kitIdOf = ({ resource: r, fullUrl }: Entry, fallback: string): string =>
  [r.identifier ?? []].flat().find((i) => i.system === KIT_ID_SYSTEM && i.value)?.value ||
  r.id ||
  fullUrl?.replace(/^urn:uuid:/, '').split('/').at(-1) ||
  fallback;

/** FHIR dateTime/date (possibly partial) → the kit's ISO instant with offset. */
function toInstant(value: string | undefined, what: string): string | undefined {
  if (value === undefined || /^\d{4}-\d{2}-\d{2}T/.test(value)) return value;
  if (/^\d{4}(-\d{2}){0,2}$/.test(value)) return `${`${value}-01-01`.slice(0, 10)}T00:00:00.000Z`;
  throw new ImportProblem(`${what} is not a FHIR date or dateTime: "${value}".`);
}

const toDay = (value: string | undefined, what: string) => toInstant(value, what)?.slice(0, 10);

/** `decodeURIComponent` for outside data: a malformed escape is an import problem, never a thrown URIError. */
function decoded(value: string, what: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    throw new ImportProblem(`${what} is not a valid URL: "${shortText(value, 80)}".`);
  }
}

const conceptText = (c: Concept | undefined) =>
  c?.text ?? c?.coding?.find((x) => x.display)?.display ?? c?.coding?.find((x) => x.code)?.code;

/** The confirmed instrument of the first LOINC coding that names one. */
const instrumentIn = (c: Concept | undefined) =>
  c?.coding?.map((x) => (x.system === LOINC_SYSTEM && x.code ? instrumentForLoinc(x.code) : undefined)).find((i) => i);

/**
 * The instrument a questionnaire URL names, for responses from other systems: its LOINC panel
 * code (`http://loinc.org/q/44249-1`, `…/Questionnaire/44249-1`) or its id as the last segment.
 */
function questionnaireInstrument(url: string | undefined, defs: readonly InstrumentDefinition[]): string | undefined {
  if (!url) return undefined;
  const last = url.split('|')[0]!.split('/').at(-1) ?? '';
  return defs.find((d) => (d.loinc?.panel && url.includes(d.loinc.panel)) || instrumentKey(d.id) === instrumentKey(last))?.id;
}

/**
 * Item answers of a response: numbers as given; a coded answer (LOINC `LA…`) is the value of the
 * option with that code. Items are matched by the kit's item id, or by the item's LOINC code
 * (also as `/code`, as LOINC forms name them).
 */
function answersOf(qr: ResponseR | undefined, def: InstrumentDefinition | undefined): Record<string, number | null> {
  const answers: Record<string, number | null> = {};
  for (const item of qr?.item ?? []) {
    const linkId = item.linkId.replace(/^\//, '');
    const defItem = def?.items.find((i) => i.id === item.linkId || (i.loinc && i.loinc === linkId));
    const a = item.answer?.[0];
    const code = a?.valueCoding?.code;
    const coded =
      code && defItem ? def!.optionSets.find((set) => set.id === defItem.optionSet)?.options.find((o) => o.loinc === code)?.value : undefined;
    answers[defItem?.id ?? item.linkId] = a?.valueInteger ?? a?.valueDecimal ?? coded ?? null;
  }
  return answers;
}

/**
 * Scores and critical findings computed again from the answers (an imported score or finding is
 * never the last word on a risk answer), and one unacknowledged `risk-flag` timeline entry for
 * each finding the timeline does not hold yet. `rescore` recomputes the score as well (for
 * administrations rebuilt from another system's resources; the kit's own embedded plan keeps its scores). A finding the sender stated for an item whose
 * answer did not travel is kept: safety information is never dropped.
 */
export function recomputeRisk(plan: TreatmentPlan, defs: readonly InstrumentDefinition[], rescore: boolean): TreatmentPlan {
  const timeline = plan.timeline.slice();
  const administrations = plan.assessment.administrations.map((a) => {
    const def = defs.find((d) => d.id === a.instrumentId);
    // Answers to items the definition knows (another system may send more, or name some differently).
    const known = def ? Object.fromEntries(Object.entries(a.answers).filter(([k]) => def.items.some((i) => i.id === k))) : {};
    let next = a;
    if (def && Object.values(known).some((v) => v !== null) && !checkAnswers(def, known)) {
      // Only answers that were asked are kept (a conditional item whose condition fails is cleared).
      const asked = askedAnswers(def, known);
      const answers = Object.fromEntries(Object.entries(a.answers).map(([k, v]) => [k, k in known ? (asked[k] ?? null) : v]));
      const found = findCritical(def, asked);
      const kept = a.critical.filter((c) => typeof asked[c.itemId] !== 'number' && !found.some((f) => f.itemId === c.itemId));
      next = { ...a, answers, critical: [...found, ...kept] };
      if (rescore && Object.keys(known).length === Object.keys(a.answers).length) next.score = scoreAdministration(def, asked, a.context);
    }
    for (const f of next.critical) {
      if (timeline.some((e) => e.kind === 'risk-flag' && e.administrationId === a.id && e.itemId === f.itemId)) continue;
      timeline.push({
        id: `risk-${a.id}-${f.itemId}`.slice(0, 128),
        kind: 'risk-flag',
        date: a.date,
        administrationId: a.id,
        instrumentId: a.instrumentId,
        itemId: f.itemId,
        value: f.value,
        message: f.message,
        recorded: true,
      });
    }
    return next;
  });
  return { ...plan, assessment: { ...plan.assessment, administrations }, timeline };
}

const shortText = (value: string, max = 500) => (value.length <= max ? value : `${value.slice(0, max - 1)}…`);

const keyOf = <K extends string, V>(map: Readonly<Record<K, V>>, match: (v: V) => boolean) =>
  (Object.keys(map) as K[]).find((k) => match(map[k]));

// ---------------------------------------------------------------- rebuild from resources

function rebuild(
  carePlanEntry: Entry,
  entries: Entry[],
  bundleTimestamp: string | undefined,
  now: string,
  defs: readonly InstrumentDefinition[],
): TreatmentPlan {
  const carePlan = carePlanEntry.resource as CarePlanR;
  const byRef = new Map<string, Entry>();
  for (const e of entries) {
    if (e.fullUrl) byRef.set(e.fullUrl, e);
    if (e.resource.id) byRef.set(`${e.resource.resourceType}/${e.resource.id}`, e);
  }
  const resolve = (ref: { reference?: string } | undefined): Entry | undefined => {
    const r = ref?.reference?.replace(/\/_history\/[^/]+$/, '');
    return r ? (byRef.get(r) ?? byRef.get(r.split('/').slice(-2).join('/'))) : undefined;
  };
  const ofType = (type: string) => entries.filter((e) => e.resource.resourceType === type);

  if (carePlan.status === 'entered-in-error') {
    throw new ImportProblem('The CarePlan is marked entered-in-error; it is not a plan to import.');
  }
  const planId = kitIdOf(carePlanEntry, '');
  if (!planId) throw new ImportProblem('The CarePlan has no identifier, id or fullUrl to use as the plan id.');
  const createdAt =
    toInstant(carePlan.created, 'CarePlan.created') ?? toInstant(carePlan.period?.start, 'CarePlan.period.start') ?? now;
  const updatedAt = toInstant(carePlan.meta?.lastUpdated ?? bundleTimestamp, 'Bundle.timestamp') ?? createdAt;
  const newProblem = (id: string, title: string, at = createdAt, evidencedBy: string[] = []): Problem => ({
    id,
    title: shortText(title),
    evidencedBy,
    areas: [],
    createdAt: at,
    goals: [],
  });

  // Conditions: problems (anything not an encounter diagnosis), in the CarePlan's order first.
  const problems: Problem[] = [];
  const problemOf = new Map<Entry, Problem>();
  const diagnoses: Diagnosis[] = [];
  [
    ...new Set([
      // Stryker disable next-line ArrayDeclaration: equivalent — the one-string list Stryker puts in place of the missing one has none of the fields read from it, so it is skipped like an empty list
      ...(carePlan.addresses ?? []).map(resolve).filter((e): e is Entry => e?.resource.resourceType === 'Condition'),
      ...ofType('Condition'),
    ]),
  ].forEach((entry, i) => {
    const c = entry.resource as ConditionR;
    const title = conceptText(c.code);
    if (!title) throw new ImportProblem(`Condition ${entry.fullUrl ?? i} has no code text or display to use as its title.`);
    if (c.category?.some((cat) => cat.coding?.some((x) => x.system === CONDITION_CATEGORY_SYSTEM && x.code === 'encounter-diagnosis'))) {
      diagnoses.push({ id: kitIdOf(entry, `diagnosis-${i + 1}`), label: shortText(title) });
    } else {
      const problem = newProblem(
        kitIdOf(entry, `problem-${i + 1}`),
        title,
        toInstant(c.recordedDate, 'Condition.recordedDate'),
        // Stryker disable next-line ArrayDeclaration: equivalent — the one-string list Stryker puts in place of the missing one has none of the fields read from it, so it is skipped like an empty list
        (c.evidence ?? []).flatMap((ev) => (ev.code ?? []).map(conceptText).filter((t): t is string => !!t)),
      );
      problems.push(problem);
      problemOf.set(entry, problem);
    }
  });

  // Goals: objectives are the targets of a goal's `milestone` relationships.
  const goalEntries = ofType('Goal');
  const milestonesOf = new Map(
    goalEntries.map((entry) => [
      entry,
      // Stryker disable next-line ArrayDeclaration: equivalent — the one-string list Stryker puts in place of the missing one has none of the fields read from it, so it is skipped like an empty list
      ((entry.resource as GoalR).extension ?? [])
        .filter(
          (x) =>
            x.url === GOAL_RELATIONSHIP_EXTENSION_URL &&
            x.extension?.some((s) => s.url === 'type' && s.valueCodeableConcept?.coding?.some((c) => c.code === 'milestone')),
        )
        .map((x) => resolve(x.extension?.find((s) => s.url === 'target')?.valueReference))
        .filter((e): e is Entry => e?.resource.resourceType === 'Goal'),
    ]),
  );
  const objectiveEntries = new Set([...milestonesOf.values()].flat());

  const collaborative = (entry: Entry, fallbackId: string) => {
    const g = entry.resource as GoalR;
    const goal = `Goal ${entry.fullUrl ?? fallbackId}`;
    if (g.lifecycleStatus === 'entered-in-error') throw new ImportProblem(`${goal} is marked entered-in-error.`);
    const text = conceptText(g.description);
    if (!text) throw new ImportProblem(`${goal} has no description text.`);
    const priorityCode = g.priority?.coding?.find((c) => c.system === GOAL_PRIORITY_SYSTEM)?.code;
    const clientWords = g.note?.find((n) => n.authorString === CLIENT_WORDS_AUTHOR)?.text;
    return {
      id: kitIdOf(entry, fallbackId),
      clinicalText: text,
      ...(clientWords ? { clientWords } : {}),
      proposedBy: keyOf(PROPOSER_DISPLAY, (d) => d === g.expressedBy?.display) ?? 'clinician',
      priority: keyOf(GOAL_PRIORITY, (p) => p.code === priorityCode) ?? 'medium',
      status: GOAL_STATUS_FROM_FHIR[g.lifecycleStatus],
      ...(g.statusReason ? { statusReason: g.statusReason } : {}),
      createdAt: toInstant(g.startDate, 'Goal.startDate') ?? createdAt,
    };
  };

  const objectiveIdOf = new Map<Entry, string>();
  let objectiveCount = 0;
  const objectiveOf = (entry: Entry): Objective => {
    const g = entry.resource as GoalR;
    const t = g.target?.[0];
    const instrument = instrumentIn(t?.measure);
    // A range with one end is "at most" (high) or "at least" (low), as servers often write targets.
    const range = t?.detailRange;
    const rangeEnd = range?.high ?? range?.low;
    const q = t?.detailQuantity ?? (rangeEnd && { ...rangeEnd, comparator: range?.high ? (range.low ? undefined : '<=') : '>=' });
    // Stryker disable next-line StringLiteral: equivalent — a Goal whose description has no words is refused by `collaborative` just below, so the last fallback label never reaches a plan
    let label = conceptText(t?.measure) ?? conceptText(g.description) ?? 'measure';
    // The kit writes a unit (free text, not UCUM) only in the measure's text: "label (unit)".
    const unit = q?.unit ?? (t?.detailQuantity && !instrument ? /^.+ \(([^()]+)\)$/.exec(label)?.[1] : undefined);
    if (unit && label.endsWith(` (${unit})`)) label = label.slice(0, -(unit.length + 3));
    const target = q?.value ?? t?.detailInteger;
    const c = q?.comparator;
    const direction = c === '<=' || c === '<' ? 'decrease' : c === '>=' || c === '>' ? 'increase' : undefined;
    const dueDate = toDay(t?.dueDate, 'Goal.target.dueDate');
    const objective: Objective = {
      ...collaborative(entry, `objective-${++objectiveCount}`),
      measure: {
        kind: instrument ? 'instrument' : 'custom',
        label: shortText(label),
        ...(unit ? { unit: shortText(unit) } : {}),
        ...(instrument ? { instrumentId: instrument.instrumentId } : {}),
        ...(target !== undefined ? { target } : {}),
        ...(direction ? { direction } : {}),
      },
      ...(dueDate ? { dueDate } : {}),
    };
    objectiveIdOf.set(entry, objective.id);
    return objective;
  };

  let orphanProblem: Problem | undefined;
  goalEntries
    .filter((e) => !objectiveEntries.has(e))
    .forEach((entry, i) => {
      const goal: Goal = {
        ...collaborative(entry, `goal-${i + 1}`),
        // An objective listed under two goals stays with the first.
        objectives: milestonesOf
          .get(entry)!
          .filter((o) => !objectiveIdOf.has(o))
          .map((o) => objectiveOf(o)),
      };
      // Stryker disable next-line ArrayDeclaration: equivalent — the one-string list Stryker puts in place of the missing one has none of the fields read from it, so it is skipped like an empty list
      const problem = ((entry.resource as GoalR).addresses ?? []).map((ref) => problemOf.get(resolve(ref)!)).find((p) => p);
      if (!problem && !orphanProblem) {
        problems.push((orphanProblem = newProblem(`${planId}-imported-goals`, carePlan.title ?? 'Goals imported without a linked problem')));
      }
      (problem ?? orphanProblem)!.goals.push(goal);
    });

  const lost = goalEntries.find((e) => objectiveEntries.has(e) && !objectiveIdOf.has(e));
  if (lost) {
    throw new ImportProblem(
      `Goal ${lost.fullUrl ?? lost.resource.id ?? ''} is only reachable through a cycle of goal-relationship milestones.`,
    );
  }

  // Stryker disable next-line ArrayDeclaration: equivalent — the one-string list Stryker puts in place of the missing one has none of the fields read from it, so it is skipped like an empty list
  const interventions: Intervention[] = (carePlan.activity ?? []).flatMap((activity, i) => {
    const d = activity.detail;
    if (!d || d.status === 'entered-in-error') return [];
    const modalityId = d.code?.text ?? d.code?.coding?.find((c) => c.code)?.code;
    if (!modalityId) throw new ImportProblem(`CarePlan.activity[${i}].detail has no code to use as the approach.`);
    const repeat = d.scheduledTiming?.repeat;
    const frequency =
      (repeat && frequencyFromTiming(repeat)) || (d.scheduledString?.toLowerCase() === AS_NEEDED_TEXT ? 'as-needed' : 'other');
    const note = frequency === 'other' && d.scheduledString;
    const minutes = repeat?.durationUnit === 'min' && repeat.duration && Math.round(repeat.duration);
    const startDate = toDay(repeat?.boundsPeriod?.start, 'scheduledTiming.repeat.boundsPeriod.start');
    const clinician = d.performer?.[0]?.display;
    const rationale = d.reasonCode?.[0]?.text;
    return [
      {
        id: activity.id ?? `${planId}-activity-${i + 1}`,
        modalityId: shortText(modalityId, 128),
        techniques: [],
        // Stryker disable next-line ArrayDeclaration: equivalent — the one-string list Stryker puts in place of the missing one has none of the fields read from it, so it is skipped like an empty list
        objectiveIds: (d.goal ?? []).map((ref) => objectiveIdOf.get(resolve(ref)!)).filter((id): id is string => !!id),
        frequency,
        ...(note ? { frequencyNote: shortText(note) } : {}),
        ...(minutes ? { sessionMinutes: minutes } : {}),
        format: 'individual',
        delivery: 'either',
        ...(repeat?.count ? { plannedSessions: repeat.count } : {}),
        ...(clinician ? { clinician: shortText(clinician) } : {}),
        ...(startDate ? { startDate } : {}),
        ...(rationale ? { rationale } : {}),
        status: INTERVENTION_STATUS_FROM_FHIR[d.status],
        ...(d.statusReason?.text ? { statusReason: d.statusReason.text } : {}),
        homework: [],
        createdAt,
      },
    ];
  });

  // Administrations: one per survey Observation, answers from the QuestionnaireResponse it derives from.
  const usedResponses = new Set<Entry>();
  const administrations: Administration[] = [];
  const administration = (
    entry: Entry,
    i: number,
    instrumentId: string,
    date: string,
    qr: ResponseR | undefined,
    known: { max: number; items: number } | undefined,
    total?: number,
    band?: string,
    critical: Administration['critical'] = [],
  ) => {
    const answers = answersOf(qr, defs.find((d) => instrumentKey(d.id) === instrumentKey(instrumentId)));
    const values = Object.values(answers);
    const answered = values.filter((v): v is number => v !== null);
    administrations.push({
      id: kitIdOf(entry, `administration-${i + 1}`),
      instrumentId,
      // Stryker disable UnaryOperator: equivalent — the kit escapes the version (encodeURIComponent), so its canonical holds one '|' and the last part is the second
      instrumentVersion:
        qr?.questionnaire?.startsWith(`${KIT_QUESTIONNAIRE_BASE}/`) && qr.questionnaire.includes('|')
          ? decoded(qr.questionnaire.split('|').at(-1)!, 'QuestionnaireResponse.questionnaire')
          : 'unknown',
      // Stryker restore UnaryOperator
      date,
      answers,
      score: {
        total: total ?? answered.reduce((s, v) => s + v, 0),
        max: known?.max ?? total ?? 0,
        answered: answered.length,
        itemCount: Math.max(values.length, known?.items ?? 0),
        complete: total !== undefined,
        ...(band ? { bandLabel: shortText(band) } : {}),
      },
      critical,
      source: 'host',
    });
  };
  entries.forEach((entry, i) => {
    if (entry.resource.resourceType !== 'Observation') return;
    const o = entry.resource;
    const where = `Observation ${entry.fullUrl ?? i}`;
    if (o.status === 'entered-in-error' || o.status === 'cancelled') return;
    const total = o.valueInteger ?? o.valueQuantity?.value;
    if (total === undefined) return; // not a score
    const known = instrumentIn(o.code);
    const instrumentId = known?.instrumentId ?? conceptText(o.code);
    if (!instrumentId) throw new ImportProblem(`${where} has no code to tell which instrument it scores.`);
    const date = toInstant(o.effectiveDateTime, 'Observation.effectiveDateTime');
    if (!date) throw new ImportProblem(`${where} (${instrumentId}) has no effectiveDateTime.`);
    // Stryker disable next-line ArrayDeclaration: equivalent — the one-string list Stryker puts in place of the missing one has none of the fields read from it, so it is skipped like an empty list
    const qrEntry = (o.derivedFrom ?? []).map(resolve).find((e) => e?.resource.resourceType === 'QuestionnaireResponse');
    if (qrEntry) usedResponses.add(qrEntry);
    administration(
      entry,
      i,
      shortText(instrumentId, 128),
      date,
      qrEntry?.resource as ResponseR | undefined,
      known,
      total,
      o.interpretation?.map(conceptText).find((t) => t),
      // Stryker disable next-line ArrayDeclaration: equivalent — the one-string list Stryker puts in place of the missing one has none of the fields read from it, so it is skipped like an empty list
      (o.extension ?? [])
        .filter((x) => x.url === CRITICAL_FINDING_EXTENSION_URL)
        .map((x, j) => {
          const part = (url: string) => x.extension?.find((s) => s.url === url);
          const itemId = part('itemId')?.valueString;
          const value = part('value')?.valueDecimal;
          const message = part('message')?.valueString;
          // A critical finding is safety information: a malformed one stops the import rather than vanish.
          if (!itemId || value === undefined || !message) {
            throw new ImportProblem(`${where} critical-finding extension ${j} needs itemId, value and message.`);
          }
          return { itemId, value, message };
        }),
    );
  });
  // Partial administrations travel only as in-progress responses; a completed response from
  // another system with no score Observation comes in too when its questionnaire is known (its
  // score and critical items are computed below from the answers).
  entries.forEach((entry, i) => {
    if (entry.resource.resourceType !== 'QuestionnaireResponse' || usedResponses.has(entry)) return;
    const qr = entry.resource;
    const kit = qr.questionnaire?.startsWith(`${KIT_QUESTIONNAIRE_BASE}/`);
    const instrumentId = kit
      ? decoded(qr.questionnaire!.slice(KIT_QUESTIONNAIRE_BASE.length + 1).split('|')[0]!, 'QuestionnaireResponse.questionnaire')
      : questionnaireInstrument(qr.questionnaire, defs);
    const outside = !kit && instrumentId && (qr.status === 'completed' || qr.status === 'amended');
    if (!instrumentId || (!outside && (qr.status !== 'in-progress' || !kit))) return;
    const date = toInstant(qr.authored, 'QuestionnaireResponse.authored');
    if (!date) throw new ImportProblem(`QuestionnaireResponse ${entry.fullUrl ?? i} has no authored date.`);
    administration(entry, i, instrumentId, date, qr, loincTotalFor(instrumentId));
  });
  administrations.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));

  const { identifier, display } = carePlan.subject;
  // A new plan's defaults (schema version, empty lists, review interval) have one home: createPlan.
  const plan = createPlan(planId, createdAt);
  return {
    ...plan,
    updatedAt,
    status: PLAN_STATUS_FROM_FHIR[carePlan.status],
    ...(identifier?.value ? { client: { hostId: identifier.value, ...(display ? { displayName: shortText(display) } : {}) } } : {}),
    assessment: {
      ...plan.assessment,
      administrations,
      diagnoses,
      ...(carePlan.description ? { summary: carePlan.description } : {}),
    },
    problems,
    interventions,
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
  const r = importFhirWithDifferences(bundle, options);
  return r.ok ? { ok: true, value: r.value.plan } : r;
}

/**
 * The embedded plan with what the resources say instead, for the fields they carry: the CarePlan's
 * status, each Goal's words and lifecycle status. A plan-json never silently overrides the EHR.
 */
function resourcesWin(embedded: TreatmentPlan, carePlan: CarePlanR, entries: Entry[]): { plan: TreatmentPlan; differences: FhirImportDifference[] } {
  const differences: FhirImportDifference[] = [];
  let plan = embedded;
  // Compared with what the kit itself writes (an unsigned plan marked active goes out as `draft`).
  if (carePlan.status !== 'entered-in-error' && carePlan.status !== carePlanStatus(plan)) {
    differences.push({ field: 'status', itemId: plan.id, embedded: carePlanStatus(plan), resource: carePlan.status });
    plan = { ...plan, status: PLAN_STATUS_FROM_FHIR[carePlan.status] };
  }
  const goals = new Map<string, GoalR>();
  for (const e of entries) if (e.resource.resourceType === 'Goal') goals.set(kitIdOf(e, ''), e.resource);
  const reconcile = <T extends Goal | Objective>(item: T): T => {
    const g = goals.get(item.id);
    if (!g) return item;
    let next = item;
    const text = g.description.text;
    if (text !== undefined && text !== item.clinicalText) {
      differences.push({ field: 'goal-text', itemId: item.id, embedded: item.clinicalText, resource: text });
      next = { ...next, clinicalText: text };
    }
    const ours = goalLifecycleStatus(item.status, item.agreement?.agreed === true);
    if (g.lifecycleStatus !== ours && g.lifecycleStatus !== 'entered-in-error') {
      differences.push({ field: 'goal-status', itemId: item.id, embedded: ours, resource: g.lifecycleStatus });
      next = { ...next, status: GOAL_STATUS_FROM_FHIR[g.lifecycleStatus] };
    }
    return next;
  };
  if (goals.size) {
    plan = {
      ...plan,
      problems: plan.problems.map((p) => ({ ...p, goals: p.goals.map((g) => ({ ...reconcile(g), objectives: g.objectives.map(reconcile) })) })),
    };
  }
  return { plan: differences.length ? plan : embedded, differences };
}

/**
 * The plan with the substance-use care its resources carry when the embedded plan has none (it was
 * withheld, or not embedded), and with the strongest 42 CFR Part 2 mark either says: a label in the
 * bundle is never dropped.
 */
function withSubstanceUse(plan: TreatmentPlan, sud: ReturnType<typeof readSubstanceUse>): TreatmentPlan {
  if (!sud.care && !sud.part2) return plan;
  const care = plan.substanceUseCare ?? sud.care ?? emptySubstanceUseCare();
  const part2 = care.part2 === 'plan' || sud.part2 === 'plan' ? 'plan' : (care.part2 ?? sud.part2);
  return { ...plan, substanceUseCare: { ...care, ...(part2 ? { part2 } : {}) } };
}

/** `importFhir`, and where the resources disagreed with the embedded plan (the resources won). */
export function importFhirWithDifferences(
  bundle: unknown,
  options: FhirImportOptions = {},
): Result<{ plan: TreatmentPlan; differences: FhirImportDifference[] }> {
  const defs = [...BUILTIN_INSTRUMENTS, ...(options.instruments ?? [])];
  const parsed = BundleSchema.safeParse(bundle);
  if (!parsed.success) {
    const issues = describeIssues(parsed.error.issues);
    return bad(
      typeof bundle === 'object' && (bundle as { resourceType?: unknown } | null)?.resourceType === 'Bundle'
        ? `The FHIR Bundle is not valid: ${issues[0]}`
        : 'Expected a FHIR R4 Bundle (resourceType "Bundle").',
      issues,
    );
  }
  const rawEntries = parsed.data.entry ?? [];
  if (!rawEntries.length) return bad('The FHIR Bundle has no entries; expected a CarePlan.');

  const entries: Entry[] = [];
  const issues: string[] = [];
  // Substance-use care and its 42 CFR Part 2 labels are read on their own (never as scores).
  let sud: ReturnType<typeof readSubstanceUse>;
  try {
    sud = readSubstanceUse(rawEntries.flatMap((e) => (e.resource ? [e.resource] : [])));
  } catch {
    // A malformed element (a null where an object belongs) in a resource read loosely: refused whole.
    return bad('The substance-use care resources of the FHIR Bundle are not valid FHIR.');
  }
  rawEntries.forEach(({ fullUrl, resource }, i) => {
    if (!resource || isSubstanceUseResource(resource)) return; // a response entry without the resource
    const { resourceType } = resource;
    const schema = Object.hasOwn(RESOURCE_SCHEMAS, resourceType) ? RESOURCE_SCHEMAS[resourceType as keyof typeof RESOURCE_SCHEMAS] : undefined;
    if (!schema) return; // resources the kit does not read (Patient, Practitioner…) are ignored
    const r = (schema as z.ZodMiniType<Entry['resource']>).safeParse(resource);
    if (r.success) entries.push({ ...(fullUrl ? { fullUrl } : {}), resource: r.data });
    else issues.push(...describeIssues(r.error.issues).map((line) => `entry.${i}.resource(${resourceType}).${line}`));
  });
  if (issues.length) return bad(`The FHIR Bundle has invalid resources: ${issues[0]}`, issues.slice(0, 10));

  const carePlans = entries.filter((e) => e.resource.resourceType === 'CarePlan');
  if (carePlans.length !== 1) {
    return bad(`The FHIR Bundle must hold exactly one CarePlan; it holds ${carePlans.length}.`);
  }
  const carePlan = carePlans[0]!.resource as CarePlanR;

  const embedded = carePlan.extension?.find((x) => x.url === PLAN_JSON_EXTENSION_URL);
  if (embedded) {
    if (embedded.valueString === undefined) return bad('The CarePlan plan-json extension has no valueString.');
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
    const { plan: reconciled, differences } = resourcesWin(withSubstanceUse(plan.value, sud), carePlan, entries);
    const checked = checkedRisk(recomputeRisk(reconciled, defs, false));
    return checked.ok ? { ok: true, value: { plan: checked.value, differences } } : checked;
  }

  const { now = new Date() } = options;
  let rebuilt: TreatmentPlan;
  try {
    rebuilt = recomputeRisk(rebuild(carePlans[0]!, entries, parsed.data.timestamp, typeof now === 'string' ? now : now.toISOString(), defs), defs, true);
  } catch (e) {
    if (e instanceof ImportProblem) return bad(e.message);
    throw e;
  }
  const checked = parsePlan(withSubstanceUse(rebuilt, sud));
  if (!checked.ok) {
    return bad(`The plan rebuilt from the FHIR resources is not valid: ${checked.error.issues?.[0] ?? checked.error.message}`, checked.error.issues);
  }
  return { ok: true, value: { plan: checked.value, differences: [] } };
}
