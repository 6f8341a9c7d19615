import { describe, expect, it } from "vitest";
import { seriesForMunicipality, seriesForRegion } from "../../../src/domain/forecast/series";
import { concrete, demand, record, surplus, table } from "./tables";

const t = table([
  record("0240", 2026, surplus("clay", 1), [7, 10, 14]),
  record("0240", 2026, surplus("sand", 1), [1, 2, 3]),
  record("0240", 2026, surplus("fill", 3), [3, 5, 8]),
  record("0240", 2026, demand, [2, 4, 6]),
  record("0240", 2031, concrete, [10, 20, 30]),
  record("0159", 2026, surplus("mixed", 2), [100, 200, 300]),
]);

describe("seriesForMunicipality", () => {
  it("has one point per forecast year, zeros where nothing is forecast", () => {
    const s = seriesForMunicipality(t, "0240");
    expect(s.map((p) => p.year)).toEqual(t.years);
    expect(s[1]?.surplusTotalM3).toEqual({ low: 0, mid: 0, high: 0 });
    expect(s[1]?.recordCount).toBe(0);
  });
  it("stacks surplus by class, every class in order", () => {
    const p = seriesForMunicipality(t, "0240")[0];
    expect(p?.surplusM3.map((s) => s.key)).toEqual([0, 1, 2, 3, 4]);
    expect(p?.surplusM3[1]?.band).toEqual({ low: 8, mid: 12, high: 17 });
    expect(p?.surplusM3[3]?.band).toEqual({ low: 3, mid: 5, high: 8 });
    expect(p?.surplusTotalM3).toEqual({ low: 11, mid: 17, high: 25 });
    expect(p?.recordCount).toBe(4);
  });
  it("stacks surplus by soil type on request", () => {
    const p = seriesForMunicipality(t, "0240", { stackBy: "material" })[0];
    expect(p?.surplusM3.map((s) => s.key)).toEqual(["topsoil", "clay", "sand", "gravel", "fill", "mixed"]);
    expect(p?.surplusM3.find((s) => s.key === "clay")?.band.mid).toBe(10);
  });
  it("gives demand, net by interval arithmetic and secondary materials by year", () => {
    const s = seriesForMunicipality(t, "0240");
    expect(s[0]?.demandM3).toEqual({ low: 2, mid: 4, high: 6 });
    expect(s[0]?.netM3).toEqual({ low: 11 - 6, mid: 17 - 4, high: 25 - 2 });
    expect(s[5]?.secondaryTonnes.find((x) => x.key === "crushed_concrete")?.band).toEqual({
      low: 10,
      mid: 20,
      high: 30,
    });
  });
  it("leaves other municipalities out; the region takes them all", () => {
    expect(seriesForMunicipality(t, "0159")[0]?.surplusTotalM3.mid).toBe(200);
    expect(seriesForRegion(t)[0]?.surplusTotalM3).toEqual({ low: 111, mid: 217, high: 325 });
  });
});
