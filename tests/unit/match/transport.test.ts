import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { solveGreedy } from "../../../src/domain/match/greedy";
import { chooseQuantum, solveTransport, type TransportProblem } from "../../../src/domain/match/transport";
import { lexicographicLp } from "./highsReference";
import { randomProblem } from "./randomProblem";

const spec = fc.record({
  ns: fc.integer({ min: 1, max: 12 }),
  nr: fc.integer({ min: 1, max: 12 }),
  seed: fc.integer({ min: 1, max: 2 ** 31 - 1 }),
  density: fc.double({ min: 0.1, max: 1, noNaN: true }),
  wholeTonnes: fc.boolean(),
  ties: fc.boolean(),
  capacityRatio: fc.constantFrom(0.3, 0.8, 1, 1.2, 3),
});
const settings = fc.record({
  candidatesPerSource: fc.integer({ min: 0, max: 3 }),
  candidatesPerReceiver: fc.integer({ min: 0, max: 1 }),
  start: fc.constantFrom("greedy" as const, "pivots" as const),
  pricing: fc.constantFrom("list" as const, "block" as const),
});

const rel = (a: number, b: number) => Math.abs(a - b) / Math.max(1, Math.abs(b));

function checkFeasible(p: TransportProblem, flowArcs: Int32Array, flowTonnes: Float64Array) {
  const out = new Float64Array(p.supplyTonnes.length);
  const inn = new Float64Array(p.capacityTonnes.length);
  flowArcs.forEach((a, k) => {
    expect(a).toBeGreaterThanOrEqual(0);
    expect(a).toBeLessThan(p.arcReceiver.length); // only allowed arcs exist in the list
    let i = 0;
    while ((p.arcStart[i + 1] as number) <= a) i++;
    out[i] = (out[i] as number) + (flowTonnes[k] as number);
    inn[p.arcReceiver[a] as number] = (inn[p.arcReceiver[a] as number] as number) + (flowTonnes[k] as number);
    expect(flowTonnes[k]).toBeGreaterThan(0);
  });
  out.forEach((t, i) => {
    expect(t).toBeLessThanOrEqual((p.supplyTonnes[i] as number) * (1 + 1e-12) + 1e-6);
  });
  inn.forEach((t, j) => {
    expect(t).toBeLessThanOrEqual((p.capacityTonnes[j] as number) * (1 + 1e-12) + 1e-6);
  });
}

describe("solveTransport", () => {
  it("equals the HiGHS optimum (most tonnes, then least cost) and beats greedy, on random instances", {
    timeout: 30_000,
  }, async () => {
    await fc.assert(
      fc.asyncProperty(spec, settings, async (s, opts) => {
        const p = randomProblem(s);
        const sol = solveTransport(p, opts);
        const lp = await lexicographicLp(p);
        expect(rel(sol.placedTonnes, lp.placedTonnes)).toBeLessThan(1e-6);
        expect(rel(sol.cost, lp.cost)).toBeLessThan(1e-6);
        checkFeasible(p, sol.flowArcs, sol.flowTonnes);
        const g = solveGreedy(p);
        expect(sol.placedTonnes).toBeGreaterThanOrEqual(g.placedTonnes - 1e-6);
        if (Math.abs(sol.placedTonnes - g.placedTonnes) <= 1e-6)
          expect(sol.cost).toBeLessThanOrEqual(g.cost + 1e-6);
      }),
      { numRuns: 80 },
    );
  });

  it("returns duals that certify the optimum on every allowed arc", { timeout: 30_000 }, () => {
    fc.assert(
      fc.property(spec, (s) => {
        const p = randomProblem(s);
        const sol = solveTransport(p, { candidatesPerSource: 1, candidatesPerReceiver: 0 });
        const ns = p.supplyTonnes.length;
        const used = new Set(sol.flowArcs);
        for (let i = 0; i < ns; i++) {
          for (let a = p.arcStart[i] as number; a < (p.arcStart[i + 1] as number); a++) {
            const v = ns + (p.arcReceiver[a] as number);
            const rm = (sol.potentialM[i] as number) - (sol.potentialM[v] as number);
            const rc =
              (p.arcCost[a] as number) + (sol.potentialC[i] as number) - (sol.potentialC[v] as number);
            // Reduced cost ≥ 0 lexicographically, and 0 on arcs with flow.
            expect(rm < 0 || (rm === 0 && rc < -1e-6)).toBe(false);
            if (used.has(a)) expect(rm === 0 && Math.abs(rc) < 1e-6).toBe(true);
          }
        }
      }),
      { numRuns: 100 },
    );
  });

  it("solves a hand-made case: the contested receiver goes to the source that saves most", () => {
    // Sources A (10 t) and B (10 t); receiver near takes 10 t, far takes 20 t.
    // A: near 1, far 5 (saves 4); B: near 2, far 3 (saves 1) → A to near, B to far.
    const p: TransportProblem = {
      supplyTonnes: Float64Array.of(10, 10),
      capacityTonnes: Float64Array.of(10, 20),
      arcStart: Int32Array.of(0, 2, 4),
      arcReceiver: Int32Array.of(0, 1, 0, 1),
      arcCost: Float64Array.of(1, 5, 2, 3),
    };
    const sol = solveTransport(p);
    expect(Array.from(sol.flowArcs)).toEqual([0, 3]);
    expect(Array.from(sol.flowTonnes)).toEqual([10, 10]);
    expect(sol.cost).toBe(40);
    // Greedy happens to agree here: A→near (cost 1) first, then B can only go far.
    expect(solveGreedy(p).cost).toBe(40);
  });

  it("places the most tonnes before it looks at cost", () => {
    // Source A can go to r0 (cheap) or r1 (dear); B only to r0. Max placement forces A to r1.
    const p: TransportProblem = {
      supplyTonnes: Float64Array.of(5, 5),
      capacityTonnes: Float64Array.of(5, 5),
      arcStart: Int32Array.of(0, 2, 3),
      arcReceiver: Int32Array.of(0, 1, 0),
      arcCost: Float64Array.of(1, 100, 50),
    };
    const sol = solveTransport(p);
    expect(sol.placedTonnes).toBe(10);
    expect(sol.cost).toBe(5 * 100 + 5 * 50);
    expect(solveGreedy(p).placedTonnes).toBe(5); // greedy fills r0 with A and strands B
  });

  it("handles no arcs, no supply and no receivers", () => {
    const none = solveTransport({
      supplyTonnes: Float64Array.of(3),
      capacityTonnes: Float64Array.of(4),
      arcStart: Int32Array.of(0, 0),
      arcReceiver: new Int32Array(0),
      arcCost: new Float64Array(0),
    });
    expect(none.placedTonnes).toBe(0);
    expect(none.flowArcs.length).toBe(0);
    const empty = solveTransport({
      supplyTonnes: new Float64Array(0),
      capacityTonnes: new Float64Array(0),
      arcStart: Int32Array.of(0),
      arcReceiver: new Int32Array(0),
      arcCost: new Float64Array(0),
    });
    expect(empty.placedTonnes).toBe(0);
  });

  it("does not mutate the problem", () => {
    const p = randomProblem({
      ns: 6,
      nr: 5,
      seed: 3,
      density: 0.7,
      wholeTonnes: false,
      ties: true,
      capacityRatio: 1,
    });
    const copy = structuredClone(p);
    solveTransport(p);
    expect(p).toEqual(copy);
  });

  it("checks in between slices of pivots, so a caller can cancel", () => {
    const p = randomProblem({
      ns: 12,
      nr: 12,
      seed: 9,
      density: 1,
      wholeTonnes: true,
      ties: false,
      capacityRatio: 1,
    });
    expect(() =>
      solveTransport(p, {
        checkpoint: () => {
          throw new DOMException("stop", "AbortError");
        },
      }),
    ).toThrow("stop");
  });
});

describe("chooseQuantum", () => {
  it("keeps 1 g while totals fit in 2^50 quanta, else coarsens by tens", () => {
    expect(chooseQuantum(1e6)).toBe(1e-6);
    expect(chooseQuantum(2e9)).toBeCloseTo(1e-5, 15);
    expect(chooseQuantum(5, 0.5)).toBe(0.5);
  });
});

describe("solveTransport with candidates from the arc pass", () => {
  it("reaches the same optimum as when it picks them itself", () => {
    fc.assert(
      fc.property(spec, fc.integer({ min: 1, max: 5 }), (s, k) => {
        const p = randomProblem(s);
        const own = solveTransport(p);
        // Each source's first k arcs, in any order: only the start differs.
        const arcs: number[] = [];
        const sources: number[] = [];
        for (let i = 0; i < p.supplyTonnes.length; i++) {
          for (
            let a = p.arcStart[i] as number;
            a < Math.min(p.arcStart[i + 1] as number, (p.arcStart[i] as number) + k);
            a++
          ) {
            arcs.push(a, a); // repeats are dropped
            sources.push(i, i);
          }
        }
        const given = solveTransport(p, {
          candidates: { arcs: Int32Array.from(arcs), sources: Int32Array.from(sources), maxCost: 80 },
        });
        expect(rel(given.placedTonnes, own.placedTonnes)).toBeLessThan(1e-9);
        expect(rel(given.cost, own.cost)).toBeLessThan(1e-9);
      }),
      { numRuns: 100 },
    );
  });
});
