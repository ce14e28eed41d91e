// Reading an exported FHIR bundle in tests the way a receiving system does: resources by type, the
// CarePlan, a resource by the kit's identifier, the fullUrl a reference names.
import {
  KIT_ID_SYSTEM,
  type FhirBundle,
  type FhirCarePlan,
  type FhirCondition,
  type FhirGoal,
  type FhirObservation,
  type FhirProvenance,
  type FhirQuestionnaireResponse,
  type FhirResource,
  type FhirServiceRequest,
} from '../../src/interop/fhir/index.js';

type ByType = {
  CarePlan: FhirCarePlan;
  Condition: FhirCondition;
  Goal: FhirGoal;
  Observation: FhirObservation;
  QuestionnaireResponse: FhirQuestionnaireResponse;
  Provenance: FhirProvenance;
  ServiceRequest: FhirServiceRequest;
};

/** The bundle's resources of one type, in bundle order. */
export function resources<T extends keyof ByType>(bundle: FhirBundle, type: T): ByType[T][] {
  return bundle.entry.map((e) => e.resource).filter((r): r is ByType[T] => r.resourceType === type);
}

export const carePlanOf = (b: FhirBundle): FhirCarePlan => resources(b, 'CarePlan')[0]!;

/** The kit's own id of a resource (its identifier in the kit's system). */
export const kitIdOf = (r: FhirResource): string | undefined =>
  Array.isArray(r.identifier) ? r.identifier.find((i) => i.system === KIT_ID_SYSTEM)?.value : r.identifier?.value;

/** The resource with the kit id `id`; fails the test when there is none. */
export function byKitId<T extends FhirResource>(list: T[], id: string): T {
  const found = list.find((r) => kitIdOf(r) === id);
  if (!found) throw new Error(`no resource with the kit id ${id}`);
  return found;
}

export const fullUrlOf = (b: FhirBundle, r: FhirResource): string => b.entry.find((e) => e.resource === r)!.fullUrl;
