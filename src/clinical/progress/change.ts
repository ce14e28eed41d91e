import type { Administration, TreatmentPlan } from '../../model/plan.js';
import {
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
  /** SE = SD·√(1 − r). */
  standardError: number;
  /** S_diff = √(2·SE²). */
  sDiff: number;
  /** RC = (x₂ − x₁) / S_diff. */
  rc: number;
  /** |RC| > 1.96. */
  reliable: boolean;
  /** Direction judged with the instrument's "better" side; `none` when not reliable. */
  direction: 'improvement' | 'deterioration' | 'none';
  /** Smallest whole-point change that is reliable for this instrument. */
  criticalPoints: number;
  /** False when any parameter used is not verified against its source. */
  verified: boolean;
}

/**
 * Reliable Change Index (Jacobson & Truax 1991): SE = SD·√(1 − r), S_diff = √(2·SE²),
 * RC = (x₂ − x₁)/S_diff; |RC| > 1.96 is reliable change.
 */
export function reliableChange(baseline: number, current: number, p: ChangeParameters): ReliableChange {
  const standardError = p.sd.value * Math.sqrt(1 - p.reliability.value);
  const sDiff = Math.sqrt(2 * standardError * standardError);
  const difference = current - baseline;
  const rc = difference / sDiff;
  const reliable = Math.abs(rc) > RELIABLE_CHANGE_Z;
  const better = p.better === 'lower' ? rc < 0 : rc > 0;
  // Smallest integer d with d / sDiff > 1.96.
  const criticalPoints = Math.floor(RELIABLE_CHANGE_Z * sDiff) + 1;
  return {
    difference,
    standardError,
    sDiff,
    rc,
    reliable,
    direction: reliable ? (better ? 'improvement' : 'deterioration') : 'none',
    criticalPoints,
    verified: p.sd.verified && p.reliability.verified,
  };
}

/** Response: a drop of at least 50 % from a baseline above zero. */
export function isResponse(baseline: number, current: number): boolean {
  return baseline > 0 && baseline - current >= RESPONSE_FRACTION * baseline;
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
 * Markers for `current` against `baseline`. Remission needs a baseline at or above the
 * remission cut-off (there is nothing to remit from otherwise).
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
  if (p.response && p.better === 'lower' && isResponse(baseline, current)) markers.push('response');
  if (p.remission && baseline >= p.remission.below && current < p.remission.below) markers.push('remission');
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
