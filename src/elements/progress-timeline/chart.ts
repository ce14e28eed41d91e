import { msg } from '@lit/localize';
import { svg, type SVGTemplateResult } from 'lit';
import type { ChangeMarker, InstrumentSeries, PointChange } from '../../clinical/progress/change.js';
import { bandName } from '../../i18n/scoring-words.js';

/**
 * Geometry of the score chart, in SVG user units. `width` is the default; the element sets the
 * real one from the chart's rendered width (see chart-frame.ts), so a user unit stays 1/16 of the
 * widget's font size and the labels grow with the text instead of shrinking with the chart.
 */
export const CHART = { width: 640, height: 260, left: 40, right: 120, top: 16, bottom: 36 } as const;

// The same numbers as plain constants, which the minifier folds into the markup below.
const HEIGHT = 260;
const LEFT = 40;
const TOP = 16;
/** Room to the right of the plot for the band labels. */
const GUTTER = 120;
/** y of the plot's bottom edge (the time axis). */
const BOTTOM = HEIGHT - 36;
const plotH = BOTTOM - TOP;
/** Room a date tick's label takes, so ticks never run into each other. */
const TICK_ROOM = 90;

/** The chart's frame: its width in user units, and whether it is drawn right to left. */
export interface ChartFrame {
  width: number;
  /** Time runs right to left (the reading direction): the score axis is on the right, band labels on the left. */
  rtl: boolean;
}
export interface ChartTarget {
  objectiveId: string;
  value: number;
  /** Visible words, e.g. "Target ≤ 9". */
  label: string;
}

export interface ChartOptions {
  series: InstrumentSeries;
  targets: readonly ChartTarget[];
  /** Index of the point that is in the tab order (roving tabindex). */
  activeIndex: number;
  /** Accessible text of each point (date, score, band, change), same order as `series.points`. */
  pointLabels: readonly string[];
  /** Date words for an axis tick; `long` when the series spans more than about ten months (include the year). */
  formatTick: (time: number, long: boolean) => string;
  baselineLabel: string;
  frame?: ChartFrame;
}

export function chartScales(
  series: InstrumentSeries,
  frame: ChartFrame = { width: CHART.width, rtl: false },
): { x: (t: number) => number; y: (v: number) => number } {
  const pts = series.points;
  const t0 = pts[0]?.point.time ?? 0;
  const t1 = pts.at(-1)?.point.time ?? t0;
  const span = t1 - t0;
  const max = series.max || Math.max(1, ...pts.map((p) => p.point.score));
  const plotW = frame.width - GUTTER - LEFT;
  const mirror = mirrorOf(frame);
  return {
    x: (t) => mirror(LEFT + (span > 0 ? ((t - t0) / span) * plotW : plotW / 2)),
    y: (v) => TOP + (1 - Math.max(0, Math.min(max, v)) / max) * plotH,
  };
}

/**
 * Right to left, every x is mirrored. Text needs no other change: it inherits `direction: rtl`,
 * which turns each `text-anchor` start/end around with it.
 */
const mirrorOf = (frame: ChartFrame) => (x: number) => (frame.rtl ? frame.width - x : x);

/**
 * Signs, not colour alone, tell the markers apart, on the chart and in its legend. Response and
 * remission are letters of their words, so they are messages (looked up when rendering).
 */
export function markerGlyph(marker: ChangeMarker): string {
  switch (marker) {
    case 'reliable-improvement':
      return '↓';
    case 'reliable-deterioration':
      return '↑';
    case 'response':
      return msg('R', { id: 'chart-mark-response', desc: 'Chart marker for a response: a short abbreviation of "response".' });
    case 'remission':
      return msg('M', { id: 'chart-mark-remission', desc: 'Chart marker for remission: a short abbreviation of "remission", unlike the response marker.' });
  }
}

const MARKERS: readonly ChangeMarker[] = ['reliable-improvement', 'reliable-deterioration', 'response', 'remission'];

const markerGlyphs = (markers: readonly ChangeMarker[]): string =>
  MARKERS.filter((m) => markers.includes(m))
    .map(markerGlyph)
    .join(' ');

function pointShape(p: PointChange, x: number, y: number, k: number): SVGTemplateResult {
  if (p.markers.includes('reliable-deterioration')) {
    const h = 6 * k;
    return svg`<rect class="dot worse" x=${x - h} y=${y - h} width=${2 * h} height=${2 * h}></rect>`;
  }
  if (p.markers.includes('reliable-improvement')) {
    const h = 7 * k;
    return svg`<path class="dot better" d=${`M${x} ${y - h} L${x + h} ${y} L${x} ${y + h} L${x - h} ${y} Z`}></path>`;
  }
  return svg`<circle class="dot" cx=${x} cy=${y} r=${5.5 * k}></circle>`;
}

/** A horizontal line across the plot at `y`, labelled `dy` below (above when negative) its starting end. */
const rule = (f: ChartFrame, y: number, label: string, dy: number): SVGTemplateResult => {
  const mx = mirrorOf(f);
  return svg`<line x1=${mx(LEFT)} x2=${mx(f.width - GUTTER)} y1=${y} y2=${y}></line><text x=${mx(LEFT + 14)} y=${y + dy}>${label}</text>`;
};

/** The chart's inner SVG: severity bands, baseline, targets, the line, and one focusable mark per point. */
export function renderChartBody(o: ChartOptions): SVGTemplateResult {
  const { series, targets } = o;
  const f = o.frame ?? { width: CHART.width, rtl: false };
  const { x, y } = chartScales(series, f);
  const mx = mirrorOf(f);
  const RIGHT = f.width - GUTTER;
  const plotW = RIGHT - LEFT;
  const max = series.max;
  const pts = series.points;
  const times = pts.map((p) => p.point.time);
  const baseline = pts[0]?.point.score;
  const line = pts.map((p) => `${x(p.point.time).toFixed(1)},${y(p.point.score).toFixed(1)}`).join(' ');
  const long = (times.at(-1) ?? 0) - (times[0] ?? 0) > 300 * 86_400_000;
  // Dense series: smaller marks and no glyphs (the list and the table still say every marker).
  const dense = pts.length > 60;
  return svg`<g class="bands" aria-hidden="true">
      ${series.bands.map((b, i) => {
        const top = y(Math.min(max, b.max + (b.max >= max ? 0 : 0.5)));
        const bottom = y(Math.max(0, b.min - (b.min <= 0 ? 0 : 0.5)));
        return svg`<rect class=${`band band-${i % 5}`} x=${Math.min(mx(LEFT), mx(RIGHT))} y=${top} width=${plotW} height=${Math.max(0, bottom - top)}></rect>
          <text class="band-label" x=${mx(RIGHT + 14)} y=${(top + bottom) / 2 + 4}>${bandName(series.instrumentId, b.id, b.label)}</text>`;
      })}
    </g>
    <g class="axes" aria-hidden="true">
      <line class="axis" x1=${mx(LEFT)} y1=${TOP} x2=${mx(LEFT)} y2=${BOTTOM}></line>
      <line class="axis" x1=${mx(LEFT)} y1=${BOTTOM} x2=${mx(RIGHT)} y2=${BOTTOM}></line>
      ${[0, ...series.bands.map((b) => b.min).filter((v) => v > 0), max].map(
        (v) => svg`<text class="tick" x=${mx(LEFT - 6)} y=${y(v) + 4} text-anchor="end">${v}</text>`,
      )}
      ${monthTicks(times, Math.max(1, Math.floor(plotW / TICK_ROOM))).map((t) => svg`<text class="tick" x=${x(t)} y=${HEIGHT - 12} text-anchor="middle">${o.formatTick(t, long)}</text>`)}
    </g>
    ${baseline !== undefined ? svg`<g class="baseline" aria-hidden="true">${rule(f, y(baseline), o.baselineLabel, -6)}</g>` : null}
    ${targets.map((t) => svg`<g class="target" aria-hidden="true" data-objective=${t.objectiveId}>${rule(f, y(t.value), t.label, 15)}</g>`)}
    <polyline class="line" aria-hidden="true" points=${line}></polyline>
    <g class="points">
      ${pts.map((p, i) => {
        const px = x(p.point.time);
        const py = y(p.point.score);
        const glyphs = dense ? '' : markerGlyphs(p.markers);
        return svg`<g class="point" role="img" tabindex=${i === o.activeIndex ? 0 : -1} aria-label=${o.pointLabels[i] ?? ''}
          data-index=${i} data-date=${p.point.date} data-score=${p.point.score}>
          <circle class="hit" cx=${px} cy=${py} r="12"></circle>
          ${pointShape(p, px, py, dense ? 0.55 : 1)}
          ${glyphs ? svg`<text class="glyph" x=${px} y=${py - 11} text-anchor="middle" aria-hidden="true">${glyphs}</text>` : null}
        </g>`;
      })}
    </g>`;
}

/** At most six (and at most `room` + 1) evenly spread tick times: first, last, and some in between. */
function monthTicks(times: readonly number[], room: number): number[] {
  if (!times.length) return [];
  const first = times[0]!;
  const last = times.at(-1)!;
  if (first === last) return [first];
  const n = Math.min(5, room, times.length - 1);
  return Array.from({ length: n + 1 }, (_, i) => first + ((last - first) * i) / n);
}
