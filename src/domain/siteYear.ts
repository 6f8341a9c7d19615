/** Which sites the year slider shows: those whose window reaches into the year. */
import { windowsOverlap } from "./compatibility";
import type { SiteProperties } from "./site";

/** true when the site's window (inclusive, open ends open) overlaps calendar `year`. */
export function activeInYear(
  site: Pick<SiteProperties, "availableFrom" | "availableTo">,
  year: number,
): boolean {
  return windowsOverlap(site.availableFrom, site.availableTo, `${year}-01-01`, `${year}-12-31`);
}
