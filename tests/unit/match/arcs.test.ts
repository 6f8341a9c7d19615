import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { staticMismatch } from "../../../src/domain/compatibility";
import { haulDistanceKm, representativePoint } from "../../../src/domain/distance";
import { fitsNearby } from "../../../src/domain/fit";
import { type ArcList, buildGeodesicArcs, buildMatrixArcs } from "../../../src/domain/match/arcs";
import { compatTable } from "../../../src/domain/match/compat";
import { geodesicProvider } from "../../../src/domain/match/distanceProvider";
import { DEFAULT_PARAMETERS } from "../../../src/domain/params";
import { receiver, source } from "../helpers";
import { partyOf, receiverSite, sourceSite, withIds } from "./arbitraries";

const pairs = (arcs: ArcList) => {
  const out = new Map<string, number>();
  for (let i = 0; i + 1 < arcs.start.length; i++) {
    for (let a = arcs.start[i] as number; a < (arcs.start[i + 1] as number); a++)
      out.set(`${i}>${arcs.receiver[a]}`, arcs.distanceKm[a] as number);
  }
  return out;
};

const instance = fc.record({
  ss: fc.array(sourceSite, { minLength: 1, maxLength: 10 }),
  rr: fc.array(receiverSite, { minLength: 1, maxLength: 10 }),
  maxHaulKm: fc.double({ min: 3, max: 90, noNaN: true }),
  circuityFactor: fc.double({ min: 1, max: 1.6, noNaN: true }),
});

describe("buildGeodesicArcs", () => {
  it("lists exactly the pairs staticMismatch allows within the maximum haul, at Turf's distance × circuity", {
    timeout: 30_000,
  }, () => {
    fc.assert(
      fc.property(instance, ({ ss, rr, maxHaulKm, circuityFactor }) => {
        const sSites = withIds(ss, "s");
        const rSites = withIds(rr, "r");
        const sources = sSites.map(partyOf);
        const receivers = rSites.map(partyOf);
        const got = pairs(
          buildGeodesicArcs(sources, receivers, compatTable(sources, receivers), {
            maxHaulKm,
            circuityFactor,
          }),
        );
        const want = new Map<string, number>();
        sSites.forEach((s, i) => {
          rSites.forEach((r, j) => {
            if (staticMismatch(s.properties, r.properties) !== undefined) return;
            const km = haulDistanceKm(
              representativePoint(s.geometry),
              representativePoint(r.geometry),
              circuityFactor,
            );
            if (km <= maxHaulKm) want.set(`${i}>${j}`, km);
          });
        });
        expect([...got.keys()].sort()).toEqual([...want.keys()].sort());
        // 1e-9 relative, and 1 µm absolute for points a hair apart.
        for (const [k, km] of want)
          expect(Math.abs((got.get(k) as number) - km)).toBeLessThanOrEqual(1e-9 * km + 1e-9);
      }),
      { numRuns: 150 },
    );
  });

  it("agrees with 'what fits nearby' on which receivers fit a source", { timeout: 30_000 }, () => {
    fc.assert(
      fc.property(instance, ({ ss, rr, maxHaulKm, circuityFactor }) => {
        const sSites = withIds(ss, "s");
        const rSites = withIds(rr, "r");
        const sources = sSites.map(partyOf);
        const receivers = rSites.map(partyOf);
        const arcs = buildGeodesicArcs(sources, receivers, compatTable(sources, receivers), {
          maxHaulKm,
          circuityFactor,
        });
        const params = { ...DEFAULT_PARAMETERS, maxHaulKm, circuityFactor };
        sSites.forEach((s, i) => {
          const fit = fitsNearby(s, [...sSites, ...rSites], { params }).candidates.map(
            (c) => c.site.properties.id,
          );
          const ours = Array.from(
            arcs.receiver.subarray(arcs.start[i], arcs.start[i + 1]),
            (j) => rSites[j]?.properties.id,
          );
          expect(ours.sort()).toEqual(fit.sort());
        });
      }),
      { numRuns: 100 },
    );
  });

  it("decides a pair exactly on the maximum haul as Turf does (inclusive)", () => {
    const s = [source("s", 12.4, 55.6)];
    const r = [receiver("r", 12.4137, 55.9123)];
    const km = haulDistanceKm([12.4, 55.6], [12.4137, 55.9123], 1.3);
    const S = s.map(partyOf);
    const R = r.map(partyOf);
    const t = compatTable(S, R);
    expect(buildGeodesicArcs(S, R, t, { maxHaulKm: km, circuityFactor: 1.3 }).receiver.length).toBe(1);
    expect(
      buildGeodesicArcs(S, R, t, { maxHaulKm: km * (1 - 2e-16), circuityFactor: 1.3 }).receiver.length,
    ).toBe(
      fitsNearby(s[0] as never, [...s, ...r], {
        params: { ...DEFAULT_PARAMETERS, maxHaulKm: km * (1 - 2e-16) },
      }).candidates.length,
    );
  });

  it("handles no sources or no receivers", () => {
    const S = [source("s", 12.4, 55.6)].map(partyOf);
    const none = buildGeodesicArcs(S, [], compatTable(S, []), { maxHaulKm: 60, circuityFactor: 1.3 });
    expect(Array.from(none.start)).toEqual([0, 0]);
  });
});

describe("buildMatrixArcs", () => {
  it("gives the same arcs as the fused geodesic pass when fed the geodesic matrix", async () => {
    const sSites = withIds(fc.sample(sourceSite, { numRuns: 15, seed: 7 }), "s");
    const rSites = withIds(fc.sample(receiverSite, { numRuns: 15, seed: 8 }), "r");
    const S = sSites.map(partyOf);
    const R = rSites.map(partyOf);
    const t = compatTable(S, R);
    const matrix = await geodesicProvider(1.3).matrix(
      S.map((p) => [p.lon, p.lat]),
      R.map((p) => [p.lon, p.lat]),
    );
    const a = pairs(buildMatrixArcs(S, R, t, matrix, 30));
    const b = pairs(buildGeodesicArcs(S, R, t, { maxHaulKm: 30, circuityFactor: 1.3 }));
    expect([...a.keys()].sort()).toEqual([...b.keys()].sort());
    for (const [k, km] of a) expect(km).toBeCloseTo(b.get(k) as number, 9);
  });

  it("skips pairs without a route (non-finite distances)", () => {
    const S = [source("s", 12.4, 55.6)].map(partyOf);
    const R = [receiver("a", 12.4, 55.61), receiver("b", 12.4, 55.62)].map(partyOf);
    const arcs = buildMatrixArcs(S, R, compatTable(S, R), Float64Array.of(Number.NaN, 3), 60);
    expect(Array.from(arcs.receiver)).toEqual([1]);
  });
});

describe("buildGeodesicArcs collecting the solver's first candidates", () => {
  it("picks each source's and each receiver's cheapest arcs by km × perKm + fee, ties by arc order", () => {
    fc.assert(
      fc.property(
        instance,
        fc.integer({ min: 0, max: 4 }),
        fc.integer({ min: 0, max: 3 }),
        fc.boolean(),
        ({ ss, rr, maxHaulKm, circuityFactor }, kS, kR, fees) => {
          const S = withIds(ss, "s").map(partyOf);
          const R = withIds(rr, "r").map(partyOf);
          const fee = fees ? Float64Array.from(R, (_, j) => (j % 3) * 7) : undefined;
          const arcs = buildGeodesicArcs(S, R, compatTable(S, R), {
            maxHaulKm,
            circuityFactor,
            collect: { perSource: kS, perReceiver: kR, perKm: 2, ...(fee ? { fee } : {}) },
          });
          const cost = (a: number) =>
            (arcs.distanceKm[a] as number) * 2 + (fee ? (fee[arcs.receiver[a] as number] as number) : 0);
          const cheapest = (list: number[], k: number) =>
            [...list].sort((x, y) => cost(x) - cost(y) || x - y).slice(0, k);
          const want = new Set<number>();
          const byReceiver = new Map<number, number[]>();
          for (let i = 0; i < S.length; i++) {
            const mine: number[] = [];
            for (let a = arcs.start[i] as number; a < (arcs.start[i + 1] as number); a++) {
              mine.push(a);
              const j = arcs.receiver[a] as number;
              byReceiver.set(j, [...(byReceiver.get(j) ?? []), a]);
            }
            for (const a of cheapest(mine, kS)) want.add(a);
          }
          for (const list of byReceiver.values()) for (const a of cheapest(list, kR)) want.add(a);
          const got = arcs.candidates as NonNullable<typeof arcs.candidates>;
          expect(new Set(got.arcs)).toEqual(want);
          got.arcs.forEach((a, k) => {
            expect(a).toBeGreaterThanOrEqual(arcs.start[got.sources[k] as number] as number);
            expect(a).toBeLessThan(arcs.start[(got.sources[k] as number) + 1] as number);
          });
          const all = Array.from({ length: arcs.receiver.length }, (_, a) => Math.abs(cost(a)));
          expect(got.maxCost).toBe(all.length ? Math.max(...all) : 0);
        },
      ),
      { numRuns: 150 },
    );
  });
});
