/** Calendar helpers on `YYYY-MM-DD` strings, in UTC so a day never shifts with the viewer's zone. */

export function toDay(instant: string | Date): string {
  const d = typeof instant === 'string' ? new Date(instant) : instant;
  return d.toISOString().slice(0, 10);
}

export function addDays(day: string, days: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** Whole days from `a` to `b` (positive when `b` is later). */
export function daysBetween(a: string, b: string): number {
  const ms = Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`);
  return Math.round(ms / 86_400_000);
}
