// Loading the match fixtures, and the geodesic haul of a latitude step along a meridian.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Site } from "../../../src/domain/site";
import { validateSiteCollection } from "../../../src/domain/siteSchema";

export function fixtureSites(name: string): Site[] {
  const raw = JSON.parse(readFileSync(resolve(__dirname, "../../fixtures/match", name), "utf8"));
  const { sites, issues } = validateSiteCollection(raw);
  if (issues.length > 0 && name === "hand.geojson") throw new Error(JSON.stringify(issues));
  return sites;
}

/** Haul km of `deg` degrees of latitude along a meridian: R·Δφ × circuity. */
export const meridianHaulKm = (deg: number, circuity = 1.3) => ((6371.0088 * Math.PI) / 180) * deg * circuity;
