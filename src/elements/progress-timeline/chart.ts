import { svg, type SVGTemplateResult } from 'lit';
import type { ChangeMarker, InstrumentSeries, PointChange } from '../../clinical/progress/change.js';

/** Geometry of the score chart, in SVG user units (the SVG scales to its container). */
export const CHART = { width: 640, height: 260, left: 40, right: 120, top: 16, bottom: 36 } as const;

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
}

const plotW = CHART.width - CHART.left - CHART.right;
const plotH = CHART.height - CHART.top - CHART.bottom;

export function chartScales(series: InstrumentSeries): { x: (t: number) => number; y: (v: number) => number } {
  const pts = series.points;
  const t0 = pts[0]?.point.time ?? 0;
  const t1 = pts.at(-1)?.point.time ?? t0;
  const span = t1 - t0;
  const max = series.max || Math.max(1, ...pts.map((p) => p.point.score));
  return {
    x: (t) => CHART.left + (span > 0 ? ((t - t0) / span) * plotW : plotW / 2),
    y: (v) => CHART.top + (1 - Math.max(0, Math.min(max, v)) / max) * plotH,
  };
}

function markerGlyphs(markers: readonly ChangeMarker[]): string {
  // Letters, not colour alone, tell the markers apart (legend under the chart).
  const out: string[] = [];
  if (markers.includes('reliable-improvement')) out.push('↓');
  if (markers.includes('reliable-deterioration')) out.push('↑');
  if (markers.includes('response')) out.push('R');
  if (markers.includes('remission')) out.push('M');
  return out.join(' ');
}

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

/** The chart's inner SVG: severity bands, baseline, targets, the line, and one focusable mark per point. */
export function renderChartBody(o: ChartOptions): SVGTemplateResult {
  const { series, targets } = o;
  const { x, y } = chartScales(series);
  const max = series.max;
  const pts = series.points;
  const baseline = pts[0]?.point.score;
  const line = pts.map((p) => `${x(p.point.time).toFixed(1)},${y(p.point.score).toFixed(1)}`).join(' ');
  const ticks = monthTicks(pts.map((p) => p.point.time));
  const long = (pts.at(-1)?.point.time ?? 0) - (pts[0]?.point.time ?? 0) > 300 * 86_400_000;
  // Dense series: smaller marks and no glyphs (the list and the table still say every marker).
  const dense = pts.length > 60;
  const right = CHART.width - CHART.right;
  return svg`
    <g class="bands" aria-hidden="true">
      ${series.bands.map((b, i) => {
        const top = y(Math.min(max, b.max + (b.max >= max ? 0 : 0.5)));
        const bottom = y(Math.max(0, b.min - (b.min <= 0 ? 0 : 0.5)));
        return svg`<rect class=${`band band-${i % 5}`} x=${CHART.left} y=${top} width=${plotW} height=${Math.max(0, bottom - top)}></rect>
          <text class="band-label" x=${right + 14} y=${(top + bottom) / 2 + 4}>${b.label}</text>`;
      })}
    </g>
    <g class="axes" aria-hidden="true">
      <line class="axis" x1=${CHART.left} y1=${CHART.top} x2=${CHART.left} y2=${CHART.top + plotH}></line>
      <line class="axis" x1=${CHART.left} y1=${CHART.top + plotH} x2=${right} y2=${CHART.top + plotH}></line>
      ${[0, ...series.bands.map((b) => b.min).filter((v) => v > 0), max].map(
        (v) => svg`<text class="tick" x=${CHART.left - 6} y=${y(v) + 4} text-anchor="end">${v}</text>`,
      )}
      ${ticks.map((t) => svg`<text class="tick" x=${x(t)} y=${CHART.height - 12} text-anchor="middle">${o.formatTick(t, long)}</text>`)}
    </g>
    ${baseline !== undefined
      ? svg`<g class="baseline" aria-hidden="true">
          <line x1=${CHART.left} x2=${right} y1=${y(baseline)} y2=${y(baseline)}></line>
          <text x=${CHART.left + 14} y=${y(baseline) - 6}>${o.baselineLabel}</text>
        </g>`
      : null}
    ${targets.map(
      (t) => svg`<g class="target" aria-hidden="true" data-objective=${t.objectiveId}>
        <line x1=${CHART.left} x2=${right} y1=${y(t.value)} y2=${y(t.value)}></line>
        <text x=${CHART.left + 14} y=${y(t.value) + 15}>${t.label}</text>
      </g>`,
    )}
    <polyline class="line" aria-hidden="true" points=${line}></polyline>
    <g class="points">
      ${pts.map((p, i) => {
        const px = x(p.point.time);
        const py = y(p.point.score);
        const glyphs = dense ? '' : markerGlyphs(p.markers);
        return svg`<g
          class="point"
          role="img"
          tabindex=${i === o.activeIndex ? 0 : -1}
          aria-label=${o.pointLabels[i] ?? ''}
          data-index=${i}
          data-date=${p.point.date}
          data-score=${p.point.score}
        >
          <circle class="hit" cx=${px} cy=${py} r="12"></circle>
          ${pointShape(p, px, py, dense ? 0.55 : 1)}
          ${glyphs ? svg`<text class="glyph" x=${px} y=${py - 11} text-anchor="middle" aria-hidden="true">${glyphs}</text>` : null}
        </g>`;
      })}
    </g>
  `;
}

/** At most six evenly spread tick times: first, last, and some in between. */
function monthTicks(times: readonly number[]): number[] {
  if (!times.length) return [];
  const first = times[0]!;
  const last = times.at(-1)!;
  if (first === last) return [first];
  const n = Math.min(5, times.length - 1);
  return Array.from({ length: n + 1 }, (_, i) => first + ((last - first) * i) / n);
}
