/**
 * The subset of FHIR R4 (4.0.1) the kit writes. Element names follow the specification exactly;
 * only the elements the mapping fills are declared.
 */

export interface Coding {
  system?: string;
  code?: string;
  display?: string;
}

export interface CodeableConcept {
  coding?: Coding[];
  text?: string;
}

export interface Identifier {
  system?: string;
  value?: string;
}

export interface Reference {
  reference?: string;
  identifier?: Identifier;
  display?: string;
}

export interface Period {
  start?: string;
  end?: string;
}

export interface Quantity {
  value?: number;
  comparator?: '<' | '<=' | '>=' | '>';
  unit?: string;
}

export interface Annotation {
  authorString?: string;
  time?: string;
  text: string;
}

export interface Extension {
  url: string;
  valueString?: string;
  valueCode?: string;
  valueDate?: string;
  valueDecimal?: number;
  valueInteger?: number;
  valueReference?: Reference;
  valueCodeableConcept?: CodeableConcept;
  extension?: Extension[];
}

export interface Timing {
  repeat?: {
    boundsPeriod?: Period;
    count?: number;
    duration?: number;
    durationUnit?: 'min';
    frequency?: number;
    period?: number;
    periodUnit?: 'd' | 'wk' | 'mo';
  };
}

interface ResourceBase {
  id?: string;
  /** `security`: labels such as 42 CFR Part 2 (`src/interop/fhir/substance-use.ts`). */
  meta?: { lastUpdated?: string; security?: Coding[] };
  extension?: Extension[];
  identifier?: Identifier[];
}

/** QuestionnaireResponse.identifier is 0..1 in R4 (a single Identifier, not a list). */
interface SingleIdentifierResourceBase extends Omit<ResourceBase, 'identifier'> {
  identifier?: Identifier;
}

export interface FhirCondition extends ResourceBase {
  resourceType: 'Condition';
  clinicalStatus?: CodeableConcept;
  category?: CodeableConcept[];
  code?: CodeableConcept;
  subject: Reference;
  recordedDate?: string;
  evidence?: { code?: CodeableConcept[] }[];
}

export interface GoalTarget {
  measure?: CodeableConcept;
  detailQuantity?: Quantity;
  detailRange?: { low?: Quantity; high?: Quantity };
  detailInteger?: number;
  dueDate?: string;
}

export interface FhirGoal extends ResourceBase {
  resourceType: 'Goal';
  lifecycleStatus: string;
  achievementStatus?: CodeableConcept;
  priority?: CodeableConcept;
  description: CodeableConcept;
  subject: Reference;
  startDate?: string;
  target?: GoalTarget[];
  statusReason?: string;
  expressedBy?: Reference;
  addresses?: Reference[];
  note?: Annotation[];
}

export interface CarePlanActivity {
  id?: string;
  detail: {
    kind?: 'ServiceRequest';
    code?: CodeableConcept;
    reasonCode?: CodeableConcept[];
    goal?: Reference[];
    status: string;
    statusReason?: CodeableConcept;
    scheduledTiming?: Timing;
    scheduledString?: string;
    performer?: Reference[];
    description?: string;
  };
}

export interface FhirCarePlan extends ResourceBase {
  resourceType: 'CarePlan';
  status: string;
  intent: 'plan';
  title?: string;
  description?: string;
  subject: Reference;
  period?: Period;
  created?: string;
  addresses?: Reference[];
  goal?: Reference[];
  activity?: CarePlanActivity[];
}

export interface FhirObservation extends ResourceBase {
  resourceType: 'Observation';
  status: 'final';
  basedOn?: Reference[];
  category?: CodeableConcept[];
  code: CodeableConcept;
  subject: Reference;
  effectiveDateTime: string;
  performer?: Reference[];
  valueInteger?: number;
  valueCodeableConcept?: CodeableConcept;
  valueQuantity?: Quantity;
  interpretation?: CodeableConcept[];
  note?: Annotation[];
  method?: CodeableConcept;
  derivedFrom?: Reference[];
  component?: { code: CodeableConcept; valueInteger?: number }[];
}

/** R4 ServiceRequest: a medication referral (MOUD / MAUD) or a recovery support of the plan. */
export interface FhirServiceRequest extends ResourceBase {
  resourceType: 'ServiceRequest';
  basedOn?: Reference[];
  status: 'draft' | 'active' | 'on-hold' | 'revoked' | 'completed';
  intent: 'plan';
  category?: CodeableConcept[];
  code?: CodeableConcept;
  subject: Reference;
  authoredOn?: string;
  performer?: Reference[];
  reasonCode?: CodeableConcept[];
  note?: Annotation[];
}

export interface QuestionnaireResponseItem {
  linkId: string;
  answer?: { valueInteger?: number; valueDecimal?: number }[];
}

export interface FhirQuestionnaireResponse extends SingleIdentifierResourceBase {
  resourceType: 'QuestionnaireResponse';
  questionnaire?: string;
  basedOn?: Reference[];
  status: 'completed' | 'in-progress';
  subject: Reference;
  authored: string;
  item?: QuestionnaireResponseItem[];
}

/** R4 Signature (a data type): here an attestation holding the content hash, not a legal e-signature. */
export interface FhirSignature {
  type: Coding[];
  when: string;
  who: Reference;
  onBehalfOf?: Reference;
  /** base64Binary: the 32 bytes of the SHA-256 content hash. */
  data?: string;
}

/** R4 Provenance: who agreed with or signed which version of the CarePlan, and when (no `identifier` in R4). */
export interface FhirProvenance extends Omit<ResourceBase, 'identifier'> {
  resourceType: 'Provenance';
  /** R4 Provenance has no identifier (declared so code reading any resource's `identifier` reads `undefined`). */
  identifier?: never;
  target: Reference[];
  occurredDateTime?: string;
  recorded: string;
  agent: { type?: CodeableConcept; who: Reference; onBehalfOf?: Reference }[];
  signature?: FhirSignature[];
}

export type FhirResource = FhirCarePlan | FhirCondition | FhirGoal | FhirObservation | FhirQuestionnaireResponse | FhirProvenance | FhirServiceRequest;

export interface BundleEntry<R = FhirResource> {
  fullUrl: string;
  resource: R;
  /** In a `transaction` bundle: how the server stores the entry (`PUT` by the kit's stable id). */
  request?: { method: 'PUT'; url: string; ifMatch?: string };
}

export interface FhirBundle {
  resourceType: 'Bundle';
  id: string;
  identifier?: Identifier;
  type: 'collection' | 'transaction';
  timestamp: string;
  entry: BundleEntry[];
}
