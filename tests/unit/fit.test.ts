import { describe, expect, it } from "vitest";
import { geodesicKm } from "../../src/domain/distance";
import { fitsNearby } from "../../src/domain/fit";
import { DEFAULT_PARAMETERS } from "../../src/domain/params";
import { receiver, source } from "./helpers";

// Points along a meridian: 0.1° latitude ≈ 11.12 km.
const src = source("src", 12.4, 55.6, { quantity: 1000, unit: "t" });
const near = receiver("near", 12.4, 55.7, { quantity: 400, unit: "t" });
const mid = receiver("mid", 12.4, 55.8, { quantity: 5000, unit: "t" });
const far = receiver("far", 12.4, 56.2);
const wrongClass = receiver("dirty-only", 12.4, 55.61, { acceptedClasses: [3, 4] });
const full = receiver("full", 12.4, 55.62, { quantity: 0 });
const pitNoDisp = receiver("pit", 12.4, 55.63, { kind: "pit", section52Dispensation: false });
const sites = [src, far, mid, near, wrongClass, full, pitNoDisp];

describe("fitsNearby", () => {
  const { candidates, mismatches } = fitsNearby(src, sites);

  it("ranks fitting receivers by haul distance and leaves out those beyond the maximum", () => {
    expect(candidates.map((c) => c.site.properties.id)).toEqual(["near", "mid"]);
    expect(candidates[0]?.haulKm).toBeCloseTo(geodesicKm([12.4, 55.6], [12.4, 55.7]) * 1.3, 9);
  });

  it("moves the smaller of surplus and capacity, in whole 25 t loads, with CO2e per tonne-km", () => {
    const [n, m] = candidates;
    expect(n?.tonnes).toBe(400);
    expect(n?.loads).toBe(16);
    expect(m?.tonnes).toBe(1000);
    expect(n?.co2eKg).toBeCloseTo(400 * (n?.haulKm ?? 0) * 0.095, 9);
  });

  it("gives the reason for each site that does not fit", () => {
    const reasons = Object.fromEntries(mismatches.map((m) => [m.site.properties.id, m.reason]));
    expect(reasons).toEqual({
      far: "distance",
      "dirty-only": "class",
      full: "capacity",
      pit: "no_dispensation",
    });
  });

  it("works from the receiver's side and follows edited parameters", () => {
    const params = { ...DEFAULT_PARAMETERS, maxHaulKm: 10, circuityFactor: 1 };
    const other = source("other", 12.4, 55.65, { quantity: 50 });
    const fromReceiver = fitsNearby(near, [src, other, near, mid], { params });
    expect(fromReceiver.candidates.map((c) => c.site.properties.id)).toEqual(["other"]);
    expect(fromReceiver.mismatches.map((m) => m.reason)).toEqual(["distance"]);
  });

  it("does not mutate its inputs", () => {
    const before = JSON.stringify(sites);
    fitsNearby(src, sites);
    expect(JSON.stringify(sites)).toBe(before);
  });
});
