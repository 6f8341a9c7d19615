import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bestAlternatives, type MarginalInput } from "../../../src/domain/match/marginal";
import { solveTransport, type TransportProblem } from "../../../src/domain/match/transport";
import { lexicographicLp } from "./highsReference";
import { randomProblem } from "./randomProblem";

const spec = fc.record({
  ns: fc.integer({ min: 1, max: 6 }),
  nr: fc.integer({ min: 1, max: 6 }),
  seed: fc.integer({ min: 1, max: 2 ** 31 - 1 }),
  density: fc.double({ min: 0.3, max: 1, noNaN: true }),
  wholeTonnes: fc.constant(true),
  ties: fc.boolean(),
  capacityRatio: fc.constantFrom(0.5, 1, 2),
});

function input(p: TransportProblem, extra: Partial<MarginalInput> = {}) {
  const sol = solveTransport(p, { candidatesPerSource: 1, candidatesPerReceiver: 0 });
  const alts = bestAlternatives({
    arcs: { start: p.arcStart, receiver: p.arcReceiver, distanceKm: p.arcCost },
    arcCost: p.arcCost,
    supplyTonnes: p.supplyTonnes,
    capacityTonnes: p.capacityTonnes,
    flowArcs: sol.flowArcs,
    flowTonnes: sol.flowTonnes,
    potentialM: sol.potentialM,
    potentialC: sol.potentialC,
    toleranceTonnes: 1e-7,
    ...extra,
  });
  return { sol, alts };
}

describe("bestAlternatives", () => {
  it("gives the extra cost of forcing a tonne onto the best alternative, the rest re-optimised (HiGHS)", {
    timeout: 30_000,
  }, async () => {
    await fc.assert(
      fc.asyncProperty(spec, async (s) => {
        const p = randomProblem(s);
        const { sol, alts } = input(p);
        // Whole tonnes everywhere: every residual capacity is at least 1 t, so forcing 1 t
        // stays on the first linear piece of the re-optimised cost.
        const tol = 1e-7 * Math.abs(sol.cost) + 1e-6;
        for (let i = 0; i < p.supplyTonnes.length; i++) {
          const alt = alts[i];
          if (!alt || alt.arc < 0) continue;
          expect(alt.kind).toBe("exact");
          for (let a = p.arcStart[i] as number; a < (p.arcStart[i + 1] as number); a++) {
            if (sol.flowArcs.includes(a)) continue;
            const forced = await lexicographicLp(p, { arc: a, tonnes: 1 });
            const keeps = forced.placedTonnes >= sol.placedTonnes - 1e-7;
            if (a === alt.arc) expect(keeps).toBe(!alt.displacesOthers);
            if (!keeps) continue;
            const extra = forced.cost - sol.cost;
            // The reported one costs that much; no other alternative costs less.
            if (a === alt.arc) expect(Math.abs(extra - alt.extraCostPerTonne)).toBeLessThan(tol);
            else if (!alt.displacesOthers) expect(extra).toBeGreaterThanOrEqual(alt.extraCostPerTonne - tol);
          }
        }
      }),
      { numRuns: 30 },
    );
  });

  it("matches re-solves with one tonne forced onto each unused arc, on larger instances", {
    timeout: 30_000,
  }, () => {
    // The engine is exact (checked against HiGHS elsewhere), so it serves as the oracle here:
    // forcing a tonne on i→j = shipping it first (supply and capacity one less), then solving.
    fc.assert(
      fc.property(spec, fc.integer({ min: 4, max: 12 }), (s, n) => {
        const p = randomProblem({ ...s, ns: n, nr: n });
        const { sol, alts } = input(p);
        const used = new Set(sol.flowArcs);
        for (let i = 0; i < n; i++) {
          const alt = alts[i];
          if (!alt || alt.arc < 0 || alt.displacesOthers) continue;
          for (let a = p.arcStart[i] as number; a < (p.arcStart[i + 1] as number); a++) {
            if (used.has(a)) continue;
            const j = p.arcReceiver[a] as number;
            const supply = Float64Array.from(p.supplyTonnes);
            const capacity = Float64Array.from(p.capacityTonnes);
            supply[i] = (supply[i] as number) - 1;
            capacity[j] = (capacity[j] as number) - 1;
            const forced = solveTransport({ ...p, supplyTonnes: supply, capacityTonnes: capacity });
            if (forced.placedTonnes + 1 < sol.placedTonnes - 1e-9) continue; // would unplace soil
            const extra = forced.cost + (p.arcCost[a] as number) - sol.cost;
            if (a === alt.arc) expect(extra).toBeCloseTo(alt.extraCostPerTonne, 6);
            else expect(extra).toBeGreaterThanOrEqual(alt.extraCostPerTonne - 1e-6);
          }
        }
      }),
      { numRuns: 60 },
    );
  });

  it("agrees with itself on larger instances however the work is capped, bounds never above the value", {
    timeout: 30_000,
  }, () => {
    fc.assert(
      fc.property(spec, fc.integer({ min: 8, max: 16 }), (s, n) => {
        const p = randomProblem({ ...s, ns: n, nr: n });
        const full = input(p).alts;
        const cut = input(p, { workBudget: 3 }).alts;
        cut.forEach((c, i) => {
          const f = full[i];
          expect(f?.kind).toBe("exact");
          if (c.kind === "exact")
            expect(c.extraCostPerTonne).toBeCloseTo(f?.extraCostPerTonne ?? Number.NaN, 9);
          else expect(c.extraCostPerTonne).toBeLessThanOrEqual((f?.extraCostPerTonne ?? 0) + 1e-9);
        });
      }),
      { numRuns: 60 },
    );
  });

  it("finds a way back through the sink: the displaced source goes unplaced, the other places more", () => {
    // A (20 t) reaches r0 (cost 1) and r1 (cost 5); B (10 t) only r1 (cost 2); both hold 10 t.
    // Optimum: A→r0 10, B→r1 10, A has 10 t unplaced. A tonne of A on r1 pushes a tonne of B
    // out (B unplaced, A places one more): extra 5 − 2 = 3, found only through T.
    const p: TransportProblem = {
      supplyTonnes: Float64Array.of(20, 10),
      capacityTonnes: Float64Array.of(10, 10),
      arcStart: Int32Array.of(0, 2, 3),
      arcReceiver: Int32Array.of(0, 1, 1),
      arcCost: Float64Array.of(1, 5, 2),
    };
    const { alts } = input(p);
    expect(alts[0]).toMatchObject({ arc: 1, displacesOthers: false, kind: "exact" });
    expect(alts[0]?.extraCostPerTonne).toBeCloseTo(3, 12);
  });

  it("settles for a lower bound when the search runs over its budget", () => {
    const p = randomProblem({
      ns: 12,
      nr: 12,
      seed: 5,
      density: 1,
      wholeTonnes: true,
      ties: false,
      capacityRatio: 1,
    });
    const cut = input(p, { workBudget: 0 }).alts;
    expect(cut.some((c) => c.kind === "lowerBound")).toBe(true);
  });

  it("returns no alternative for a source with nothing unused, and flags one that would unplace soil", () => {
    // One source, one receiver: nothing else to use.
    const single = randomProblem({
      ns: 1,
      nr: 1,
      seed: 2,
      density: 1,
      wholeTonnes: true,
      ties: false,
      capacityRatio: 2,
    });
    expect(input(single).alts[0]?.arc).toBe(-1);
    // A (5 t) can use r0 or r1, B (5 t) only r0; both full at 5 t: moving A to r0 strands B.
    const p: TransportProblem = {
      supplyTonnes: Float64Array.of(5, 5),
      capacityTonnes: Float64Array.of(5, 5),
      arcStart: Int32Array.of(0, 2, 3),
      arcReceiver: Int32Array.of(0, 1, 0),
      arcCost: Float64Array.of(1, 9, 2),
    };
    const alts = input(p).alts;
    expect(alts[0]).toMatchObject({ arc: 0, displacesOthers: true });
    expect(alts[1]?.arc).toBe(-1);
  });
});
