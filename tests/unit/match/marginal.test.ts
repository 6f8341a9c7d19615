import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bestAlternatives } from "../../../src/domain/match/marginal";
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

function alternatives(p: TransportProblem, pathArcs?: "working") {
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
    ...(pathArcs ? { pathArcs: sol.workingArcs } : {}),
  });
  return { sol, alts };
}

describe("bestAlternatives", () => {
  it("gives the extra cost of forcing a tonne onto the alternative, the rest re-optimised (HiGHS)", async () => {
    await fc.assert(
      fc.asyncProperty(spec, async (s) => {
        const p = randomProblem(s);
        const { sol, alts } = alternatives(p);
        const eps = 0.01; // well inside the linear range: the data are whole tonnes
        for (let i = 0; i < p.supplyTonnes.length; i++) {
          const alt = alts[i];
          if (!alt || alt.arc < 0) continue;
          expect(alt.kind).toBe("replan");
          // Every unused arc of i, forced: none is cheaper than the one reported.
          for (let a = p.arcStart[i] as number; a < (p.arcStart[i + 1] as number); a++) {
            if (sol.flowArcs.includes(a)) continue;
            const forced = await lexicographicLp(p, { arc: a, tonnes: eps });
            const keeps = forced.placedTonnes >= sol.placedTonnes - 1e-7;
            if (a === alt.arc) expect(keeps).toBe(!alt.displacesOthers);
            if (!keeps) continue;
            const extra = (forced.cost - sol.cost) / eps;
            if (a === alt.arc)
              expect(Math.abs(extra - alt.extraCostPerTonne)).toBeLessThan(1e-5 * Math.max(1, extra));
            else if (!alt.displacesOthers)
              expect(extra).toBeGreaterThanOrEqual(alt.extraCostPerTonne - 1e-5 * Math.max(1, extra));
          }
        }
      }),
      { numRuns: 40 },
    );
  });

  it("finds the same figures over the solver's working arcs as over all arcs", () => {
    fc.assert(
      fc.property(spec, fc.integer({ min: 7, max: 14 }), (s, n) => {
        const p = randomProblem({ ...s, ns: n, nr: n });
        const all = alternatives(p).alts;
        const working = alternatives(p, "working").alts;
        working.forEach((w, i) => {
          const a = all[i];
          expect(w.displacesOthers).toBe(a?.displacesOthers);
          expect(w.extraCostPerTonne).toBeCloseTo(a?.extraCostPerTonne ?? Number.NaN, 9);
        });
      }),
      { numRuns: 200 },
    );
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
    const sol = solveTransport(p);
    const cut = bestAlternatives({
      arcs: { start: p.arcStart, receiver: p.arcReceiver, distanceKm: p.arcCost },
      arcCost: p.arcCost,
      supplyTonnes: p.supplyTonnes,
      capacityTonnes: p.capacityTonnes,
      flowArcs: sol.flowArcs,
      flowTonnes: sol.flowTonnes,
      potentialM: sol.potentialM,
      potentialC: sol.potentialC,
      toleranceTonnes: 1e-7,
      workBudget: 0,
    });
    const full = alternatives(p).alts;
    const bounds = cut.filter((c) => c.kind === "lowerBound");
    expect(bounds.length).toBeGreaterThan(0);
    cut.forEach((c, i) => {
      expect(c.extraCostPerTonne).toBeLessThanOrEqual((full[i]?.extraCostPerTonne ?? 0) + 1e-9);
    });
  });
});
