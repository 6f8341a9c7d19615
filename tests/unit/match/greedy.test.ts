import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { arcsByCost, arcsByCostPerSource, solveGreedy } from "../../../src/domain/match/greedy";
import { randomProblem } from "./randomProblem";

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

  it("keeps ties in index order even in a crowded bucket", () => {
    expect(Array.from(arcsByCost(new Float64Array(100).fill(3)))).toEqual(
      Array.from({ length: 100 }, (_, k) => k),
    );
  });

  it("copes with a range of costs too small to scale (denormals)", () => {
    expect(Array.from(arcsByCost(Float64Array.of(5e-324, 0, 5e-324)))).toEqual([1, 0, 2]);
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

describe("arcsByCostPerSource", () => {
  it("orders each source's arcs by cost, ties by index", () => {
    const start = Int32Array.of(0, 3, 3, 7);
    const cost = Float64Array.of(5, 1, 1, 2, 2, 0.5, 1e-12);
    expect(Array.from(arcsByCostPerSource(start, cost))).toEqual([1, 2, 0, 6, 5, 3, 4]);
  });
});

describe("solveGreedy (heap of each source's cheapest offer)", () => {
  it("allocates exactly as a global cheapest-first sort would", () => {
    fc.assert(
      fc.property(
        fc.record({
          ns: fc.integer({ min: 1, max: 15 }),
          nr: fc.integer({ min: 1, max: 15 }),
          seed: fc.integer({ min: 1, max: 2 ** 31 - 1 }),
          density: fc.double({ min: 0.1, max: 1, noNaN: true }),
          wholeTonnes: fc.boolean(),
          ties: fc.boolean(),
          capacityRatio: fc.constantFrom(0.5, 1, 2),
        }),
        (spec) => {
          const p = randomProblem(spec);
          const order = arcsByCost(p.arcCost);
          const leftS = Float64Array.from(p.supplyTonnes);
          const leftR = Float64Array.from(p.capacityTonnes);
          const flows = new Map<number, number>();
          for (const a of order) {
            let i = 0;
            while ((p.arcStart[i + 1] as number) <= a) i++;
            const j = p.arcReceiver[a] as number;
            const f = Math.min(leftS[i] as number, leftR[j] as number);
            if (f <= 0) continue;
            leftS[i] = (leftS[i] as number) - f;
            leftR[j] = (leftR[j] as number) - f;
            flows.set(a, f);
          }
          const g = solveGreedy(p);
          expect(new Map(Array.from(g.flowArcs, (a, k) => [a, g.flowTonnes[k] as number]))).toEqual(flows);
        },
      ),
      { numRuns: 300 },
    );
  });
});
