/**
 * Parameters of the change metrics, each with where it comes from.
 *
 * Every number carries `verified`: `true` only when the value was checked against the cited
 * publication while writing this file. Anything computed from an unverified value says so
 * (`PointChange.verified === false`) and the widget labels it "provisional". See
 * `shared/CLINICAL.md` ("Change over time").
 */

/** A cited number. */
export interface CitedValue {
  value: number;
  source: string;
  verified: boolean;
  note?: string;
}

/** What a reliable-change computation needs for one instrument (Jacobson & Truax 1991). */
export interface ChangeParameters {
  /** Display name, e.g. `PHQ-9`. */
  label: string;
  /** Standard deviation of the reference sample's scores (SD₁ in Jacobson & Truax). */
  sd: CitedValue;
  /** Reliability of the scale (r in Jacobson & Truax). */
  reliability: CitedValue & { kind: 'cronbach-alpha' | 'test-retest' };
  /** Which way is better. All bundled instruments: a lower score is better. */
  better: 'lower' | 'higher';
  /** Whether "response" (≥ 50 % drop from baseline) is reported for this instrument. */
  response: boolean;
  /** Remission rule, when the instrument has one: score strictly below `below`. */
  remission?: { below: number; source: string; verified: boolean };
}

/** A severity band for charting: inclusive score range and its words. */
export interface SeverityBand {
  id: string;
  label: string;
  min: number;
  max: number;
}

/** Jacobson NS, Truax P. Clinical significance: a statistical approach to defining meaningful change
 * in psychotherapy research. J Consult Clin Psychol. 1991;59(1):12–19. */
export const JACOBSON_TRUAX_1991 =
  'Jacobson NS, Truax P. J Consult Clin Psychol. 1991;59(1):12-19 (doi:10.1037/0022-006X.59.1.12)';

/** |RC| must exceed this for a change to count as reliable (p < .05, two-tailed). */
export const RELIABLE_CHANGE_Z = 1.96;

/** Response: a drop of at least this fraction of the baseline score (CLINICAL.md). */
export const RESPONSE_FRACTION = 0.5;

const KROENKE_2001 =
  'Kroenke K, Spitzer RL, Williams JBW. The PHQ-9: validity of a brief depression severity measure. J Gen Intern Med. 2001;16(9):606-613';
const SPITZER_2006 =
  'Spitzer RL, Kroenke K, Williams JBW, Löwe B. A brief measure for assessing generalized anxiety disorder: the GAD-7. Arch Intern Med. 2006;166(10):1092-1097';
const HEDIS_DRR = 'NCQA HEDIS Depression Remission or Response for Adolescents and Adults (DRR-E)';

/**
 * Reliable-change parameters by normalized instrument id (see {@link normalizeInstrumentId}).
 * Instruments not listed here (PCL-5, AUDIT-C, host instruments) get no reliable-change markers:
 * no SD/reliability pair for them has been checked.
 */
export const CHANGE_PARAMETERS: Readonly<Record<string, ChangeParameters>> = {
  phq9: {
    label: 'PHQ-9',
    sd: {
      value: 3.52,
      source:
        'Kocalevent RD, Hinz A, Brähler E. Standardization of the depression screener PHQ-9 in the general population. Gen Hosp Psychiatry. 2013;35(5):551-555',
      verified: false,
      note: 'General-population SD, not a pre-treatment clinical SD; a clinical SD gives a larger threshold. Not checked against the paper.',
    },
    reliability: { value: 0.89, kind: 'cronbach-alpha', source: KROENKE_2001, verified: true },
    better: 'lower',
    response: true,
    remission: { below: 5, source: HEDIS_DRR, verified: true },
  },
  gad7: {
    label: 'GAD-7',
    sd: {
      value: 3.41,
      source:
        'Löwe B, Decker O, Müller S, et al. Validation and standardization of the Generalized Anxiety Disorder Screener (GAD-7) in the general population. Med Care. 2008;46(3):266-274',
      verified: false,
      note: 'General-population SD, not a pre-treatment clinical SD. Not checked against the paper.',
    },
    reliability: { value: 0.92, kind: 'cronbach-alpha', source: SPITZER_2006, verified: true },
    better: 'lower',
    response: true,
  },
};

/**
 * NHS Talking Therapies operational thresholds (CLINICAL.md marks them **verify**: not checked
 * against the current manual). Kept here for reference only: they are NOT used to compute any
 * marker and are NOT exported from the package.
 * @internal
 */
export const NHS_TALKING_THERAPIES_UNVERIFIED = {
  verified: false,
  reliableImprovementPoints: { phq9: 6, gad7: 4 },
  caseness: { phq9: 10, gad7: 8 },
} as const;

/** Severity bands for charting (CLINICAL.md; published with the instruments). */
export const SEVERITY_BANDS: Readonly<Record<string, readonly SeverityBand[]>> = {
  phq9: [
    { id: 'minimal', label: 'Minimal', min: 0, max: 4 },
    { id: 'mild', label: 'Mild', min: 5, max: 9 },
    { id: 'moderate', label: 'Moderate', min: 10, max: 14 },
    { id: 'moderately-severe', label: 'Moderately severe', min: 15, max: 19 },
    { id: 'severe', label: 'Severe', min: 20, max: 27 },
  ],
  gad7: [
    { id: 'minimal', label: 'Minimal', min: 0, max: 4 },
    { id: 'mild', label: 'Mild', min: 5, max: 9 },
    { id: 'moderate', label: 'Moderate', min: 10, max: 14 },
    { id: 'severe', label: 'Severe', min: 15, max: 21 },
  ],
};

/** Display names of the bundled instruments, by normalized id. */
export const INSTRUMENT_LABELS: Readonly<Record<string, string>> = {
  phq9: 'PHQ-9',
  gad7: 'GAD-7',
  phq2: 'PHQ-2',
  gad2: 'GAD-2',
  pcl5: 'PCL-5',
  auditc: 'AUDIT-C',
};

/** `PHQ-9`, `phq-9`, `phq9` → `phq9`, so lookups work whatever spelling the instrument registry uses. */
export function normalizeInstrumentId(id: string): string {
  return id.toLowerCase().replace(/[^a-z0-9]/g, '');
}

export function changeParametersFor(instrumentId: string): ChangeParameters | undefined {
  return CHANGE_PARAMETERS[normalizeInstrumentId(instrumentId)];
}

export function severityBandsFor(instrumentId: string): readonly SeverityBand[] {
  return SEVERITY_BANDS[normalizeInstrumentId(instrumentId)] ?? [];
}

export function instrumentLabel(instrumentId: string): string {
  return INSTRUMENT_LABELS[normalizeInstrumentId(instrumentId)] ?? instrumentId;
}
