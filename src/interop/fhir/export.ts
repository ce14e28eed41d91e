import type { Administration, Goal, Objective, TreatmentPlan } from '../../model/plan.js';
import { canonicalJson } from '../../model/canonical.js';
import {
  ACTIVITY_STATUS,
  AS_NEEDED_TEXT,
  CLIENT_WORDS_AUTHOR,
  carePlanStatus,
  CONDITION_CATEGORY_SYSTEM,
  CONDITION_CLINICAL_SYSTEM,
  CRITICAL_FINDING_EXTENSION_URL,
  FHIR_STRING_MAX,
  FREQUENCY_TIMING,
  GOAL_ACHIEVEMENT_SYSTEM,
  GOAL_PRIORITY,
  GOAL_PRIORITY_SYSTEM,
  GOAL_RELATIONSHIP_EXTENSION_URL,
  GOAL_RELATIONSHIP_TYPE_SYSTEM,
  KIT_ID_SYSTEM,
  KIT_QUESTIONNAIRE_BASE,
  LOINC_SYSTEM,
  OBSERVATION_CATEGORY_SYSTEM,
  PLAN_JSON_EXTENSION_URL,
  PROPOSER_DISPLAY,
  goalLifecycleStatus,
  loincTotalFor,
  type FhirGoalAchievement,
} from './codes.js';
import type {
  BundleEntry,
  CarePlanActivity,
  Extension,
  FhirBundle,
  FhirCondition,
  FhirResource,
  GoalTarget,
  Reference,
} from './types.js';
import { fhirUuid, type FhirItemKind as Kind } from './uuid.js';
import { coded } from './coding.js';
import { provenances } from './provenance.js';
import { BUILTIN_INSTRUMENTS } from '../../clinical/instruments/builtins.js';
import type { Part2Refusal } from '../../model/substance-use.js';
import { addSubstanceUseResources, withoutProtectedPart, withPart2Label } from './substance-use.js';
import type { InstrumentDefinition } from '../../clinical/instruments/schema.js';

export interface FhirExportOptions {
  /**
   * Carry the whole plan as JSON in the CarePlan's `plan-json` extension (default `true`), so
   * `importFhir` restores it exactly. It holds everything the plan holds, including intake details
   * (substance use, family history…) that the FHIR resources deliberately leave out: pass `false`
   * when the bundle goes to a system that should receive only the clinical core.
   * The extension is also left out when the JSON would exceed FHIR's 1 MB string limit.
   */
  embedPlan?: boolean;
  /** Add a QuestionnaireResponse with the item answers for each administration (default `true`). */
  questionnaireResponses?: boolean;
  /** The host's identifier system for `client.hostId` (e.g. its MRN namespace URI), if it has one. */
  clientIdentifierSystem?: string;
  /**
   * `collection` (default): a document to hand over. `transaction`: a bundle a FHIR server accepts
   * as one `POST [base]`: every entry is a `PUT` by the kit's stable id (UUID v5 of the plan's own
   * ids), so sending it twice creates nothing twice, and references are `Type/id`.
   */
  bundleType?: 'collection' | 'transaction';
  /**
   * The server's patient, e.g. `Patient/123`: every resource gets it as a literal `subject`
   * reference (besides the identifier), so it sits in that patient's compartment.
   */
  patient?: string;
  /** Host-registered instrument definitions (besides the built-ins): their item order orders QuestionnaireResponse items. */
  instruments?: readonly InstrumentDefinition[];
  /**
   * Export what the plan marks as protected by 42 CFR Part 2 (default `false`). Without it the
   * protected resources are withheld (the whole bundle when the whole plan is marked) and the
   * result says so with the refusal `part2-protected`. With it they are exported labelled in
   * `meta.security` (v3-Confidentiality `R`, v3-ActCode `42CFRPart2`). Pass `true` only where the
   * disclosure is permitted (the patient's consent or another Part 2 exception), and send the
   * redisclosure notice with it.
   */
  includeProtected?: boolean;
}

/** Something of the plan that could not go into the bundle as valid FHIR, and why. */
export interface FhirExportWarning {
  /** `goal-without-text`: Goal.description is required and the goal (or objective) has no words yet. */
  code: 'goal-without-text';
  /** The kit's id of the item left out. */
  itemId: string;
}

export interface FhirExportResult {
  bundle: FhirBundle;
  /** Resources left out because the plan has nothing for an element FHIR requires. */
  warnings: FhirExportWarning[];
  /** Present when resources protected by 42 CFR Part 2 were withheld (no `includeProtected: true`). */
  refusal?: Part2Refusal;
}

/** FHIR `integer`: 32-bit signed. */
const INT32_MAX = 2_147_483_647;
const isInt32 = (n: number) => Number.isInteger(n) && Math.abs(n) <= INT32_MAX;
const isPositiveInt = (n: number | undefined): n is number => n !== undefined && isInt32(n) && n > 0;
/** `undefined` for a blank string: FHIR has no empty strings. */
const nonBlank = (value: string | undefined) => (value?.trim() ? value : undefined);

export { fhirUuid };

const kitId = (value: string) => [{ system: KIT_ID_SYSTEM, value }];

/** Latest value recorded for an objective: the newest complete administration of its instrument, or the newest review. */
export function currentObjectiveValue(plan: TreatmentPlan, objective: Objective): number | undefined {
  const m = objective.measure;
  let latest: Administration | undefined;
  if (m.kind === 'instrument' && m.instrumentId) {
    for (const a of plan.assessment.administrations) {
      if (a.instrumentId === m.instrumentId && a.score.complete && a.id !== m.baselineAdministrationId && !(latest && a.date <= latest.date)) {
        latest = a;
      }
    }
  }
  if (latest) return latest.score.total;
  let value: number | undefined;
  let at = '';
  for (const entry of plan.timeline) {
    const r = entry.kind === 'review' && entry.date >= at && entry.objectives.find((o) => o.objectiveId === objective.id && o.currentValue !== undefined);
    if (r) {
      value = r.currentValue;
      at = entry.date;
    }
  }
  return value;
}

/**
 * Goal.achievementStatus where it can be told from the plan: achieved items are `achieved`;
 * an active objective with a baseline, a direction and a newer value is `improving`, `worsening`
 * or `no-change`; otherwise an active item is `in-progress`. Proposed, paused or dropped items get none.
 */
export function achievementOf(plan: TreatmentPlan, item: Goal | Objective): FhirGoalAchievement | undefined {
  if (item.status === 'achieved') return 'achieved';
  if (item.status !== 'active') return undefined;
  if ('measure' in item) {
    const { baseline, direction } = item.measure;
    const current = currentObjectiveValue(plan, item);
    if (baseline !== undefined && direction && current !== undefined) {
      const gain = direction === 'decrease' ? baseline - current : current - baseline;
      return gain > 0 ? 'improving' : gain < 0 ? 'worsening' : 'no-change';
    }
  }
  return 'in-progress';
}

function targetOf(objective: Objective): GoalTarget {
  const { kind, instrumentId, unit, label, target: value, direction } = objective.measure;
  const loinc = kind === 'instrument' && instrumentId ? loincTotalFor(instrumentId) : undefined;
  const words = nonBlank(label) && nonBlank(unit) ? `${label} (${unit})` : nonBlank(label) ?? nonBlank(unit);
  return {
    ...(loinc || words
      ? {
          measure: {
            ...(loinc ? { coding: [{ system: LOINC_SYSTEM, code: loinc.code, display: loinc.display }] } : {}),
            ...(words ? { text: words } : {}),
          },
        }
      : {}),
    // The unit is the clinician's own word (not a UCUM code), so it travels in the measure's text only.
    ...(value === undefined
      ? {}
      : !direction && !unit && isInt32(value)
        ? { detailInteger: value }
        : {
            detailQuantity: {
              value,
              // "at most" / "at least" the target: only a Quantity can say that (comparator).
              ...(direction ? { comparator: direction === 'decrease' ? '<=' : '>=' } : {}),
            },
          }),
    ...(objective.dueDate ? { dueDate: objective.dueDate } : {}),
  };
}

/**
 * The plan as a FHIR R4 `collection` Bundle: CarePlan, a Condition per problem (and per diagnosis),
 * a Goal per goal and per objective, an Observation per complete instrument administration and
 * (optionally) a QuestionnaireResponse per administration. Pure and deterministic: the same plan
 * always gives the same bundle (ids are UUID v5 of the plan's own ids; the timestamp is `updatedAt`).
 * Never throws on text: a lone UTF-16 surrogate in any string (e.g. half an emoji cut by a paste)
 * is exported as U+FFFD (�), also in the embedded plan JSON, so the bundle is valid Unicode.
 */
export function exportFhir(input: TreatmentPlan, options: FhirExportOptions = {}): FhirBundle {
  return exportFhirWithWarnings(input, options).bundle;
}

const RESOURCE_TYPE_OF: Record<Kind, FhirResource['resourceType'] | 'Bundle'> = {
  bundle: 'Bundle',
  careplan: 'CarePlan',
  problem: 'Condition',
  diagnosis: 'Condition',
  goal: 'Goal',
  objective: 'Goal',
  observation: 'Observation',
  response: 'QuestionnaireResponse',
  provenance: 'Provenance',
  'sud-rating': 'Observation',
  'sud-level': 'Observation',
  'sud-referral': 'ServiceRequest',
  'sud-support': 'ServiceRequest',
};

/** The answered items of an administration in the questionnaire's order (unknown items after, by id): same plan, same bytes. */
function orderedAnswers(a: Administration, defs: readonly InstrumentDefinition[]): [string, number][] {
  const order = defs.find((d) => d.id === a.instrumentId)?.items.map((i) => i.id) ?? [];
  const rank = (id: string) => (order.includes(id) ? order.indexOf(id) : order.length);
  return Object.entries(a.answers)
    .filter((e): e is [string, number] => e[1] !== null)
    .sort(([x], [y]) => rank(x) - rank(y) || (x < y ? -1 : x > y ? 1 : 0));
}

/**
 * `exportFhir` with the list of what it had to leave out (`warnings`): an item FHIR requires words
 * for (a new goal with no text yet) is left out of the bundle rather than exported as invalid FHIR.
 */
export function exportFhirWithWarnings(input: TreatmentPlan, options: FhirExportOptions = {}): FhirExportResult {
  if (input.substanceUseCare?.part2 === 'plan' && options.includeProtected !== true) {
    // The whole plan is protected: nothing leaves, and the caller is told how much was held back.
    const full = exportFhirWithWarnings(input, { ...options, includeProtected: true });
    return {
      bundle: { ...full.bundle, entry: [] },
      warnings: [],
      refusal: { code: 'part2-protected', params: { scope: 'plan', withheld: full.bundle.entry.length } },
    };
  }
  // FHIR strings are Unicode: a lone surrogate (half of a broken emoji, say) becomes U+FFFD.
  const plan = wellFormed(input);
  const { embedPlan = true, questionnaireResponses = true, bundleType = 'collection' } = options;
  const transaction = bundleType === 'transaction';
  const defs = [...BUILTIN_INSTRUMENTS, ...(options.instruments ?? [])];
  const warnings: FhirExportWarning[] = [];
  const urn = (kind: Kind, itemId: string) => `urn:uuid:${fhirUuid(plan.id, kind, itemId)}`;
  // In a transaction the server keeps the kit's ids, so references name them directly.
  const ref = (kind: Kind, itemId: string): Reference => ({
    reference: transaction ? `${RESOURCE_TYPE_OF[kind]}/${fhirUuid(plan.id, kind, itemId)}` : urn(kind, itemId),
  });
  const left = new Set<string>();
  const entries: BundleEntry[] = [];
  const include = options.includeProtected === true;
  const scope = plan.substanceUseCare?.part2;
  let withheld = 0;
  const add = (kind: Kind, itemId: string, input: FhirResource): Reference => {
    const fullUrl = urn(kind, itemId);
    const sud = kind.startsWith('sud-');
    // 42 CFR Part 2: protected resources leave only when asked for, and then labelled.
    if (sud && scope && !include) {
      withheld++;
      return ref(kind, itemId);
    }
    const resource = scope === 'plan' || (scope && (sud || (kind === 'careplan' && include && !!input.extension?.length))) ? withPart2Label(input) : input;
    // resourceType, then id, then the rest: the order the specification shows.
    const { resourceType, ...rest } = resource;
    const id = fullUrl.slice(9);
    entries.push({
      fullUrl,
      resource: { resourceType, id, ...rest } as FhirResource,
      ...(transaction ? { request: { method: 'PUT' as const, url: `${resourceType}/${id}` } } : {}),
    });
    return ref(kind, itemId);
  };

  // The kit stores nothing identifying beyond the host's id; the name goes out only if the host set one.
  const client = plan.client;
  const patient = nonBlank(options.patient);
  const subject: Reference = client
    ? {
        ...(patient ? { reference: patient } : {}),
        identifier: {
          ...(options.clientIdentifierSystem ? { system: options.clientIdentifierSystem } : {}),
          value: client.hostId,
        },
        ...(client.displayName ? { display: client.displayName } : {}),
      }
    : patient
      ? { reference: patient }
      : { display: 'Client not identified in this plan' };
  const carePlanRef = ref('careplan', plan.id);

  const condition = (kind: Kind, id: string, category: string, text: string, more?: Partial<FhirCondition>) =>
    add(kind, id, {
      resourceType: 'Condition',
      identifier: kitId(id),
      clinicalStatus: coded(CONDITION_CLINICAL_SYSTEM, 'active'),
      category: [coded(CONDITION_CATEGORY_SYSTEM, category)],
      ...(nonBlank(text) ? { code: { text } } : {}),
      subject,
      ...more,
    });
  const problemRefs = [
    ...plan.problems.map((p) =>
      condition('problem', p.id, 'problem-list-item', p.title, {
        recordedDate: p.createdAt,
        ...(p.evidencedBy.some(nonBlank) ? { evidence: [{ code: p.evidencedBy.filter(nonBlank).map((text) => ({ text })) }] } : {}),
      }),
    ),
    // The code is free text written by the clinician (ICD-10/11 or DSM-5-TR, system unknown): text only.
    ...plan.assessment.diagnoses.map((dx) =>
      condition('diagnosis', dx.id, 'encounter-diagnosis', nonBlank(dx.code) ? `${dx.label} (${dx.code})` : dx.label),
    ),
  ];

  // Goal.description is required: an item with no words yet stays out (and is named in `warnings`).
  for (const problem of plan.problems) {
    for (const item of problem.goals.flatMap((g) => [g, ...g.objectives])) {
      if (!nonBlank(item.clinicalText)) {
        left.add(item.id);
        warnings.push({ code: 'goal-without-text', itemId: item.id });
      }
    }
  }
  const goal = (kind: Kind, item: Goal | Objective, addresses: Reference[]): Reference => {
    const achievement = achievementOf(plan, item);
    const milestones: Extension[] = ('measure' in item ? [] : item.objectives.filter((o) => !left.has(o.id))).map((o) => ({
      url: GOAL_RELATIONSHIP_EXTENSION_URL,
      extension: [
        { url: 'type', valueCodeableConcept: coded(GOAL_RELATIONSHIP_TYPE_SYSTEM, 'milestone') },
        { url: 'target', valueReference: ref('objective', o.id) },
      ],
    }));
    return add(kind, item.id, {
      resourceType: 'Goal',
      ...(milestones.length ? { extension: milestones } : {}),
      identifier: kitId(item.id),
      lifecycleStatus: goalLifecycleStatus(item.status, item.agreement?.agreed === true),
      ...(achievement ? { achievementStatus: coded(GOAL_ACHIEVEMENT_SYSTEM, achievement) } : {}),
      priority: coded(GOAL_PRIORITY_SYSTEM, GOAL_PRIORITY[item.priority].code),
      description: { text: item.clinicalText },
      subject,
      startDate: item.createdAt.slice(0, 10),
      ...('measure' in item ? { target: [targetOf(item)] } : {}),
      ...(item.statusReason ? { statusReason: item.statusReason } : {}),
      expressedBy:
        item.proposedBy === 'client' && subject.identifier
          ? { identifier: subject.identifier, display: PROPOSER_DISPLAY.client }
          : { display: PROPOSER_DISPLAY[item.proposedBy] },
      ...(addresses.length ? { addresses } : {}),
      ...(item.clientWords ? { note: [{ authorString: CLIENT_WORDS_AUTHOR, text: item.clientWords }] } : {}),
    });
  };
  const goalRefs: Reference[] = [];
  const goalOfObjective = new Map<string, string>();
  for (const problem of plan.problems) {
    for (const g of problem.goals) {
      const addresses = [ref('problem', problem.id)];
      if (!left.has(g.id)) goalRefs.push(goal('goal', g, addresses));
      for (const o of g.objectives) {
        if (left.has(o.id)) continue;
        if (!left.has(g.id)) goalOfObjective.set(o.id, g.id);
        goalRefs.push(goal('objective', o, addresses));
      }
    }
  }

  const exportedObjectives = new Set(plan.problems.flatMap((p) => p.goals.flatMap((g) => g.objectives.map((o) => o.id))).filter((id) => !left.has(id)));
  const activities: CarePlanActivity[] = plan.interventions.map((iv) => {
    const linked = iv.objectiveIds.filter((id) => exportedObjectives.has(id));
    const goals = [
      ...[...new Set(linked.flatMap((id) => goalOfObjective.get(id) ?? []))].map((g) => ref('goal', g)),
      ...linked.map((id) => ref('objective', id)),
    ];
    const timing = FREQUENCY_TIMING[iv.frequency];
    const how = [
      iv.format,
      iv.delivery,
      iv.frequency === 'other' && iv.frequencyNote ? iv.frequencyNote : iv.frequency,
      iv.sessionMinutes ? `${iv.sessionMinutes}-minute sessions` : '',
      iv.plannedSessions ? `${iv.plannedSessions} sessions planned` : '',
    ].filter(Boolean);
    return {
      id: iv.id,
      detail: {
        kind: 'ServiceRequest',
        ...(nonBlank(iv.modalityId) ? { code: { text: iv.modalityId } } : {}),
        ...(nonBlank(iv.rationale) ? { reasonCode: [{ text: iv.rationale }] } : {}),
        ...(goals.length ? { goal: goals } : {}),
        status: ACTIVITY_STATUS[iv.status],
        ...(nonBlank(iv.statusReason) ? { statusReason: { text: iv.statusReason } } : {}),
        ...(timing
          ? {
              scheduledTiming: {
                repeat: {
                  ...(iv.startDate ? { boundsPeriod: { start: iv.startDate } } : {}),
                  ...(isPositiveInt(iv.plannedSessions) ? { count: iv.plannedSessions } : {}),
                  ...(iv.sessionMinutes ? { duration: iv.sessionMinutes, durationUnit: 'min' as const } : {}),
                  ...timing,
                },
              },
            }
          : { scheduledString: iv.frequency === 'as-needed' ? AS_NEEDED_TEXT : (nonBlank(iv.frequencyNote) ?? 'other') }),
        ...(nonBlank(iv.clinician) ? { performer: [{ display: iv.clinician }] } : {}),
        description: `${iv.modalityId} — ${how.join(', ')}${iv.techniques.length ? `; techniques: ${iv.techniques.join(', ')}` : ''}`,
      },
    };
  });

  for (const a of plan.assessment.administrations) {
    const { complete, total, band: bandCode, bandLabel } = a.score;
    // Unanswered questions are left out (HL7 FHIR-25949: a question item appears only with an answer).
    const items = orderedAnswers(a, defs).map(([linkId, value]) => ({
      linkId,
      answer: [isInt32(value) ? { valueInteger: value } : { valueDecimal: value }],
    }));
    const version = nonBlank(a.instrumentVersion);
    const responseRef =
      questionnaireResponses &&
      add('response', a.id, {
        resourceType: 'QuestionnaireResponse',
        identifier: kitId(a.id)[0],
        basedOn: [carePlanRef],
        // A canonical URL: both parts escaped (a version may hold spaces).
        questionnaire: `${KIT_QUESTIONNAIRE_BASE}/${encodeURIComponent(a.instrumentId)}${version ? `|${encodeURIComponent(version)}` : ''}`,
        status: complete ? 'completed' : 'in-progress',
        subject,
        authored: a.date,
        ...(items.length ? { item: items } : {}),
      });
    if (!complete) continue; // a partial total would mislead; the answers are in the response
    const band = bandLabel ?? bandCode;
    const loinc = loincTotalFor(a.instrumentId);
    add('observation', a.id, {
      resourceType: 'Observation',
      ...(a.critical.length
        ? {
            extension: a.critical.map((c) => ({
              url: CRITICAL_FINDING_EXTENSION_URL,
              extension: [
                { url: 'itemId', valueString: c.itemId },
                { url: 'value', valueDecimal: c.value },
                { url: 'message', valueString: c.message },
              ],
            })),
          }
        : {}),
      identifier: kitId(a.id),
      basedOn: [carePlanRef],
      status: 'final',
      category: [coded(OBSERVATION_CATEGORY_SYSTEM, 'survey')],
      // Unconfirmed instruments get a text-only code: never an invented LOINC.
      code: loinc ? { coding: [{ system: LOINC_SYSTEM, code: loinc.code, display: loinc.display }], text: loinc.text } : { text: a.instrumentId },
      subject,
      effectiveDateTime: a.date,
      ...(isInt32(total) ? { valueInteger: total } : { valueQuantity: { value: total } }),
      ...(nonBlank(band) ? { interpretation: [{ text: band }] } : {}),
      // A critical item travels next to the total, in words, every time (clinical safety rule).
      ...(a.critical.length ? { note: a.critical.map((c) => ({ text: nonBlank(c.message) ?? `Critical item ${c.itemId}: ${c.value}` })) } : {}),
      ...(responseRef ? { derivedFrom: [responseRef] } : {}),
    });
  }

  const closedAt =
    plan.status === 'completed' || plan.status === 'discontinued'
      ? plan.timeline.filter((e) => e.kind === 'status' && e.to === plan.status).at(-1)?.date
      : undefined;
  // Who agreed with and signed which content (an attestation by hash, not a legal e-signature).
  for (const [key, provenance] of provenances(plan, carePlanRef, subject)) add('provenance', key, provenance);
  addSubstanceUseResources(plan, add, {
    subject,
    carePlan: carePlanRef,
    objectiveRef: (id) => (exportedObjectives.has(id) ? ref('objective', id) : undefined),
  });

  // The embedded plan never carries what was withheld.
  const json = embedPlan ? canonicalJson(scope && !include ? withoutProtectedPart(plan) : plan) : '';
  add('careplan', plan.id, {
    resourceType: 'CarePlan',
    ...(json && json.length <= FHIR_STRING_MAX ? { extension: [{ url: PLAN_JSON_EXTENSION_URL, valueString: json }] } : {}),
    identifier: kitId(plan.id),
    status: carePlanStatus(plan),
    intent: 'plan',
    title: 'Treatment plan',
    ...(nonBlank(plan.assessment.summary) ? { description: plan.assessment.summary } : {}),
    subject,
    period: { start: plan.createdAt, ...(closedAt ? { end: closedAt } : {}) },
    created: plan.createdAt,
    ...(problemRefs.length ? { addresses: problemRefs } : {}),
    ...(goalRefs.length ? { goal: goalRefs } : {}),
    ...(activities.length ? { activity: activities } : {}),
  });

  return {
    bundle: {
      resourceType: 'Bundle',
      id: fhirUuid(plan.id, 'bundle', String(plan.revision)),
      identifier: kitId(plan.id)[0],
      type: bundleType,
      timestamp: plan.updatedAt,
      // The CarePlan goes first: a reader finds the plan at entry[0] (and a server checks its If-Match first).
      entry: [entries.pop()!, ...entries],
    },
    warnings,
    ...(scope && !include ? { refusal: { code: 'part2-protected' as const, params: { scope, withheld } } } : {}),
  };
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** `value` with every lone UTF-16 surrogate in its strings replaced by U+FFFD; untouched (same object) when there is none. */
export function wellFormed<T>(value: T): T {
  if (typeof value === 'string') return value.replace(LONE_SURROGATE, '\uFFFD') as T;
  if (Array.isArray(value)) {
    const mapped = value.map(wellFormed);
    return (mapped.some((v, i) => v !== value[i]) ? mapped : value) as T;
  }
  if (value && typeof value === 'object') {
    const entries = Object.entries(value);
    const mapped = entries.map(([k, v]) => [k, wellFormed(v)] as const);
    return (mapped.some(([, v], i) => v !== entries[i]![1]) ? Object.fromEntries(mapped) : value) as T;
  }
  return value;
}

/** The canonical JSON every part of the kit uses (keys sorted; see `src/model/canonical.ts`). */
export { canonicalJson };

/** Whether `exportFhir` can embed this plan losslessly (its JSON fits in one FHIR string, 1 MB). */
export function planFitsInFhirExtension(plan: TreatmentPlan): boolean {
  return canonicalJson(plan).length <= FHIR_STRING_MAX;
}
