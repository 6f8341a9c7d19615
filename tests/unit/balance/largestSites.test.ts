import { describe, expect, it } from "vitest";
import { largestSites } from "../../../src/components/balance/largestSites";
import type { SiteCapacitySeries } from "../../../src/domain/forecast/remainingCapacity";

const site = (siteId: string, capacityTonnes: number): SiteCapacitySeries => ({
  siteId,
  name: siteId,
  kind: "receiver",
  capacityTonnes,
  basis: "even_spread",
  years: [],
  excessTonnes: 0,
});

describe("largestSites", () => {
  const all = [site("a", 5), site("b", 50), site("c", 20), site("d", 1)];
  it("keeps the largest capacities, largest first, and counts the rest", () => {
    const { shown, leftOut } = largestSites(all, 2);
    expect(shown.map((s) => s.siteId)).toEqual(["b", "c"]);
    expect(leftOut).toBe(2);
  });
  it("shows all when there are no more than asked, and does not reorder its input", () => {
    const { shown, leftOut } = largestSites(all, 10);
    expect(shown).toHaveLength(4);
    expect(leftOut).toBe(0);
    expect(all.map((s) => s.siteId)).toEqual(["a", "b", "c", "d"]);
  });
  it("shows none for a count of 0 or less", () => {
    expect(largestSites(all, -1)).toEqual({ shown: [], leftOut: 4 });
  });
});
