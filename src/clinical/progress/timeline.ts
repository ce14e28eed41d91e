import type { Administration, TimelineEntry, TreatmentPlan } from '../../model/plan.js';
import { instrumentSeries, type PointChange } from './change.js';
import { instrumentLabel } from './parameters.js';

export const TIMELINE_KINDS = ['measurement', 'session', 'review', 'revision', 'status', 'risk-flag'] as const;
export type TimelineKind = (typeof TIMELINE_KINDS)[number];

export type TimelineItem =
  | {
      kind: 'measurement';
      id: string;
      date: string;
      time: number;
      administration: Administration;
      instrumentLabel: string;
      /** Change from the instrument's baseline (complete administrations only). */
      change?: PointChange;
    }
  | { kind: Exclude<TimelineKind, 'measurement'>; id: string; date: string; time: number; entry: TimelineEntry };

export interface TimelineGroup {
  /** `YYYY-MM` (UTC). */
  month: string;
  items: TimelineItem[];
}

export interface Timeline {
  groups: TimelineGroup[];
  /** Items per kind before filtering, for filter labels. */
  counts: Record<TimelineKind, number>;
  total: number;
}

/**
 * Every entry of the course of therapy, newest first, grouped by month. Measurements are read
 * from `plan.assessment.administrations` (they are not copied into `plan.timeline`). `kinds`
 * keeps only those kinds (all when absent or empty). One pass plus one sort: O(n log n).
 */
export function buildTimeline(plan: TreatmentPlan, kinds?: Iterable<TimelineKind>): Timeline {
  const keep = kinds ? new Set(kinds) : undefined;
  const want = (k: TimelineKind) => !keep || keep.size === 0 || keep.has(k);
  const counts = Object.fromEntries(TIMELINE_KINDS.map((k) => [k, 0])) as Record<TimelineKind, number>;
  const items: TimelineItem[] = [];

  const changes = new Map<string, PointChange>();
  if (want('measurement')) {
    for (const s of instrumentSeries(plan)) for (const p of s.points) changes.set(p.point.administrationId, p);
  }
  for (const a of plan.assessment.administrations) {
    counts.measurement++;
    if (!want('measurement')) continue;
    const change = changes.get(a.id);
    items.push({
      kind: 'measurement',
      id: a.id,
      date: a.date,
      time: Date.parse(a.date),
      administration: a,
      instrumentLabel: instrumentLabel(a.instrumentId),
      ...(change ? { change } : {}),
    });
  }
  for (const e of plan.timeline) {
    counts[e.kind]++;
    if (!want(e.kind)) continue;
    items.push({ kind: e.kind, id: e.id, date: e.date, time: Date.parse(e.date), entry: e });
  }
  // Newest first; entries recorded at the same instant keep their recording order reversed
  // (a review is listed above the revision and status change it produced): reversed, then a
  // stable sort.
  items.reverse().sort((a, b) => b.time - a.time);

  const groups: TimelineGroup[] = [];
  let current: TimelineGroup | undefined;
  for (const item of items) {
    const month = new Date(item.time).toISOString().slice(0, 7);
    if (current?.month !== month) groups.push((current = { month, items: [] }));
    current.items.push(item);
  }
  const total = plan.assessment.administrations.length + plan.timeline.length;
  return { groups, counts, total };
}
