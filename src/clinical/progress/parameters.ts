/**
 * Parameters of the change metrics, each with where it comes from.
 *
 * Every number carries `verified`: `true` only when the value was checked against the cited
 * publication (or the project's verified clinical reference) while writing this file. Anything
 * computed from an unverified value says so (`PointChange.verified === false`) and the widget
 * labels it "provisional". Reliable change uses values from *clinical* samples, as Jacobson &
 * Truax ask (general-population SDs had made a 4-point PHQ-9 change "reliable").
 */

/** A cited number. */
export interface CitedValue {
  value: number;
  source: string;
  verified: boolean;
  note?: string;
}

/** What a reliable-change computation needs for one instrument. */
export interface ChangeParameters {
  /** Display name, e.g. `PHQ-9`. */
  label: string;
  /**
   * Smallest whole-point change that counts as reliable, as published for a *clinical* sample.
   * When `sd` and `reliability` are given too, the Jacobson & Truax formula computes the same
   * number from them (a test holds the two together); otherwise this published value is used as is.
   */
  reliableChangePoints: CitedValue;
  /** Standard deviation of a clinical, pre-treatment sample (SD₁ in Jacobson & Truax). */
  sd?: CitedValue;
  /** Reliability of the scale (r in Jacobson & Truax). */
  reliability?: CitedValue & { kind: 'cronbach-alpha' | 'test-retest' };
  /** Which way is better. All bundled instruments: a lower score is better. */
  better: 'lower' | 'higher';
  /**
   * Response (≥ 50 % drop) and remission (strictly below `remissionBelow`) are judged only from a
   * baseline at or above `minBaseline` (the clinical range). Absent: not reported for this instrument.
   */
  outcome?: { minBaseline: number; remissionBelow: number; source: string; verified: boolean };
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

/** Response: a drop of at least this fraction of the baseline score (NCQA DRR-E, CMS159). */
export const RESPONSE_FRACTION = 0.5;

const KROENKE_2001 =
  'Kroenke K, Spitzer RL, Williams JBW. The PHQ-9: validity of a brief depression severity measure. J Gen Intern Med. 2001;16(9):606-613';
const SPITZER_2006 =
  'Spitzer RL, Kroenke K, Williams JBW, Löwe B. A brief measure for assessing generalized anxiety disorder: the GAD-7. Arch Intern Med. 2006;166(10):1092-1097';
/** The NHS Talking Therapies (formerly IAPT) reliable-improvement thresholds. */
export const NHS_TALKING_THERAPIES =
  'NHS Talking Therapies for anxiety and depression Manual (NHS England; formerly the IAPT Manual): reliable improvement is a drop of at least 6 points on the PHQ-9 and at least 4 points on the GAD-7';
const NHS_INTAKE_SD =
  'NHS Talking Therapies outcome data, scores at the start of treatment of clinical cases: PHQ-9 SD ≈ 5.5, GAD-7 SD ≈ 4.5 (shared/CLINICAL.md, "Change over time")';
/** Response and remission of depression, only from an index PHQ-9 above 9. */
export const DEPRESSION_OUTCOME_SOURCE =
  'NCQA HEDIS Depression Remission or Response for Adolescents and Adults (DRR-E); CMS159 Depression Remission at Twelve Months: index PHQ-9 > 9; response = at least 50 % lower, remission = PHQ-9 < 5';
/** PCL-5 reliable change in a clinical (treatment-trial) sample. */
export const MARX_2022 =
  'Marx BP, Lee DJ, Norman SB, Bovin MJ, Sloan DM, Weathers FW, Keane TM, Schnurr PP. Reliable and clinically significant change in the Clinician-Administered PTSD Scale for DSM-5 and PTSD Checklist for DSM-5 among male veterans. Psychol Assess. 2022;34(2):197-203';

/** PHQ-9 baseline at or above which response and remission are judged (the clinical range: index score > 9). */
export const PHQ9_CLINICAL_BASELINE = 10;
/** PHQ-9 remission: a score strictly below this. */
export const PHQ9_REMISSION_BELOW = 5;

/**
 * Reliable-change parameters by normalized instrument id (see {@link normalizeInstrumentId}).
 * Instruments not listed here (AUDIT-C, the screens, host instruments) get no change markers and
 * never raise "not on track": no clinical reliable-change value for them is cited here.
 */
export const CHANGE_PARAMETERS: Readonly<Record<string, ChangeParameters>> = {
  phq9: {
    label: 'PHQ-9',
    // SE = 5.5·√(1 − .89) = 1.824; S_diff = 2.580; 1.96·S_diff = 5.06 → 6 points, the NHS Talking Therapies threshold.
    reliableChangePoints: { value: 6, source: NHS_TALKING_THERAPIES, verified: true },
    sd: { value: 5.5, source: NHS_INTAKE_SD, verified: true, note: 'Clinical, pre-treatment SD, as Jacobson & Truax ask.' },
    reliability: { value: 0.89, kind: 'cronbach-alpha', source: KROENKE_2001, verified: true },
    better: 'lower',
    outcome: { minBaseline: PHQ9_CLINICAL_BASELINE, remissionBelow: PHQ9_REMISSION_BELOW, source: DEPRESSION_OUTCOME_SOURCE, verified: true },
  },
  gad7: {
    label: 'GAD-7',
    // SE = 4.5·√(1 − .92) = 1.273; S_diff = 1.800; 1.96·S_diff = 3.53 → 4 points, the NHS Talking Therapies threshold.
    reliableChangePoints: { value: 4, source: NHS_TALKING_THERAPIES, verified: true },
    sd: { value: 4.5, source: NHS_INTAKE_SD, verified: true, note: 'Clinical, pre-treatment SD, as Jacobson & Truax ask.' },
    reliability: { value: 0.92, kind: 'cronbach-alpha', source: SPITZER_2006, verified: true },
    better: 'lower',
    // No cited response/remission rule for the GAD-7: HEDIS DRR-E and CMS159 define them for the PHQ-9.
  },
  pcl5: {
    label: 'PCL-5',
    reliableChangePoints: {
      value: 15,
      source: MARX_2022,
      verified: true,
      note: 'Sample 1 (randomized treatment trial, N = 198): a within-person change of 15 points or more was reliable. Sample 2 (N = 102) gave 18. The older "5–10 points" guidance is superseded.',
    },
    better: 'lower',
  },
};

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
