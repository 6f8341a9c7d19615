/**
 * Dates as whole day numbers (days since 1970-01-01, UTC), so that window tests in the arc
 * pass are integer comparisons. Open window ends are ±Infinity.
 */

const MS_PER_DAY = 86_400_000;

/** Day number of an ISO yyyy-mm-dd date, or undefined when it is not a calendar date. */
export function dayNumber(iso: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return undefined;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  const t = Date.UTC(y, mo - 1, d);
  const back = new Date(t);
  // Rejects 2025-02-30 and the like, which Date.UTC would roll over.
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d)
    return undefined;
  return t / MS_PER_DAY;
}

/**
 * Inclusive overlap of two windows given as day numbers: the numeric twin of
 * compatibility.ts `windowsOverlap` (ISO strings compare like their day numbers).
 */
export function daysOverlap(aFrom: number, aTo: number, bFrom: number, bTo: number): boolean {
  return !(aFrom > bTo) && !(bFrom > aTo);
}

/**
 * The share of a site's quantity that falls in `year`: days of the window inside the year over
 * days of the window. A window open at either end is taken to cover the year fully when it
 * reaches into it (share 1), since its length, and so its rate, is unknown.
 */
export function yearShare(fromDay: number, toDay: number, year: number): number {
  const yStart = Date.UTC(year, 0, 1) / MS_PER_DAY;
  const yEnd = Date.UTC(year, 11, 31) / MS_PER_DAY;
  if (fromDay > yEnd || toDay < yStart) return 0;
  if (!Number.isFinite(fromDay) || !Number.isFinite(toDay)) return 1;
  const inside = Math.min(toDay, yEnd) - Math.max(fromDay, yStart) + 1;
  return inside / (toDay - fromDay + 1);
}
