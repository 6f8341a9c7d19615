import { distance } from "@turf/turf";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  chord2,
  chord2OfKm,
  EARTH_RADIUS_KM,
  haversineKm,
  kmOfChord2,
  searchBox,
  unitVectors,
} from "../../../src/domain/match/geodesic";

const denmark = fc.tuple(
  fc.double({ min: 8, max: 15.2, noNaN: true }),
  fc.double({ min: 54.5, max: 57.8, noNaN: true }),
);
const anywhere = fc.tuple(
  fc.double({ min: -180, max: 180, noNaN: true }),
  fc.double({ min: -89, max: 89, noNaN: true }),
);

describe("unit vectors and chords", () => {
  it("give Turf's haversine distance within 1e-9 relative (pairs over 50 m apart)", () => {
    fc.assert(
      fc.property(denmark, denmark, ([lon1, lat1], [lon2, lat2]) => {
        const turf = distance([lon1, lat1], [lon2, lat2], { units: "kilometers" });
        fc.pre(turf > 0.05);
        const u = unitVectors([lon1, lon2], [lat1, lat2]);
        const km = kmOfChord2(chord2(u, 0, u, 1));
        expect(Math.abs(km - turf) / turf).toBeLessThan(1e-9);
      }),
      { numRuns: 2000 },
    );
  });

  it("are unit length and use Turf's Earth radius", () => {
    const u = unitVectors([12.5, -70], [55.7, -33]);
    expect(Math.hypot(u[0] as number, u[1] as number, u[2] as number)).toBeCloseTo(1, 15);
    expect(EARTH_RADIUS_KM).toBe(6371.0088);
    expect(kmOfChord2(chord2(u, 0, u, 0))).toBe(0);
    expect(kmOfChord2(4)).toBeCloseTo(Math.PI * EARTH_RADIUS_KM, 9); // antipodes
  });

  it("chord2OfKm inverts kmOfChord2", () => {
    fc.assert(
      fc.property(fc.double({ min: 0.001, max: 19_000, noNaN: true }), (km) => {
        expect(kmOfChord2(chord2OfKm(km)) / km).toBeCloseTo(1, 9);
      }),
    );
    expect(chord2OfKm(1e9)).toBe(4);
  });
});

describe("haversineKm", () => {
  it("is Turf's distance to the last bit", () => {
    fc.assert(
      fc.property(anywhere, anywhere, ([a, b], [c, d]) => {
        expect(haversineKm(a, b, c, d)).toBe(distance([a, b], [c, d], { units: "kilometers" }));
      }),
      { numRuns: 1000 },
    );
  });
});

describe("searchBox", () => {
  it("holds every point within the distance", () => {
    fc.assert(
      fc.property(
        anywhere,
        anywhere,
        fc.double({ min: 0.1, max: 3000, noNaN: true }),
        ([lon, lat], [plon, plat], km) => {
          fc.pre(haversineKm(lon, lat, plon, plat) <= km);
          const box = searchBox(lon, lat, km);
          expect(plat).toBeGreaterThanOrEqual(box.minLat);
          expect(plat).toBeLessThanOrEqual(box.maxLat);
          expect(plon).toBeGreaterThanOrEqual(box.minLon);
          expect(plon).toBeLessThanOrEqual(box.maxLon);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it("is tight in latitude and opens fully near the poles and the antimeridian", () => {
    const b = searchBox(12.5, 55.7, 40);
    expect(b.maxLat - 55.7).toBeCloseTo((40 / EARTH_RADIUS_KM) * (180 / Math.PI), 9);
    expect(b.maxLon - 12.5).toBeLessThan(0.7);
    expect(searchBox(0, 89.9, 100)).toMatchObject({ minLon: -180, maxLon: 180 });
    expect(searchBox(179.9, 0, 100)).toMatchObject({ minLon: -180, maxLon: 180 });
  });
});
