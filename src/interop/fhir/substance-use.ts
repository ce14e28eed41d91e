import {
  emptySubstanceUseCare,
  LEVEL_SUGGESTIONS,
  LEVELS_OF_CARE,
  RECOVERY_SUPPORT_KINDS,
  REFERRAL_MEDICATIONS,
  REFERRAL_STATUSES,
  SUD_DIMENSIONS,
  type MedicationReferral,
  type Part2Scope,
  type RecoverySupport,
  type RiskLevel,
  type SubstanceUseCare,
  type SudDimension,
} from '../../model/substance-use.js';
import type { TreatmentPlan } from '../../model/plan.js';
import { KIT_FHIR_BASE, KIT_ID_SYSTEM, PLAN_JSON_EXTENSION_URL } from './codes.js';
import type { Coding, Extension, FhirObservation, FhirServiceRequest, Reference } from './types.js';
import type { FhirItemKind } from './uuid.js';

/**
 * Substance-use care in FHIR R4: an Observation per rated dimension and one for the confirmed
 * level of care, a ServiceRequest per medication referral and per recovery support. None is
 * referenced from the CarePlan (they point to it with `basedOn`), so withholding them never
 * leaves a dangling reference. Codes are the kit's own (no standard code covers the six
 * dimensions or these levels; no RxNorm code is shipped until verified).
 */

export const SUD_DIMENSION_SYSTEM = `${KIT_FHIR_BASE}/CodeSystem/sud-dimension`;
export const SUD_RECORD_SYSTEM = `${KIT_FHIR_BASE}/CodeSystem/sud-record`;
export const LEVEL_OF_CARE_SYSTEM = `${KIT_FHIR_BASE}/CodeSystem/level-of-care`;
export const LEVEL_SUGGESTION_SYSTEM = `${KIT_FHIR_BASE}/CodeSystem/level-of-care-suggestion`;
export const REFERRAL_MEDICATION_SYSTEM = `${KIT_FHIR_BASE}/CodeSystem/referral-medication`;
export const USE_DISORDER_SYSTEM = `${KIT_FHIR_BASE}/CodeSystem/use-disorder`;
export const RECOVERY_SUPPORT_SYSTEM = `${KIT_FHIR_BASE}/CodeSystem/recovery-support`;
/** ServiceRequest extensions: the referral's own status and its day; a support's frequency and linked objectives. */
export const REFERRAL_STATUS_EXTENSION_URL = `${KIT_FHIR_BASE}/StructureDefinition/referral-status`;
export const STATUS_DATE_EXTENSION_URL = `${KIT_FHIR_BASE}/StructureDefinition/status-date`;
export const SUPPORT_FREQUENCY_EXTENSION_URL = `${KIT_FHIR_BASE}/StructureDefinition/support-frequency`;
export const SUPPORT_OBJECTIVE_EXTENSION_URL = `${KIT_FHIR_BASE}/StructureDefinition/support-objective`;

/**
 * The security labels of a resource 42 CFR Part 2 protects (HL7 FHIR Data Segmentation for
 * Privacy): confidentiality `R` (restricted, v3-Confidentiality) and the policy `42CFRPart2`
 * (v3-ActCode).
 */
export const PART2_SECURITY_LABELS: readonly Coding[] = [
  { system: 'http://terminology.hl7.org/CodeSystem/v3-Confidentiality', code: 'R', display: 'restricted' },
  { system: 'http://terminology.hl7.org/CodeSystem/v3-ActCode', code: '42CFRPart2', display: '42 CFR Part2' },
];

/** Whether a resource's `meta.security` carries the 42 CFR Part 2 policy label. */
export const hasPart2Label = (resource: { meta?: { security?: readonly Coding[] } } | undefined): boolean =>
  !!resource?.meta?.security?.some((c) => c.system === PART2_SECURITY_LABELS[1]!.system && c.code === '42CFRPart2');

/** The resource with the Part 2 labels added to its `meta.security` (labels it has are kept). */
export function withPart2Label<R extends { meta?: { lastUpdated?: string; security?: Coding[] } }>(resource: R): R {
  const security = resource.meta?.security ?? [];
  const missing = PART2_SECURITY_LABELS.filter((l) => !security.some((c) => c.system === l.system && c.code === l.code));
  return { ...resource, meta: { ...resource.meta, security: [...security, ...missing] } };
}

const SERVICE_STATUS: Readonly<Record<MedicationReferral['status'], FhirServiceRequest['status']>> = {
  referred: 'active',
  started: 'completed',
  declined: 'revoked',
  stopped: 'revoked',
};

const code = (system: string, value: string): Coding => ({ system, code: value });
const kitId = (value: string) => [{ system: KIT_ID_SYSTEM, value }];

type Add = (kind: FhirItemKind, itemId: string, resource: FhirObservation | FhirServiceRequest) => Reference;

/**
 * Adds the plan's substance-use care resources through `add`. `objectiveRef` gives the reference
 * of an exported objective (undefined for one left out of the bundle).
 */
export function addSubstanceUseResources(
  plan: TreatmentPlan,
  add: Add,
  ctx: { subject: Reference; carePlan: Reference; objectiveRef: (id: string) => Reference | undefined },
): void {
  const care = plan.substanceUseCare;
  if (!care) return;
  const { subject, carePlan } = ctx;
  const basedOn = [carePlan];
  for (const dimension of SUD_DIMENSIONS) {
    const r = care.ratings[dimension];
    if (!r) continue;
    add('sud-rating', dimension, {
      resourceType: 'Observation',
      identifier: kitId(`${plan.id}/sud-rating/${dimension}`),
      basedOn,
      status: 'final',
      code: { coding: [code(SUD_DIMENSION_SYSTEM, dimension)], text: `Risk rating (0-4): ${dimension}` },
      subject,
      effectiveDateTime: r.ratedAt,
      valueInteger: r.level,
      ...(r.note?.trim() ? { note: [{ text: r.note }] } : {}),
    });
  }
  const level = care.levelOfCare;
  if (level) {
    add('sud-level', 'level-of-care', {
      resourceType: 'Observation',
      identifier: kitId(`${plan.id}/sud-level`),
      basedOn,
      status: 'final',
      code: { coding: [code(SUD_RECORD_SYSTEM, 'level-of-care')], text: 'Level of care confirmed by the clinician' },
      subject,
      effectiveDateTime: level.confirmedAt,
      performer: [{ display: level.confirmedBy }],
      valueCodeableConcept: { coding: [code(LEVEL_OF_CARE_SYSTEM, level.level)] },
      ...(level.suggestion ? { method: { coding: [code(LEVEL_SUGGESTION_SYSTEM, level.suggestion)] } } : {}),
      component: SUD_DIMENSIONS.flatMap((d, i) => {
        const value = level.ratings[i];
        return value === null || value === undefined ? [] : [{ code: { coding: [code(SUD_DIMENSION_SYSTEM, d)] }, valueInteger: value }];
      }),
    });
  }
  for (const r of care.medicationReferrals) {
    const extension: Extension[] = [
      { url: REFERRAL_STATUS_EXTENSION_URL, valueCode: r.status },
      { url: STATUS_DATE_EXTENSION_URL, valueDate: r.date },
    ];
    add('sud-referral', r.id, {
      resourceType: 'ServiceRequest',
      extension,
      identifier: kitId(r.id),
      basedOn,
      status: SERVICE_STATUS[r.status],
      intent: 'plan',
      category: [{ coding: [code(SUD_RECORD_SYSTEM, 'medication-referral')], text: 'Referral to a prescriber (no dose: the prescriber decides)' }],
      code: { coding: [code(REFERRAL_MEDICATION_SYSTEM, r.medication)], text: r.medication },
      subject,
      authoredOn: r.createdAt,
      ...(r.prescriber?.trim() ? { performer: [{ display: r.prescriber }] } : {}),
      reasonCode: [{ coding: [code(USE_DISORDER_SYSTEM, r.disorder)], text: `${r.disorder} use disorder` }],
      ...(r.note?.trim() ? { note: [{ text: r.note }] } : {}),
    });
  }
  for (const s of care.recoverySupports) {
    const extension: Extension[] = [
      ...(s.frequency?.trim() ? [{ url: SUPPORT_FREQUENCY_EXTENSION_URL, valueString: s.frequency }] : []),
      ...s.objectiveIds.flatMap((id) => {
        const ref = ctx.objectiveRef(id);
        return ref ? [{ url: SUPPORT_OBJECTIVE_EXTENSION_URL, valueReference: { ...ref, identifier: { system: KIT_ID_SYSTEM, value: id } } }] : [];
      }),
    ];
    add('sud-support', s.id, {
      resourceType: 'ServiceRequest',
      ...(extension.length ? { extension } : {}),
      identifier: kitId(s.id),
      basedOn,
      status: 'active',
      intent: 'plan',
      category: [{ coding: [code(SUD_RECORD_SYSTEM, 'recovery-support')], text: 'Recovery support' }],
      code: { coding: [code(RECOVERY_SUPPORT_SYSTEM, s.kind)], ...(s.label?.trim() ? { text: s.label } : {}) },
      subject,
      authoredOn: s.createdAt,
      ...(s.details?.trim() ? { note: [{ text: s.details }] } : {}),
    });
  }
}

/** The plan as it may leave without its Part 2 protected part: no substance-use care, no substance-use intake answers. */
export function withoutProtectedPart(plan: TreatmentPlan): TreatmentPlan {
  const { substanceUseCare: _withheld, ...rest } = plan;
  return { ...rest, assessment: { ...plan.assessment, intake: { ...plan.assessment.intake, substanceUse: {} } } };
}

// ---------------------------------------------------------------- import

/** A raw resource as the import reads it (loosely: only what this module needs). */
interface RawResource {
  resourceType: string;
  meta?: { security?: Coding[] };
  identifier?: { system?: string; value?: string }[];
  code?: { coding?: Coding[]; text?: string };
  category?: { coding?: Coding[] }[];
  [key: string]: unknown;
}

const codeIn = (concept: { coding?: Coding[] } | undefined, system: string): string | undefined =>
  concept?.coding?.find((c) => c.system === system)?.code;

const oneOf = <T extends string>(list: readonly T[], value: unknown): T | undefined =>
  typeof value === 'string' && (list as readonly string[]).includes(value) ? (value as T) : undefined;

const sudCategory = (r: RawResource) => r.category?.map((c) => codeIn(c, SUD_RECORD_SYSTEM)).find(Boolean);

/** Whether a resource is one of the kit's substance-use care resources (the import reads it here, not as a score). */
export const isSubstanceUseResource = (r: RawResource): boolean =>
  (r.resourceType === 'Observation' && !!(codeIn(r.code, SUD_DIMENSION_SYSTEM) || codeIn(r.code, SUD_RECORD_SYSTEM))) ||
  (r.resourceType === 'ServiceRequest' && !!sudCategory(r));

const kitIdOf = (r: RawResource): string | undefined => r.identifier?.find((i) => i.system === KIT_ID_SYSTEM)?.value;
const str = (v: unknown): string | undefined => (typeof v === 'string' && v ? v : undefined);
const extOf = (r: RawResource, url: string): Extension[] =>
  Array.isArray(r.extension) ? r.extension.filter((x): x is Extension => typeof x === 'object' && x !== null && (x as Extension).url === url) : [];
const firstNote = (r: RawResource): string | undefined => (Array.isArray(r.note) ? str((r.note as { text?: unknown }[])[0]?.text) : undefined);
const firstDisplay = (v: unknown): string | undefined => (Array.isArray(v) ? str((v as { display?: unknown }[])[0]?.display) : undefined);
const level04 = (v: unknown): RiskLevel | undefined => (typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 4 ? (v) : undefined);

/**
 * Substance-use care read back from the kit's resources, and the Part 2 mark their labels say:
 * `plan` when any other resource of the bundle is labelled (the export labels every resource of a
 * plan marked whole; a CarePlan embedding the plan does not count), `section` when only these are. A label is never dropped on import. Resources
 * that do not follow the kit's codes are not read; malformed values are left out (the plan is
 * validated whole afterwards).
 */
export function readSubstanceUse(resources: readonly RawResource[]): { care?: SubstanceUseCare; part2?: Part2Scope } {
  const care = emptySubstanceUseCare();
  let found = false;
  let labelled = false;
  for (const r of resources) {
    if (!isSubstanceUseResource(r)) continue;
    found = true;
    labelled ||= hasPart2Label(r);
    const dimension = oneOf<SudDimension>(SUD_DIMENSIONS, codeIn(r.code, SUD_DIMENSION_SYSTEM));
    if (r.resourceType === 'Observation' && dimension) {
      const level = level04(r.valueInteger);
      const ratedAt = str(r.effectiveDateTime);
      const note = firstNote(r);
      if (level !== undefined && ratedAt) care.ratings[dimension] = { level, ratedAt, ...(note ? { note } : {}) };
    } else if (r.resourceType === 'Observation') {
      const level = oneOf(LEVELS_OF_CARE, codeIn(r.valueCodeableConcept as { coding?: Coding[] }, LEVEL_OF_CARE_SYSTEM));
      const confirmedBy = firstDisplay(r.performer);
      const confirmedAt = str(r.effectiveDateTime);
      const suggestion = oneOf(LEVEL_SUGGESTIONS, codeIn(r.method as { coding?: Coding[] }, LEVEL_SUGGESTION_SYSTEM));
      // Stryker disable next-line ArrayDeclaration: equivalent — the one-string list Stryker puts in place of the missing one has none of the fields read from it, so it is skipped like an empty list
      const components = Array.isArray(r.component) ? (r.component as { code?: { coding?: Coding[] }; valueInteger?: unknown }[]) : [];
      const ratings = SUD_DIMENSIONS.map((d) => level04(components.find((c) => codeIn(c.code, SUD_DIMENSION_SYSTEM) === d)?.valueInteger) ?? null);
      if (level && confirmedBy && confirmedAt) care.levelOfCare = { level, confirmedBy, confirmedAt, ...(suggestion ? { suggestion } : {}), ratings };
    } else if (sudCategory(r) === 'medication-referral') {
      const id = kitIdOf(r);
      const medication = oneOf(REFERRAL_MEDICATIONS, codeIn(r.code, REFERRAL_MEDICATION_SYSTEM));
      const disorder = oneOf(['opioid', 'alcohol'] as const, codeIn((r.reasonCode as { coding?: Coding[] }[] | undefined)?.[0], USE_DISORDER_SYSTEM));
      const status = oneOf(REFERRAL_STATUSES, extOf(r, REFERRAL_STATUS_EXTENSION_URL)[0]?.valueCode);
      const date = str(extOf(r, STATUS_DATE_EXTENSION_URL)[0]?.valueDate);
      const createdAt = str(r.authoredOn);
      if (!id || !medication || !disorder || !status || !date || !createdAt) continue;
      const prescriber = firstDisplay(r.performer);
      const note = firstNote(r);
      care.medicationReferrals.push({ id, disorder, medication, status, date, createdAt, ...(prescriber ? { prescriber } : {}), ...(note ? { note } : {}) });
    } else if (sudCategory(r) === 'recovery-support') {
      const id = kitIdOf(r);
      const kind = oneOf(RECOVERY_SUPPORT_KINDS, codeIn(r.code, RECOVERY_SUPPORT_SYSTEM));
      const createdAt = str(r.authoredOn);
      if (!id || !kind || !createdAt) continue;
      // Stryker disable next-line OptionalChaining: equivalent — a support without a code has no kind and was skipped just above
      const label = str(r.code?.text);
      const frequency = str(extOf(r, SUPPORT_FREQUENCY_EXTENSION_URL)[0]?.valueString);
      const details = firstNote(r);
      const objectiveIds = extOf(r, SUPPORT_OBJECTIVE_EXTENSION_URL).flatMap((x) => str(x.valueReference?.identifier?.value) ?? []);
      const support: RecoverySupport = { id, kind, objectiveIds, createdAt, ...(label ? { label } : {}), ...(frequency ? { frequency } : {}), ...(details ? { details } : {}) };
      care.recoverySupports.push(support);
    }
  }
  // A CarePlan embedding the plan is labelled for the protected part it carries, whatever the scope.
  const embedsPlan = (r: RawResource) => r.resourceType === 'CarePlan' && extOf(r, PLAN_JSON_EXTENSION_URL).length > 0;
  const othersLabelled = resources.some((r) => !isSubstanceUseResource(r) && !embedsPlan(r) && hasPart2Label(r));
  const part2: Part2Scope | undefined = othersLabelled ? 'plan' : labelled ? 'section' : undefined;
  return { ...(found ? { care: part2 ? { ...care, part2 } : care } : {}), ...(part2 ? { part2 } : {}) };
}
