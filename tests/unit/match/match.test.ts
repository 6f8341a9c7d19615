import { describe, expect, it } from "vitest";
import { copenhagenSites } from "../../../bench/lib/matchInstances";
import { staticMismatch } from "../../../src/domain/compatibility";
import { haulDistanceKm, representativePoint } from "../../../src/domain/distance";
import { matchSitesSync, runMatch } from "../../../src/domain/match/match";
import type { MatchResult } from "../../../src/domain/match/types";
import type { Site } from "../../../src/domain/site";
import { receiver, source } from "../helpers";
import { fixtureSites, meridianHaulKm } from "./fixtures";

const sites = fixtureSites("hand.geojson");
const byId = new Map(sites.map((s) => [s.properties.id, s]));
const flowOf = (r: MatchResult) =>
  Object.fromEntries(r.flows.map((f) => [`${f.sourceId}>${f.receiverId}`, Math.round(f.tonnes * 1e6) / 1e6]));

describe("matchSitesSync on the hand-made fixture", () => {
  const r = matchSitesSync(sites);

  it("places the most tonnes, then the least tonne-km, as worked out by hand", () => {
    // R2 (1000 m³ = 1650 t) is contested: S3's crushed concrete can only go there (300 t); S1
    // saves more by going there (0.14° vs D1) than S2 (0.06°), so S1's 600 t left after the
    // dispensed pit P1 (400 t) go to R2 and S2 fills the remaining 750 t; S2's last 175 t go
    // to the depot D1. S2's 500 m³ of clay are 925 t (1.85 t/m³).
    expect(flowOf(r)).toEqual({ "S1>P1": 400, "S1>R2": 600, "S2>R2": 750, "S2>D1": 175, "S3>R2": 300 });
    expect(r.matchedTonnes).toBeCloseTo(2225, 9);
    expect(r.unmatchedTonnes).toBeCloseTo(200, 9); // S4 (klasse 4 fill): only L1 takes it, 98 km away
    const tkm = (300 * 0.01 + 400 * 0.01 + 600 * 0.06 + 750 * 0.04 + 175 * 0.1) * meridianHaulKm(1);
    expect(r.totalTonneKm).toBeCloseTo(tkm, 6);
    expect(r.objectiveValue).toBeCloseTo(tkm, 6);
    expect(r.totalCo2eKg).toBeCloseTo(tkm * 0.095, 6);
    expect(r.status).toBe("optimal");
  });

  it("respects windows inclusively: S1 (to 30 June) meets R2 (from 30 June) but not R1 (Jan-Feb)", () => {
    expect(r.flows.some((f) => f.sourceId === "S1" && f.receiverId === "R2")).toBe(true);
    expect(r.flows.some((f) => f.receiverId === "R1")).toBe(false);
  });

  it("never uses a pit without §52 dispensation as a receiver, and uses the dispensed one", () => {
    expect(r.flows.some((f) => f.receiverId === "P2")).toBe(false);
    expect(r.flows.some((f) => f.receiverId === "P1")).toBe(true);
  });

  it("uses only pairs that 'what fits nearby' also allows, at its haul distance", () => {
    for (const f of r.flows) {
      const s = byId.get(f.sourceId) as Site;
      const t = byId.get(f.receiverId) as Site;
      expect(staticMismatch(s.properties, t.properties)).toBeUndefined();
      const km = haulDistanceKm(representativePoint(s.geometry), representativePoint(t.geometry), 1.3);
      expect(Math.abs(f.distanceKm - km) / km).toBeLessThan(1e-9);
      expect(f.distanceKm).toBeLessThanOrEqual(60);
    }
  });

  it("keeps no source over its surplus and no receiver over its capacity", () => {
    const cap: Record<string, number> = { R1: 600, R2: 1650, P1: 400, D1: 10000, L1: 5000 };
    const sur: Record<string, number> = { S1: 1000, S2: 925, S3: 300, S4: 200 };
    const out: Record<string, number> = {};
    const inn: Record<string, number> = {};
    for (const f of r.flows) {
      out[f.sourceId] = (out[f.sourceId] ?? 0) + f.tonnes;
      inn[f.receiverId] = (inn[f.receiverId] ?? 0) + f.tonnes;
    }
    for (const [id, t] of Object.entries(out)) expect(t).toBeLessThanOrEqual((sur[id] as number) + 1e-6);
    for (const [id, t] of Object.entries(inn)) expect(t).toBeLessThanOrEqual((cap[id] as number) + 1e-6);
  });

  it("runs greedy (nearest pair first) on the same arcs: it strands the better use of R2", () => {
    // Greedy: S1>P1 400, S3>R2 300, S2>R2 925, S1>R2 425, then S1's last 175 t to D1.
    expect(flowOf({ ...r, flows: r.greedy.flows })).toEqual({
      "S1>P1": 400,
      "S3>R2": 300,
      "S2>R2": 925,
      "S1>R2": 425,
      "S1>D1": 175,
    });
    expect(r.greedy.totalTonneKm).toBeCloseTo((3 + 4 + 37 + 25.5 + 35) * meridianHaulKm(1), 6);
    expect(r.greedy.totalTonneKm).toBeGreaterThan(r.totalTonneKm);
  });

  it("keeps reuse and disposal apart and counts virgin replaced only where virgin would go", () => {
    expect(r.totals.reusedTonnes).toBeCloseTo(2050, 9); // R2 and the dispensed pit
    expect(r.totals.disposedTonnes).toBeCloseTo(175, 9); // the depot
    expect(r.totals.reuseRate).toBeCloseTo(2050 / 2425, 12);
    expect(r.totals.virginReplacedTonnes).toBeCloseTo(1650, 9); // R2 only: pit P1 is not a project
    expect(r.totals.virginReplacedM3).toBeCloseTo(1000, 9);
    expect(r.totals.truckLoads).toBe(16 + 24 + 30 + 12 + 7);
  });

  it("compares against business as usual: nearest depot or landfill, virgin from the nearest pit", () => {
    // BAU: S1 → D1 (0.2°), S2 → D1 (0.1°), S4 → L1 (0.68°, no maximum haul); S3's crushed concrete
    // has no depot; R2's 1650 t come from pit P2 (0.065° away, nearer than P1).
    const bauTkm = (1000 * 0.2 + 925 * 0.1 + 200 * 0.68 + 1650 * 0.065) * meridianHaulKm(1);
    expect(r.baseline.totalTonneKm).toBeCloseTo(bauTkm, 4);
    expect(r.baseline.matchedTonnes).toBeCloseTo(2125, 9);
    expect(r.comparison.baseline.unplacedTonnes).toBeCloseTo(300, 9);
    // On the common footing the optimum also sends S4 to L1.
    expect(r.comparison.optimum.tonneKm).toBeCloseTo(r.totalTonneKm + 200 * 0.68 * meridianHaulKm(1), 4);
    expect(r.comparison.savingVsBaseline.virginTonnes).toBeCloseTo(1650, 9);
    expect(r.comparison.savingVsBaseline.tonneKm).toBeCloseTo(bauTkm - r.comparison.optimum.tonneKm, 6);
    expect(r.comparison.notes.join(" ")).toMatch(/no accepting depot or landfill/);
  });

  it("explains each source: destinations, the next-best receiver, and why soil stays unplaced", () => {
    const s4 = r.sources.find((s) => s.sourceId === "S4");
    expect(s4?.unplacedReason).toBe("no_receiver_in_range");
    expect(s4?.nearestOutOfRange?.receiverId).toBe("L1");
    expect(s4?.nearestOutOfRange?.distanceKm).toBeCloseTo(meridianHaulKm(0.68), 6);
    const s2 = r.sources.find((s) => s.sourceId === "S2");
    expect(s2?.destinations.map((d) => d.receiverId).sort()).toEqual(["D1", "R2"]);
    const s3 = r.sources.find((s) => s.sourceId === "S3");
    expect(s3?.alternative).toBeUndefined(); // R2 is its only allowed receiver
  });

  it("lists the assumptions beside the numbers", () => {
    expect(r.assumptions).toMatchObject({
      objective: "tkm",
      circuityFactor: 1.3,
      maxHaulKm: 60,
      truckLoadTonnes: 25,
      co2eKgPerTonneKm: 0.095,
      averageSoilDensityTPerM3: 1.65,
    });
    expect(r.assumptions.densityTPerM3.clay).toBe(1.85);
  });

  it("reports and leaves out sites with a non-positive quantity", () => {
    expect(r.excluded).toEqual([
      { id: "Z0", index: 10, reason: "non_positive_quantity", message: "quantity 0 t is not positive" },
    ]);
  });

  it("gives a result that survives structured clone and does not mutate its input", () => {
    const before = JSON.stringify(sites);
    const again = matchSitesSync(sites);
    expect(JSON.stringify(sites)).toBe(before);
    expect(structuredClone(again)).toEqual(again);
  });
});

describe("matchSitesSync options", () => {
  it("follows the maximum haul and circuity", () => {
    const r = matchSitesSync(sites, { params: { maxHaulKm: 10, circuityFactor: 1 } });
    // 10 km at circuity 1 is 0.0899°: S1>P1 (0.01°), S3>R2 (0.01°), S2>R2 (0.04°), S1>R2 (0.06°).
    expect(Object.keys(flowOf(r)).sort()).toEqual(["S1>P1", "S1>R2", "S2>R2", "S3>R2"]);
    expect(r.flows.every((f) => f.distanceKm <= 10)).toBe(true);
  });

  it("minimises CO2e with the factor given (same plan as tonne-km, scaled objective)", () => {
    const r = matchSitesSync(sites, { objective: "co2", params: { co2eKgPerTonneKm: 0.2 } });
    expect(r.objectiveValue).toBeCloseTo(r.totalTonneKm * 0.2, 6);
    expect(r.totalCo2eKg).toBeCloseTo(r.totalTonneKm * 0.2, 6);
  });

  it("minimises cost with gate fees: a dear receiver loses to a cheap one further away", () => {
    const s = [
      source("S", 12.4, 55.6, { quantity: 100, material: "clay", soilClass: 1 }),
      receiver("near", 12.4, 55.61, { quantity: 100, receiverType: "depot", acceptedClasses: [0, 1, 2] }),
      receiver("far", 12.4, 55.7, { quantity: 100, receiverType: "landscaping" }),
    ];
    const tkm = matchSitesSync(s);
    expect(tkm.flows.map((f) => f.receiverId)).toEqual(["near"]);
    const cost = matchSitesSync(s, { objective: "cost" });
    // near: 1.45 km × 1.6 + 60 (depot) ≫ far: 14.5 km × 1.6 + 0.
    expect(cost.flows.map((f) => f.receiverId)).toEqual(["far"]);
    expect(cost.objectiveValue).toBeCloseTo(100 * meridianHaulKm(0.1) * 1.6, 6);
    const pricey = matchSitesSync(s, { objective: "cost", params: { haulPriceDkkPerTonneKm: 10 } });
    expect(pricey.flows.map((f) => f.receiverId)).toEqual(["near"]);
  });

  it("pro-rates quantities to a year by the days of each window in it", () => {
    const s = [
      source("S", 12.4, 55.6, { quantity: 3650, availableFrom: "2025-07-01", availableTo: "2026-06-30" }),
      receiver("R", 12.4, 55.61, { quantity: 100000 }),
    ];
    // 181 of the window's 365 days fall in 2026; the open-ended receiver counts in full.
    const r = matchSitesSync(s, { year: 2026 });
    expect(r.matchedTonnes).toBeCloseTo((3650 * 181) / 365, 9);
    expect(r.assumptions.year).toBe(2026);
    const none = matchSitesSync(s, { year: 2028 });
    expect(none.status).toBe("empty");
    expect(none.excluded.map((e) => [e.id, e.reason])).toEqual([["S", "outside_year"]]);
  });

  it("gives an empty match with the reason, not an error, when nothing is feasible", () => {
    const r = matchSitesSync([
      source("S", 12.4, 55.6, { soilClass: 3 }),
      receiver("R", 12.4, 55.61, { acceptedClasses: [0, 1] }),
    ]);
    expect(r.status).toBe("empty");
    expect(r.flows).toEqual([]);
    expect(r.emptyReason).toMatch(/1: material or class/);
    expect(r.sources[0]?.unplacedReason).toBe("no_compatible_receiver");
    expect(matchSitesSync([]).emptyReason).toMatch(/No source/);
    expect(matchSitesSync([source("S", 12, 55)]).emptyReason).toMatch(/No receiver/);
  });
});

describe("runMatch", () => {
  it("reports progress through the phases and resolves to the same result as the sync run", async () => {
    const phases: string[] = [];
    const r = await runMatch(sites, { onProgress: (f, p) => phases.push(`${p}:${f >= 0 && f <= 1}`) });
    expect(r.flows).toEqual(matchSitesSync(sites).flows);
    expect(phases[0]).toBe("screen:true");
    expect(phases.at(-1)).toBe("done:true");
    expect(phases).toContain("solve:true");
  });

  it("rejects with an AbortError when cancelled, before or during the run", async () => {
    const pre = new AbortController();
    pre.abort();
    await expect(runMatch(sites, { signal: pre.signal })).rejects.toMatchObject({ name: "AbortError" });
    const mid = new AbortController();
    const run = runMatch(sites, {
      signal: mid.signal,
      onProgress: (_, phase) => {
        if (phase === "solve") mid.abort();
      },
    });
    await expect(run).rejects.toMatchObject({ name: "AbortError" });
    expect(() => matchSitesSync(sites, { signal: pre.signal })).toThrow(
      expect.objectContaining({ name: "AbortError" }),
    );
  });

  it("stops inside the solve, between rounds, once cancelled, and reports nothing when cancelled up front", async () => {
    const many = copenhagenSites(80, 3, { dispensedPits: false });
    const ctl = new AbortController();
    let solveCallsAfterAbort = 0;
    expect(() =>
      matchSitesSync(many, {
        signal: ctl.signal,
        params: { maxHaulKm: 40 },
        onProgress: (f, phase) => {
          if (phase !== "solve" || f <= 0.25) return;
          if (ctl.signal.aborted) solveCallsAfterAbort++;
          ctl.abort();
        },
      }),
    ).toThrow(expect.objectContaining({ name: "AbortError" }));
    expect(solveCallsAfterAbort).toBe(0);
    const pre = new AbortController();
    pre.abort();
    const calls: string[] = [];
    await expect(
      runMatch(sites, { signal: pre.signal, onProgress: (_, p) => calls.push(p) }),
    ).rejects.toMatchObject({ name: "AbortError" });
    expect(calls).toEqual([]);
  });

  it("uses a road-distance provider's matrices when one is configured", async () => {
    const calls: number[][] = [];
    const provider = {
      id: "fake",
      label: "fake road",
      async matrix(from: readonly (readonly [number, number])[], to: readonly (readonly [number, number])[]) {
        calls.push([from.length, to.length]);
        // 1 km per 0.01° of latitude, flat.
        return Float64Array.from(
          { length: from.length * to.length },
          (_, k) =>
            Math.abs((from[Math.floor(k / to.length)]?.[1] ?? 0) - (to[k % to.length]?.[1] ?? 0)) * 100,
        );
      },
    };
    const r = await runMatch(sites, { distance: provider });
    expect(calls).toEqual([
      [4, 5],
      [5, 2],
    ]);
    expect(r.assumptions.distance).toBe("fake road");
    expect(r.totalTonneKm).toBeCloseTo(300 * 1 + 400 * 1 + 600 * 6 + 750 * 4 + 175 * 10, 6);
    expect(() => matchSitesSync(sites, { distance: provider })).toThrow(/runMatch/);
  });
});
