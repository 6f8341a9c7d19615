import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { arcsByCost, solveGreedy } from "../../../src/domain/match/greedy";

describe("arcsByCost", () => {
  it("orders arcs by cost, ties by index, exactly as a comparison sort", () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.double({ min: 0, max: 100, noNaN: true }), fc.constantFrom(1, 2, 2.5)), {
          maxLength: 300,
        }),
        (costs) => {
          const c = Float64Array.from(costs);
          const want = costs.map((_, k) => k).sort((a, b) => (c[a] as number) - (c[b] as number) || a - b);
          expect(Array.from(arcsByCost(c))).toEqual(want);
        },
      ),
    );
  });

  it("sorts costs closer together than its buckets", () => {
    const c = Float64Array.of(1e6, 0, 1e-9, 2e-9, 1.5e-9);
    expect(Array.from(arcsByCost(c))).toEqual([1, 2, 4, 3, 0]);
  });
});

describe("solveGreedy", () => {
  it("takes the cheapest pair first, as much as both sides allow", () => {
    const g = solveGreedy({
      supplyTonnes: Float64Array.of(10, 10),
      capacityTonnes: Float64Array.of(12, 20),
      arcStart: Int32Array.of(0, 2, 4),
      arcReceiver: Int32Array.of(0, 1, 0, 1),
      arcCost: Float64Array.of(1, 5, 2, 3),
    });
    // A→r0 10 (cost 1), B→r0 2 (cost 2), B→r1 8 (cost 3).
    expect(Array.from(g.flowArcs)).toEqual([0, 2, 3]);
    expect(Array.from(g.flowTonnes)).toEqual([10, 2, 8]);
    expect(g.placedTonnes).toBe(20);
    expect(g.cost).toBe(10 + 4 + 24);
  });
});
