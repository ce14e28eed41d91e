import type { Goal, Intervention, PlanStatus, Signature, TreatmentPlan } from '../../model/plan.js';
import { signingState } from '../../model/signing.js';
import { titleCase } from './coding.js';

type GoalStatus = Goal['status'];

/**
 * Code systems, kit-specific URLs and status mappings used by the FHIR R4 mapping.
 * Every code here was checked against the FHIR R4 (4.0.1) value sets:
 * CarePlan.status → RequestStatus (http://hl7.org/fhir/request-status),
 * CarePlan.activity.detail.status → CarePlanActivityStatus,
 * Goal.lifecycleStatus → GoalLifecycleStatus (http://hl7.org/fhir/goal-status),
 * Goal.achievementStatus → http://terminology.hl7.org/CodeSystem/goal-achievement,
 * Goal.priority → http://terminology.hl7.org/CodeSystem/goal-priority,
 * goal-relationship extension type → http://terminology.hl7.org/CodeSystem/goal-relationship-type.
 */

/** Base of every kit-defined FHIR artefact. The URLs identify; they are not fetched. */
export const KIT_FHIR_BASE = 'https://tailored-plan-kit.dev/fhir';

/** CarePlan extension carrying the whole plan as JSON (`valueString`) so an import is lossless. */
export const PLAN_JSON_EXTENSION_URL = `${KIT_FHIR_BASE}/StructureDefinition/plan-json`;
/** Observation extension repeating a critical item finding (sub-extensions itemId, value, message). */
export const CRITICAL_FINDING_EXTENSION_URL = `${KIT_FHIR_BASE}/StructureDefinition/critical-finding`;
/** Identifier system for the kit's own ids of the plan and every item in it. */
export const KIT_ID_SYSTEM = `${KIT_FHIR_BASE}/NamingSystem/plan-item-id`;
/** Canonical base for QuestionnaireResponse.questionnaire: `${base}/${instrumentId}|${version}`. */
export const KIT_QUESTIONNAIRE_BASE = `${KIT_FHIR_BASE}/Questionnaire`;

/** Standard R4 extension linking a goal to its objectives (type `milestone`). */
export const GOAL_RELATIONSHIP_EXTENSION_URL = 'http://hl7.org/fhir/StructureDefinition/goal-relationship';
const HL7_CODE_SYSTEM = 'http://terminology.hl7.org/CodeSystem';
export const GOAL_RELATIONSHIP_TYPE_SYSTEM = `${HL7_CODE_SYSTEM}/goal-relationship-type`;
export const GOAL_ACHIEVEMENT_SYSTEM = `${HL7_CODE_SYSTEM}/goal-achievement`;
export const GOAL_PRIORITY_SYSTEM = `${HL7_CODE_SYSTEM}/goal-priority`;
export const OBSERVATION_CATEGORY_SYSTEM = `${HL7_CODE_SYSTEM}/observation-category`;
export const CONDITION_CLINICAL_SYSTEM = `${HL7_CODE_SYSTEM}/condition-clinical`;
export const CONDITION_CATEGORY_SYSTEM = `${HL7_CODE_SYSTEM}/condition-category`;
export const LOINC_SYSTEM = 'http://loinc.org';

/** FHIR strings "SHALL NOT exceed 1MB" (R4 string.value maxLength 1048576). */
export const FHIR_STRING_MAX = 1_048_576;

// ---------------------------------------------------------------- CarePlan.status

export type FhirCarePlanStatus = 'draft' | 'active' | 'on-hold' | 'revoked' | 'completed' | 'entered-in-error' | 'unknown';

/**
 * Plan status → CarePlan.status.
 * `under-review` → `active`: during a review the plan is still being delivered (sessions go on,
 * measures are still taken); R4 `on-hold` means "temporarily suspended", which would tell a
 * receiving EHR that care has paused — clinically wrong. The review itself is not a FHIR status.
 * `discontinued` → `revoked` ("terminated prior to the known full completion").
 */
export const CARE_PLAN_STATUS: Readonly<Record<PlanStatus, FhirCarePlanStatus>> = {
  draft: 'draft',
  active: 'active',
  'under-review': 'active',
  completed: 'completed',
  discontinued: 'revoked',
};

/**
 * The CarePlan.status the kit writes for `plan`: `active` only once a clinician has signed a
 * version (a plan marked active that nobody signed is exported as `draft`). A plan changed since
 * its signed version stays `active`: that version is in force; the Provenance resources say
 * which content was signed.
 */
export function carePlanStatus(plan: TreatmentPlan): FhirCarePlanStatus {
  const status = CARE_PLAN_STATUS[plan.status];
  return status === 'active' && !signingState(plan).signed ? 'draft' : status;
}

// ---------------------------------------------------------------- Provenance (agreement and signature)

/** Extension on a Provenance: the kit's plan version the agreement or signature is about (valueInteger). */
export const PLAN_VERSION_EXTENSION_URL = `${KIT_FHIR_BASE}/StructureDefinition/plan-version`;
/** ASTM E1762-95(2013) signature types, the R4 value set for Signature.type. */
export const SIGNATURE_TYPE_SYSTEM = 'urn:iso-astm:E1762-95:2013';
export const PROVENANCE_PARTICIPANT_SYSTEM = 'http://terminology.hl7.org/CodeSystem/provenance-participant-type';

/** Signature.type and Provenance.agent.type for each signer role. */
export const SIGNATURE_TYPE: Readonly<Record<Signature['role'], { code: string; display: string; agent: string }>> = {
  clinician: { code: '1.2.840.10065.1.12.1.1', display: "Author's Signature", agent: 'author' },
  supervisor: { code: '1.2.840.10065.1.12.1.5', display: 'Verification Signature', agent: 'verifier' },
  client: { code: '1.2.840.10065.1.12.1.7', display: 'Consent Signature', agent: 'attester' },
  guardian: { code: '1.2.840.10065.1.12.1.7', display: 'Consent Signature', agent: 'attester' },
};
/** A client's typed agreement, and the clinician's record of a verbal one (a witness of the consent). */
export const CONSENT_SIGNATURE = { code: '1.2.840.10065.1.12.1.7', display: 'Consent Signature' } as const;
export const CONSENT_WITNESS_SIGNATURE = { code: '1.2.840.10065.1.12.1.11', display: 'Consent Witness Signature' } as const;

/**
 * CarePlan.status → plan status when a plan is rebuilt from resources (no embedded plan).
 * `on-hold` (only from other systems) becomes `under-review`, the kit's nearest "not simply running".
 * `unknown` becomes `draft`, the state that asserts nothing. `entered-in-error` is refused on import.
 */
export const PLAN_STATUS_FROM_FHIR: Readonly<Record<Exclude<FhirCarePlanStatus, 'entered-in-error'>, PlanStatus>> = {
  draft: 'draft',
  active: 'active',
  'on-hold': 'under-review',
  revoked: 'discontinued',
  completed: 'completed',
  unknown: 'draft',
};

// ---------------------------------------------------------------- Goal.lifecycleStatus

export type FhirGoalLifecycleStatus =
  | 'proposed'
  | 'planned'
  | 'accepted'
  | 'active'
  | 'on-hold'
  | 'completed'
  | 'cancelled'
  | 'entered-in-error'
  | 'rejected';

const GOAL_LIFECYCLE: Readonly<Record<GoalStatus, FhirGoalLifecycleStatus>> = {
  proposed: 'proposed',
  active: 'active',
  achieved: 'completed',
  'on-hold': 'on-hold',
  discontinued: 'cancelled',
};

/**
 * Goal / objective status → Goal.lifecycleStatus. A proposed goal the client has agreed to is
 * `accepted` ("a proposed goal was accepted or acknowledged"); `achieved` → `completed`;
 * `discontinued` → `cancelled` (dropped before being reached; `rejected` would claim it was never agreed).
 */
export const goalLifecycleStatus = (status: GoalStatus, agreed: boolean): FhirGoalLifecycleStatus =>
  agreed && status === 'proposed' ? 'accepted' : GOAL_LIFECYCLE[status];

export const GOAL_STATUS_FROM_FHIR: Readonly<Record<Exclude<FhirGoalLifecycleStatus, 'entered-in-error'>, GoalStatus>> = {
  proposed: 'proposed',
  planned: 'proposed',
  accepted: 'proposed',
  active: 'active',
  'on-hold': 'on-hold',
  completed: 'achieved',
  cancelled: 'discontinued',
  rejected: 'discontinued',
};

export type FhirGoalAchievement =
  | 'in-progress'
  | 'improving'
  | 'worsening'
  | 'no-change'
  | 'achieved'
  | 'sustaining'
  | 'not-achieved'
  | 'no-progress'
  | 'not-attainable';

/** Each code's display is the code in title case (`no-change` → `No Change`). */
export const GOAL_ACHIEVEMENT_DISPLAY = Object.fromEntries(
  'in-progress improving worsening no-change achieved sustaining not-achieved no-progress not-attainable'
    .split(' ')
    .map((code) => [code, titleCase(code)]),
) as Readonly<Record<FhirGoalAchievement, string>>;

export const GOAL_PRIORITY = {
  high: { code: 'high-priority', display: 'High Priority' },
  medium: { code: 'medium-priority', display: 'Medium Priority' },
  low: { code: 'low-priority', display: 'Low Priority' },
} as const;

// ---------------------------------------------------------------- CarePlan.activity.detail.status

export type FhirActivityStatus =
  | 'not-started'
  | 'scheduled'
  | 'in-progress'
  | 'on-hold'
  | 'completed'
  | 'cancelled'
  | 'stopped'
  | 'unknown'
  | 'entered-in-error';

/** Intervention status → activity status. `stopped` ("started but stopped") fits an approach ended early. */
export const ACTIVITY_STATUS: Readonly<Record<Intervention['status'], FhirActivityStatus>> = {
  proposed: 'not-started',
  active: 'in-progress',
  paused: 'on-hold',
  completed: 'completed',
  stopped: 'stopped',
};

export const INTERVENTION_STATUS_FROM_FHIR: Readonly<
  Record<Exclude<FhirActivityStatus, 'entered-in-error'>, Intervention['status']>
> = {
  'not-started': 'proposed',
  scheduled: 'proposed',
  'in-progress': 'active',
  'on-hold': 'paused',
  completed: 'completed',
  cancelled: 'stopped',
  stopped: 'stopped',
  unknown: 'proposed',
};

// ---------------------------------------------------------------- instruments

/**
 * LOINC codes for instrument totals — ONLY those confirmed in CLINICAL.md. Any other instrument
 * is exported with a text-only code carrying the kit's instrument id; never add an unverified code here.
 */
export const CONFIRMED_LOINC_TOTALS: Readonly<
  Record<string, { code: string; display: string; text: string; instrumentId: string; max: number; items: number }>
> = {
  // `display`: the code's LOINC long common name.
  phq9: { code: '44261-6', display: 'Patient Health Questionnaire 9 item (PHQ-9) total score [Reported]', text: 'PHQ-9 total score', instrumentId: 'phq9', max: 27, items: 9 },
  gad7: { code: '70274-6', display: 'Generalized anxiety disorder 7 item (GAD-7) total score [Reported.PHQ]', text: 'GAD-7 total score', instrumentId: 'gad7', max: 21, items: 7 },
  auditc: { code: '75626-2', display: 'Total score [AUDIT-C]', text: 'AUDIT-C total score', instrumentId: 'auditc', max: 12, items: 3 },
};

/** `PHQ-9`, `phq9`, `phq_9` → `phq9`: instrument ids compared without case or punctuation. */
export function instrumentKey(instrumentId: string): string {
  return instrumentId.toLowerCase().replace(/[^a-z0-9]/g, '');
}

export function loincTotalFor(instrumentId: string) {
  return CONFIRMED_LOINC_TOTALS[instrumentKey(instrumentId)];
}

export const instrumentForLoinc = (code: string) => Object.values(CONFIRMED_LOINC_TOTALS).find((x) => x.code === code);

// ---------------------------------------------------------------- frequency

export type FrequencyTiming = { frequency: number; period: number; periodUnit: 'wk' | 'mo' };

/** Intervention frequencies expressible as a FHIR Timing; `as-needed` and `other` are not. */
export const FREQUENCY_TIMING: Readonly<Partial<Record<Intervention['frequency'], FrequencyTiming>>> = {
  'twice-weekly': { frequency: 2, period: 1, periodUnit: 'wk' },
  weekly: { frequency: 1, period: 1, periodUnit: 'wk' },
  'every-two-weeks': { frequency: 1, period: 2, periodUnit: 'wk' },
  monthly: { frequency: 1, period: 1, periodUnit: 'mo' },
};

export const AS_NEEDED_TEXT = 'as needed';

export const frequencyFromTiming = (t: { frequency?: number; period?: number; periodUnit?: string }) =>
  (Object.keys(FREQUENCY_TIMING) as Intervention['frequency'][]).find((key) => {
    const v = FREQUENCY_TIMING[key]!;
    return v.frequency === (t.frequency ?? 1) && v.period === t.period && v.periodUnit === t.periodUnit;
  });

// ---------------------------------------------------------------- who proposed

export const PROPOSER_DISPLAY = {
  client: 'Client',
  clinician: 'Clinician',
  together: 'Client and clinician together',
} as const;

/** Annotation author marking the note that holds the client's own words. */
export const CLIENT_WORDS_AUTHOR = "Client (in the client's own words)";
