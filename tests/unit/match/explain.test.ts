import { describe, expect, it } from "vitest";
import { buildGeodesicArcs } from "../../../src/domain/match/arcs";
import { compatTable } from "../../../src/domain/match/compat";
import { explainSources } from "../../../src/domain/match/explain";
import { geodesicOracle } from "../../../src/domain/match/oracle";
import { solveTransport } from "../../../src/domain/match/transport";
import type { Site } from "../../../src/domain/site";
import { receiver, source } from "../helpers";
import { partyOf } from "./arbitraries";
import { meridianHaulKm } from "./fixtures";

function explain(sSites: Site[], rSites: Site[], maxHaulKm = 60) {
  const S = sSites.map(partyOf);
  const R = rSites.map(partyOf);
  const compat = compatTable(S, R);
  const arcs = buildGeodesicArcs(S, R, compat, { maxHaulKm, circuityFactor: 1.3 });
  const sol = solveTransport({
    supplyTonnes: Float64Array.from(S, (s) => s.tonnes),
    capacityTonnes: Float64Array.from(R, (r) => r.tonnes),
    arcStart: arcs.start,
    arcReceiver: arcs.receiver,
    arcCost: arcs.distanceKm,
  });
  return explainSources({
    sources: S,
    receivers: R,
    arcs,
    arcCost: arcs.distanceKm,
    flowArcs: sol.flowArcs,
    flowTonnes: sol.flowTonnes,
    potentialM: sol.potentialM,
    potentialC: sol.potentialC,
    compat,
    oracle: geodesicOracle(S, R, [], 1.3),
    maxHaulKm,
    toleranceTonnes: 1e-7,
  });
}

describe("explainSources", () => {
  it("says who took the capacity when every receiver in range is full", () => {
    // A and B both reach "near" (100 t); only A reaches "far"... no: "near" is A's only one.
    const e = explain(
      [source("A", 12.4, 55.6, { quantity: 100 }), source("B", 12.4, 55.62, { quantity: 100 })],
      [receiver("near", 12.4, 55.61, { quantity: 100 })],
    );
    const placed = e.filter((x) => x.placedTonnes > 0);
    const left = e.find((x) => x.unplacedTonnes > 0);
    expect(placed).toHaveLength(1);
    expect(left?.unplacedReason).toBe("capacity_taken");
    expect(left?.unplacedTonnes).toBe(100);
    expect(left?.fullReceivers?.[0]?.receiverId).toBe("near");
    expect(left?.fullReceivers?.[0]?.takenBy).toEqual([{ sourceId: placed[0]?.sourceId, tonnes: 100 }]);
    expect(left?.unplacedDetail).toMatch(/full/);
  });

  it("tells dates apart from material and class", () => {
    const e = explain(
      [
        source("late", 12.4, 55.6, { availableFrom: "2027-01-01" }),
        source("dirty", 12.4, 55.6, { soilClass: 3 }),
      ],
      [receiver("r", 12.4, 55.61, { availableTo: "2026-12-31" })],
    );
    expect(e.map((x) => x.unplacedReason)).toEqual(["dates", "no_compatible_receiver"]);
  });

  it("prices the next-best receiver with the duals: the extra cost of sending a tonne there", () => {
    // S (100 t) → a (0.01°) fills it; b is 0.03° away with room. Moving one tonne from a to b
    // costs the difference of the two hauls.
    const e = explain(
      [source("S", 12.4, 55.6, { quantity: 100 })],
      [receiver("a", 12.4, 55.61, { quantity: 500 }), receiver("b", 12.4, 55.63, { quantity: 500 })],
    );
    const alt = e[0]?.alternative;
    expect(e[0]?.destinations).toEqual([
      { receiverId: "a", tonnes: 100, distanceKm: expect.any(Number), costPerTonne: expect.any(Number) },
    ]);
    expect(alt?.receiverId).toBe("b");
    expect(alt?.extraCostPerTonne).toBeCloseTo(meridianHaulKm(0.02), 9);
    expect(alt?.directExtraPerTonne).toBeCloseTo(meridianHaulKm(0.02), 9);
    expect(alt?.displacesOthers).toBe(false);
  });

  it("counts the knock-on cost when the alternative pushes another source out of its place", () => {
    // X is alone at a (0.01°); Y can only use a too... Y at b. Extra for X to b includes nothing
    // else; but for a contested receiver the marginal cost exceeds the direct difference.
    const e = explain(
      [source("X", 12.4, 55.6, { quantity: 100 }), source("Y", 12.4, 55.7, { quantity: 100 })],
      [receiver("a", 12.4, 55.61, { quantity: 100 }), receiver("b", 12.4, 55.69, { quantity: 100 })],
    );
    // X→b directly costs 0.09° − 0.01° more, and sends Y from b (0.01°) to a (0.09°).
    const x = e.find((s) => s.sourceId === "X");
    expect(x?.alternative?.receiverId).toBe("b");
    expect(x?.alternative?.directExtraPerTonne).toBeCloseTo(meridianHaulKm(0.08), 9);
    expect(x?.alternative?.extraCostPerTonne).toBeCloseTo(meridianHaulKm(0.16), 9);
  });

  it("names the nearest receiver beyond the maximum haul", () => {
    const e = explain(
      [source("S", 12.4, 55.6)],
      [receiver("far", 12.4, 56.2), receiver("farther", 12.4, 56.4)],
      20,
    );
    expect(e[0]).toMatchObject({
      unplacedReason: "no_receiver_in_range",
      nearestOutOfRange: { receiverId: "far" },
    });
  });
});
