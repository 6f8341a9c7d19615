import { describe, expect, it } from "vitest";
import { emptySummary, summarizeByMunicipality } from "../../src/domain/summary";
import { pointSite, receiver, source } from "./helpers";

describe("summarizeByMunicipality", () => {
  const sites = [
    {
      site: source("s1", 12, 55, { quantity: 1000, unit: "m3", material: "clay" }),
      municipalityCode: "0101",
    },
    { site: source("s2", 12, 55, { quantity: 500, unit: "t" }), municipalityCode: "0101" },
    { site: receiver("r1", 12, 55, { quantity: 1000, unit: "m3" }), municipalityCode: "0101" },
    {
      site: pointSite(12, 55, { id: "p-no", kind: "pit", material: "sand", quantity: 9999, unit: "m3" }),
      municipalityCode: "0101",
    },
    {
      site: receiver("p-yes", 12, 55, { kind: "pit", section52Dispensation: true, quantity: 100, unit: "t" }),
      municipalityCode: "0101",
    },
    { site: source("elsewhere", 12, 55), municipalityCode: "0147" },
    { site: source("nowhere", 12, 55), municipalityCode: undefined },
  ];
  const byCode = summarizeByMunicipality(sites);

  it("counts sites by kind per municipality and skips those without a code", () => {
    expect(byCode.get("0101")?.counts).toEqual({ source: 2, receiver: 1, pit: 2 });
    expect([...byCode.keys()].sort()).toEqual(["0101", "0147"]);
  });

  it("sums surplus with material densities and capacity with the average density", () => {
    const s = byCode.get("0101");
    expect(s?.surplusTonnes).toBeCloseTo(1850 + 500);
    expect(s?.surplusM3).toBeCloseTo(1000 + 500 / 1.85);
    // The pit without §52 dispensation adds nothing to the capacity.
    expect(s?.capacityTonnes).toBeCloseTo(1650 + 100);
    expect(s?.capacityM3).toBeCloseTo(1000 + 100 / 1.65);
  });

  it("starts from zero", () => {
    expect(emptySummary().siteIds).toEqual([]);
  });
});
