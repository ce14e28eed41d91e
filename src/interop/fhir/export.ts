import type { Administration, Goal, Objective, TreatmentPlan } from '../../model/plan.js';
import {
  ACTIVITY_STATUS,
  AS_NEEDED_TEXT,
  CARE_PLAN_STATUS,
  CLIENT_WORDS_AUTHOR,
  CONDITION_CATEGORY_SYSTEM,
  CONDITION_CLINICAL_SYSTEM,
  CRITICAL_FINDING_EXTENSION_URL,
  FHIR_STRING_MAX,
  FREQUENCY_TIMING,
  GOAL_ACHIEVEMENT_DISPLAY,
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
  CodeableConcept,
  Extension,
  FhirBundle,
  FhirCarePlan,
  FhirCondition,
  FhirGoal,
  FhirObservation,
  FhirQuestionnaireResponse,
  FhirResource,
  GoalTarget,
  Reference,
} from './types.js';
import { uuidV5 } from './uuid.js';

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
}

type Kind = 'bundle' | 'careplan' | 'problem' | 'diagnosis' | 'goal' | 'objective' | 'observation' | 'response';

/** Deterministic `urn:uuid:` address of one plan item: same plan, same ids, same bundle. */
export function fhirUuid(planId: string, kind: Kind, itemId: string): string {
  return uuidV5(`tailored-plan-kit|${planId}|${kind}|${itemId}`);
}

const urn = (uuid: string) => `urn:uuid:${uuid}`;
const kitId = (value: string) => [{ system: KIT_ID_SYSTEM, value }];
const day = (instant: string) => instant.slice(0, 10);

function subjectOf(plan: TreatmentPlan, options: FhirExportOptions): Reference {
  // The kit stores nothing identifying beyond the host's id; the name goes out only if the host set one.
  if (!plan.client) return { display: 'Client not identified in this plan' };
  return {
    identifier: {
      ...(options.clientIdentifierSystem ? { system: options.clientIdentifierSystem } : {}),
      value: plan.client.hostId,
    },
    ...(plan.client.displayName ? { display: plan.client.displayName } : {}),
  };
}

/** Latest value recorded for an objective: the newest complete administration of its instrument, or the newest review. */
export function currentObjectiveValue(plan: TreatmentPlan, objective: Objective): number | undefined {
  const m = objective.measure;
  if (m.kind === 'instrument' && m.instrumentId) {
    const latest = plan.assessment.administrations
      .filter((a) => a.instrumentId === m.instrumentId && a.score.complete && a.id !== m.baselineAdministrationId)
      .reduce<Administration | undefined>((best, a) => (!best || a.date > best.date ? a : best), undefined);
    if (latest) return latest.score.total;
  }
  let value: number | undefined;
  let at = '';
  for (const entry of plan.timeline) {
    if (entry.kind !== 'review' || entry.date < at) continue;
    const r = entry.objectives.find((o) => o.objectiveId === objective.id && o.currentValue !== undefined);
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
  const m = objective.measure;
  const loinc = m.kind === 'instrument' && m.instrumentId ? loincTotalFor(m.instrumentId) : undefined;
  const measure: CodeableConcept = {
    ...(loinc ? { coding: [{ system: LOINC_SYSTEM, code: loinc.code }] } : {}),
    text: m.unit ? `${m.label} (${m.unit})` : m.label,
  };
  const target: GoalTarget = { measure };
  if (m.target !== undefined) {
    if (m.direction) {
      // "at most" / "at least" the target: only a Quantity can say that (comparator).
      target.detailQuantity = {
        value: m.target,
        comparator: m.direction === 'decrease' ? '<=' : '>=',
        ...(m.unit ? { unit: m.unit } : {}),
      };
    } else if (Number.isInteger(m.target) && !m.unit) {
      target.detailInteger = m.target;
    } else {
      target.detailQuantity = { value: m.target, ...(m.unit ? { unit: m.unit } : {}) };
    }
  }
  if (objective.dueDate) target.dueDate = objective.dueDate;
  return target;
}

function goalResource(
  plan: TreatmentPlan,
  item: Goal | Objective,
  subject: Reference,
  addresses: Reference[],
  milestones: string[],
): FhirGoal {
  const achievement = achievementOf(plan, item);
  const proposer: Reference =
    item.proposedBy === 'client' && subject.identifier
      ? { identifier: subject.identifier, display: PROPOSER_DISPLAY.client }
      : { display: PROPOSER_DISPLAY[item.proposedBy] };
  const relationships: Extension[] = milestones.map((ref) => ({
    url: GOAL_RELATIONSHIP_EXTENSION_URL,
    extension: [
      {
        url: 'type',
        valueCodeableConcept: { coding: [{ system: GOAL_RELATIONSHIP_TYPE_SYSTEM, code: 'milestone', display: 'Milestone' }] },
      },
      { url: 'target', valueReference: { reference: ref } },
    ],
  }));
  const goal: FhirGoal = {
    resourceType: 'Goal',
    ...(relationships.length ? { extension: relationships } : {}),
    identifier: kitId(item.id),
    lifecycleStatus: goalLifecycleStatus(item.status, item.agreement?.agreed === true),
    ...(achievement
      ? {
          achievementStatus: {
            coding: [{ system: GOAL_ACHIEVEMENT_SYSTEM, code: achievement, display: GOAL_ACHIEVEMENT_DISPLAY[achievement] }],
          },
        }
      : {}),
    priority: { coding: [{ system: GOAL_PRIORITY_SYSTEM, ...GOAL_PRIORITY[item.priority] }] },
    description: { text: item.clinicalText },
    subject,
    startDate: day(item.createdAt),
    ...('measure' in item ? { target: [targetOf(item)] } : {}),
    ...(item.statusReason ? { statusReason: item.statusReason } : {}),
    expressedBy: proposer,
    ...(addresses.length ? { addresses } : {}),
    ...(item.clientWords ? { note: [{ authorString: CLIENT_WORDS_AUTHOR, text: item.clientWords }] } : {}),
  };
  return goal;
}

function observationCode(instrumentId: string): CodeableConcept {
  const loinc = loincTotalFor(instrumentId);
  // Unconfirmed instruments get a text-only code: never an invented LOINC.
  return loinc ? { coding: [{ system: LOINC_SYSTEM, code: loinc.code }], text: loinc.text } : { text: instrumentId };
}

function criticalExtension(a: Administration): Extension[] {
  return a.critical.map((c) => ({
    url: CRITICAL_FINDING_EXTENSION_URL,
    extension: [
      { url: 'itemId', valueString: c.itemId },
      { url: 'value', valueDecimal: c.value },
      { url: 'message', valueString: c.message },
    ],
  }));
}

/**
 * The plan as a FHIR R4 `collection` Bundle: CarePlan, a Condition per problem (and per diagnosis),
 * a Goal per goal and per objective, an Observation per complete instrument administration and
 * (optionally) a QuestionnaireResponse per administration. Pure and deterministic: the same plan
 * always gives the same bundle (ids are UUID v5 of the plan's own ids; the timestamp is `updatedAt`).
 */
export function exportFhir(plan: TreatmentPlan, options: FhirExportOptions = {}): FhirBundle {
  const { embedPlan = true, questionnaireResponses = true } = options;
  const subject = subjectOf(plan, options);
  const entries: BundleEntry[] = [];
  const add = <R extends FhirResource>(kind: Kind, itemId: string, resource: R): string => {
    const uuid = fhirUuid(plan.id, kind, itemId);
    // resourceType, then id, then the rest: the order the specification shows.
    const { resourceType, ...rest } = resource;
    entries.push({ fullUrl: urn(uuid), resource: { resourceType, id: uuid, ...rest } as FhirResource });
    return urn(uuid);
  };
  const ref = (kind: Kind, itemId: string): Reference => ({ reference: urn(fhirUuid(plan.id, kind, itemId)) });

  const problemRefs: Reference[] = [];
  for (const problem of plan.problems) {
    const condition: FhirCondition = {
      resourceType: 'Condition',
      identifier: kitId(problem.id),
      clinicalStatus: { coding: [{ system: CONDITION_CLINICAL_SYSTEM, code: 'active' }] },
      category: [{ coding: [{ system: CONDITION_CATEGORY_SYSTEM, code: 'problem-list-item', display: 'Problem List Item' }] }],
      code: { text: problem.title },
      subject,
      recordedDate: problem.createdAt,
      ...(problem.evidencedBy.length ? { evidence: [{ code: problem.evidencedBy.map((text) => ({ text })) }] } : {}),
    };
    problemRefs.push({ reference: add('problem', problem.id, condition) });
  }
  for (const dx of plan.assessment.diagnoses) {
    const condition: FhirCondition = {
      resourceType: 'Condition',
      identifier: kitId(dx.id),
      clinicalStatus: { coding: [{ system: CONDITION_CLINICAL_SYSTEM, code: 'active' }] },
      category: [{ coding: [{ system: CONDITION_CATEGORY_SYSTEM, code: 'encounter-diagnosis', display: 'Encounter Diagnosis' }] }],
      // The code is free text written by the clinician (ICD-10/11 or DSM-5-TR, system unknown): text only.
      code: { text: dx.code ? `${dx.label} (${dx.code})` : dx.label },
      subject,
    };
    problemRefs.push({ reference: add('diagnosis', dx.id, condition) });
  }

  const goalRefs: Reference[] = [];
  for (const problem of plan.problems) {
    for (const goal of problem.goals) {
      const addresses = [ref('problem', problem.id)];
      goalRefs.push({
        reference: add(
          'goal',
          goal.id,
          goalResource(plan, goal, subject, addresses, goal.objectives.map((o) => ref('objective', o.id).reference!)),
        ),
      });
      for (const objective of goal.objectives) {
        goalRefs.push({ reference: add('objective', objective.id, goalResource(plan, objective, subject, addresses, [])) });
      }
    }
  }

  const goalOfObjective = new Map<string, string>();
  for (const problem of plan.problems) {
    for (const goal of problem.goals) for (const o of goal.objectives) goalOfObjective.set(o.id, goal.id);
  }

  const activities: CarePlanActivity[] = plan.interventions.map((iv) => {
    const parentGoals = [...new Set(iv.objectiveIds.map((id) => goalOfObjective.get(id)).filter((g): g is string => !!g))];
    const goals = [
      ...parentGoals.map((g) => ref('goal', g)),
      ...iv.objectiveIds.filter((id) => goalOfObjective.has(id)).map((id) => ref('objective', id)),
    ];
    const timing = FREQUENCY_TIMING[iv.frequency];
    const repeat = {
      ...(iv.startDate ? { boundsPeriod: { start: iv.startDate } } : {}),
      ...(iv.plannedSessions ? { count: iv.plannedSessions } : {}),
      ...(iv.sessionMinutes ? { duration: iv.sessionMinutes, durationUnit: 'min' as const } : {}),
      ...(timing ?? {}),
    };
    const schedule = timing
      ? { scheduledTiming: { repeat } }
      : { scheduledString: iv.frequency === 'as-needed' ? AS_NEEDED_TEXT : (iv.frequencyNote ?? 'other') };
    const how = [
      iv.format,
      iv.delivery,
      iv.frequency === 'other' && iv.frequencyNote ? iv.frequencyNote : iv.frequency,
      iv.sessionMinutes ? `${iv.sessionMinutes}-minute sessions` : '',
      iv.plannedSessions ? `${iv.plannedSessions} sessions planned` : '',
    ].filter(Boolean);
    const techniques = iv.techniques.length ? `; techniques: ${iv.techniques.join(', ')}` : '';
    return {
      id: iv.id,
      detail: {
        kind: 'ServiceRequest',
        code: { text: iv.modalityId },
        ...(iv.rationale ? { reasonCode: [{ text: iv.rationale }] } : {}),
        ...(goals.length ? { goal: goals } : {}),
        status: ACTIVITY_STATUS[iv.status],
        ...(iv.statusReason ? { statusReason: { text: iv.statusReason } } : {}),
        ...schedule,
        ...(iv.clinician ? { performer: [{ display: iv.clinician }] } : {}),
        description: `${iv.modalityId} — ${how.join(', ')}${techniques}`,
      },
    };
  });

  for (const a of plan.assessment.administrations) {
    const responseRef =
      questionnaireResponses &&
      add('response', a.id, {
        resourceType: 'QuestionnaireResponse',
        identifier: { system: KIT_ID_SYSTEM, value: a.id },
        questionnaire: `${KIT_QUESTIONNAIRE_BASE}/${encodeURIComponent(a.instrumentId)}|${a.instrumentVersion}`,
        status: a.score.complete ? 'completed' : 'in-progress',
        subject,
        authored: a.date,
        // Unanswered questions are left out (HL7 FHIR-25949: a question item appears only with an answer).
        item: Object.entries(a.answers).flatMap(([linkId, value]) =>
          value === null ? [] : [{ linkId, answer: [Number.isInteger(value) ? { valueInteger: value } : { valueDecimal: value }] }],
        ),
      } satisfies FhirQuestionnaireResponse);
    if (!a.score.complete) continue; // a partial total would mislead; the answers are in the response
    const band = a.score.bandLabel ?? a.score.band;
    const observation: FhirObservation = {
      resourceType: 'Observation',
      ...(a.critical.length ? { extension: criticalExtension(a) } : {}),
      identifier: kitId(a.id),
      status: 'final',
      category: [{ coding: [{ system: OBSERVATION_CATEGORY_SYSTEM, code: 'survey', display: 'Survey' }] }],
      code: observationCode(a.instrumentId),
      subject,
      effectiveDateTime: a.date,
      ...(Number.isInteger(a.score.total) ? { valueInteger: a.score.total } : { valueQuantity: { value: a.score.total } }),
      ...(band ? { interpretation: [{ text: band }] } : {}),
      // A critical item travels next to the total, in words, every time (clinical safety rule).
      ...(a.critical.length ? { note: a.critical.map((c) => ({ text: c.message })) } : {}),
      ...(responseRef ? { derivedFrom: [{ reference: responseRef }] } : {}),
    };
    add('observation', a.id, observation);
  }

  const closedAt =
    plan.status === 'completed' || plan.status === 'discontinued'
      ? plan.timeline.filter((e) => e.kind === 'status' && e.to === plan.status).at(-1)?.date
      : undefined;
  const json = embedPlan ? canonicalJson(plan) : '';
  const carePlanId = fhirUuid(plan.id, 'careplan', plan.id);
  const carePlan: FhirCarePlan = {
    resourceType: 'CarePlan',
    id: carePlanId,
    ...(json && json.length <= FHIR_STRING_MAX ? { extension: [{ url: PLAN_JSON_EXTENSION_URL, valueString: json }] } : {}),
    identifier: kitId(plan.id),
    status: CARE_PLAN_STATUS[plan.status],
    intent: 'plan',
    title: 'Treatment plan',
    ...(plan.assessment.summary ? { description: plan.assessment.summary } : {}),
    subject,
    period: { start: plan.createdAt, ...(closedAt ? { end: closedAt } : {}) },
    created: plan.createdAt,
    ...(problemRefs.length ? { addresses: problemRefs } : {}),
    ...(goalRefs.length ? { goal: goalRefs } : {}),
    ...(activities.length ? { activity: activities } : {}),
  };
  // The CarePlan goes first: a reader finds the plan at entry[0].
  entries.unshift({ fullUrl: urn(carePlanId), resource: carePlan });

  return {
    resourceType: 'Bundle',
    id: fhirUuid(plan.id, 'bundle', String(plan.revision)),
    identifier: { system: KIT_ID_SYSTEM, value: plan.id },
    type: 'collection',
    timestamp: plan.updatedAt,
    entry: entries,
  };
}

/**
 * JSON with object keys sorted, so two equal plans embed the same text whatever order their keys
 * were built in (a plan restored from IndexedDB and the same plan in memory export identically).
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

/** Whether `exportFhir` can embed this plan losslessly (its JSON fits in one FHIR string, 1 MB). */
export function planFitsInFhirExtension(plan: TreatmentPlan): boolean {
  return canonicalJson(plan).length <= FHIR_STRING_MAX;
}
