import type { Administration, TreatmentPlan } from '../../model/plan.js';
import {
  PHQ9_CLINICAL_BASELINE,
  PHQ9_REMISSION_BELOW,
  RELIABLE_CHANGE_Z,
  RESPONSE_FRACTION,
  changeParametersFor,
  instrumentLabel,
  normalizeInstrumentId,
  severityBandsFor,
  type ChangeParameters,
  type SeverityBand,
} from './parameters.js';

/** One scored, complete administration placed on a time axis. */
export interface MeasurementPoint {
  administrationId: string;
  instrumentId: string;
  /** ISO instant of the administration. */
  date: string;
  /** Milliseconds since epoch (parsed once, for sorting and charting). */
  time: number;
  score: number;
  max: number;
  band?: string;
  bandLabel?: string;
}

export type ChangeMarker = 'reliable-improvement' | 'reliable-deterioration' | 'response' | 'remission';

export interface ReliableChange {
  /** x₂ − x₁. */
  difference: number;
  /** SE = SD·√(1 − r) (absent when the instrument's threshold is published in points, without SD and r). */
  standardError?: number;
  /** S_diff = √(2·SE²). */
  sDiff?: number;
  /** RC = (x₂ − x₁) / S_diff. */
  rc?: number;
  /** |RC| > 1.96, or |x₂ − x₁| at least the published threshold. */
  reliable: boolean;
  /** Direction judged with the instrument's "better" side; `none` when not reliable. */
  direction: 'improvement' | 'deterioration' | 'none';
  /** Smallest whole-point change that is reliable for this instrument. */
  criticalPoints: number;
  /** False when any parameter used is not verified against its source. */
  verified: boolean;
}

/**
 * Reliable change. With SD and r (Jacobson & Truax 1991): SE = SD·√(1 − r), S_diff = √(2·SE²),
 * RC = (x₂ − x₁)/S_diff; |RC| > 1.96 is reliable change. Without them: a change of at least the
 * published clinical threshold (`reliableChangePoints`) is reliable.
 */
export function reliableChange(baseline: number, current: number, p: ChangeParameters): ReliableChange {
  const difference = current - baseline;
  const directionOf = (reliable: boolean) =>
    // Stryker disable next-line EqualityOperator: equivalent — a reliable change is never 0 points (it is at least the threshold, or |RC| > 1.96), so `< 0` and `<= 0` agree.
    !reliable ? ('none' as const) : (p.better === 'lower' ? difference < 0 : difference > 0) ? ('improvement' as const) : ('deterioration' as const);
  if (p.sd && p.reliability) {
    const standardError = p.sd.value * Math.sqrt(1 - p.reliability.value);
    const sDiff = Math.sqrt(2 * standardError * standardError);
    const rc = difference / sDiff;
    const reliable = Math.abs(rc) > RELIABLE_CHANGE_Z;
    return {
      difference,
      standardError,
      sDiff,
      rc,
      reliable,
      direction: directionOf(reliable),
      // Smallest integer d with d / sDiff > 1.96.
      criticalPoints: Math.floor(RELIABLE_CHANGE_Z * sDiff) + 1,
      verified: p.sd.verified && p.reliability.verified && p.reliableChangePoints.verified,
    };
  }
  const reliable = Math.abs(difference) >= p.reliableChangePoints.value;
  return {
    difference,
    reliable,
    direction: directionOf(reliable),
    criticalPoints: p.reliableChangePoints.value,
    verified: p.reliableChangePoints.verified,
  };
}

/**
 * Response: a drop of at least 50 % from a baseline in the clinical range — at or above
 * `minBaseline` (PHQ-9 ≥ 10 by default, as NCQA DRR-E and CMS159 define it). `isResponse(8, 3)`
 * is false: a baseline of 8 is not depression to respond from.
 */
export function isResponse(baseline: number, current: number, minBaseline: number = PHQ9_CLINICAL_BASELINE): boolean {
  return baseline >= minBaseline && baseline > 0 && baseline - current >= RESPONSE_FRACTION * baseline;
}

/** Remission: from a baseline in the clinical range to a score strictly below `below` (PHQ-9 < 5). */
export function isRemission(
  baseline: number,
  current: number,
  minBaseline: number = PHQ9_CLINICAL_BASELINE,
  below: number = PHQ9_REMISSION_BELOW,
): boolean {
  return baseline >= minBaseline && current < below;
}

/** Change of one point against the series baseline. */
export interface PointChange {
  point: MeasurementPoint;
  /** The point is the baseline itself. */
  isBaseline: boolean;
  /** Score minus the baseline score. */
  difference: number;
  reliable?: ReliableChange;
  markers: ChangeMarker[];
  /** False when a marker rests on an unverified parameter (shown as provisional). */
  verified: boolean;
}

/**
 * Markers for `current` against `baseline`. Response and remission are judged only from a
 * baseline in the clinical range (see `ChangeParameters.outcome`).
 */
export function changeMarkers(
  baseline: number,
  current: number,
  p: ChangeParameters | undefined,
): { markers: ChangeMarker[]; reliable?: ReliableChange; verified: boolean } {
  const markers: ChangeMarker[] = [];
  if (!p) return { markers, verified: true };
  const reliable = reliableChange(baseline, current, p);
  if (reliable.direction === 'improvement') markers.push('reliable-improvement');
  if (reliable.direction === 'deterioration') markers.push('reliable-deterioration');
  const o = p.outcome;
  if (o && p.better === 'lower' && isResponse(baseline, current, o.minBaseline)) markers.push('response');
  if (o && isRemission(baseline, current, o.minBaseline, o.remissionBelow)) markers.push('remission');
  // Only the reliable-change markers rest on SD and r.
  return { markers, reliable, verified: !reliable.reliable || reliable.verified };
}

/** Every complete administration of one instrument, oldest first, with its change from the first. */
export interface InstrumentSeries {
  instrumentId: string;
  label: string;
  /** Highest possible score (from the administrations). */
  max: number;
  bands: readonly SeverityBand[];
  parameters?: ChangeParameters;
  points: PointChange[];
}

export function toPoint(a: Administration): MeasurementPoint {
  return {
    administrationId: a.id,
    instrumentId: a.instrumentId,
    date: a.date,
    time: Date.parse(a.date),
    score: a.score.total,
    max: a.score.max,
    ...(a.score.band !== undefined ? { band: a.score.band } : {}),
    ...(a.score.bandLabel !== undefined ? { bandLabel: a.score.bandLabel } : {}),
  };
}

/**
 * Groups the plan's complete administrations by instrument (ids compared normalized) and marks each
 * point's change from the first one. Incomplete administrations carry no meaningful total and are left out.
 * O(n log n) in the number of administrations.
 */
export function instrumentSeries(plan: TreatmentPlan): InstrumentSeries[] {
  const byInstrument = new Map<string, MeasurementPoint[]>();
  for (const a of plan.assessment.administrations) {
    if (!a.score.complete) continue;
    const key = normalizeInstrumentId(a.instrumentId);
    let list = byInstrument.get(key);
    if (!list) byInstrument.set(key, (list = []));
    list.push(toPoint(a));
  }
  const out: InstrumentSeries[] = [];
  for (const list of byInstrument.values()) {
    list.sort((a, b) => a.time - b.time);
    const first = list[0]!;
    const parameters = changeParametersFor(first.instrumentId);
    const points = list.map((point, i): PointChange => {
      if (i === 0) return { point, isBaseline: true, difference: 0, markers: [], verified: true };
      const m = changeMarkers(first.score, point.score, parameters);
      return {
        point,
        isBaseline: false,
        difference: point.score - first.score,
        markers: m.markers,
        verified: m.verified,
        ...(m.reliable ? { reliable: m.reliable } : {}),
      };
    });
    out.push({
      instrumentId: first.instrumentId,
      label: instrumentLabel(first.instrumentId),
      max: Math.max(...list.map((p) => p.max)),
      bands: severityBandsFor(first.instrumentId),
      ...(parameters ? { parameters } : {}),
      points,
    });
  }
  return out.sort((a, b) => a.label.localeCompare(b.label));
}

/** The band a score falls in, if the instrument has bands. */
export function bandFor(bands: readonly SeverityBand[], score: number): SeverityBand | undefined {
  return bands.find((b) => score >= b.min && score <= b.max);
}
