import { describe, expect, it } from "vitest";
import { DEFAULT_MATCH_PARAMS } from "../../../src/domain/match/matchParams";
import { screenSites } from "../../../src/domain/match/screen";
import type { Site } from "../../../src/domain/site";
import { pointSite, receiver, source } from "../helpers";

const params = DEFAULT_MATCH_PARAMS;
const reasons = (sites: Site[], year?: number) =>
  Object.fromEntries(
    screenSites(sites, { params, ...(year ? { year } : {}) }).excluded.map((e) => [e.id, e.reason]),
  );

describe("screenSites", () => {
  it("converts to tonnes: a source's m³ with its material, a receiver's and a pit's with the average", () => {
    const out = screenSites(
      [
        source("s", 12, 55, { quantity: 100, unit: "m3", material: "topsoil", soilClass: 0 }),
        receiver("r", 12, 55, { quantity: 100, unit: "m3" }),
        receiver("p", 12, 55, {
          kind: "pit",
          section52Dispensation: true,
          material: "sand",
          quantity: 100,
          unit: "m3",
        }),
      ],
      { params },
    );
    expect(out.sources[0]?.tonnes).toBeCloseTo(145, 12);
    expect(out.receivers.map((r) => r.tonnes)).toEqual([165, 165]);
    expect(out.pits.map((p) => p.id)).toEqual(["p"]);
  });

  it("treats absent dates as open ends, not as an error", () => {
    const out = screenSites([source("s", 12, 55)], { params });
    expect(out.excluded).toEqual([]);
    expect(out.sources[0]).toMatchObject({
      fromDay: Number.NEGATIVE_INFINITY,
      toDay: Number.POSITIVE_INFINITY,
    });
  });

  it("reports and leaves out bad input, each with its id and reason", () => {
    expect(
      reasons([
        source("zero", 12, 55, { quantity: 0 }),
        source("neg", 12, 55, { quantity: -3 }),
        source("nan", 12, 55, { quantity: Number.NaN }),
        source("inverted", 12, 55, { availableFrom: "2026-05-01", availableTo: "2026-04-01" }),
        source("notadate", 12, 55, { availableFrom: "2026-02-30" }),
        source("unknown", 12, 55, { material: "concrete" as never }),
        source("noclass", 12, 55, { soilClass: undefined }),
        source("badclass", 12, 55, { soilClass: 7 as never }),
        receiver("noaccept", 12, 55, { acceptedClasses: undefined }),
        receiver("acceptsjunk", 12, 55, { acceptedMaterials: ["clay", "gold" as never] }),
        source("done", 12, 55, { status: "completed" }),
        { ...source("nogeom", 12, 55), geometry: { type: "Point", coordinates: [Number.NaN, 55] } },
        pointSite(12, 55, { id: "alien", kind: "ufo" as never }),
      ]),
    ).toEqual({
      zero: "non_positive_quantity",
      neg: "non_positive_quantity",
      nan: "bad_quantity",
      inverted: "bad_dates",
      notadate: "bad_dates",
      unknown: "unknown_material",
      noclass: "missing_class",
      badclass: "missing_class",
      noaccept: "missing_acceptance",
      acceptsjunk: "unknown_material",
      done: "completed",
      nogeom: "bad_geometry",
      alien: "unknown_kind",
    });
    const dup = screenSites([source("a", 12, 55), source("a", 12, 55)], { params }).excluded;
    expect(dup).toMatchObject([{ id: "a", index: 1, reason: "duplicate_id" }]);
  });

  it("keeps a secondary material without a class, and a soil source needs one", () => {
    const out = screenSites([source("c", 12, 55, { material: "crushed_brick", soilClass: undefined })], {
      params,
    });
    expect(out.sources.map((s) => s.id)).toEqual(["c"]);
  });

  it("makes dispensed pits receivers (reuse) and every pit a virgin supply; disposal types are not reuse", () => {
    const out = screenSites(
      [
        pointSite(12, 55, { id: "pit", kind: "pit", material: "gravel" }),
        receiver("dpit", 12, 55, { kind: "pit", section52Dispensation: true, material: "sand" }),
        receiver("depot", 12, 55, { receiverType: "depot" }),
        receiver("harbour", 12, 55, { receiverType: "harbour_fill" }),
      ],
      { params },
    );
    expect(out.receivers.map((r) => [r.id, r.reuse])).toEqual([
      ["dpit", true],
      ["depot", false],
      ["harbour", true],
    ]);
    expect(out.pits.map((p) => p.id)).toEqual(["pit", "dpit"]);
  });

  it("pro-rates to a year and leaves out sites whose window misses it", () => {
    const s = source("s", 12, 55, { quantity: 730, availableFrom: "2026-07-01", availableTo: "2027-06-30" });
    const out = screenSites([s], { params, year: 2026 });
    expect(out.sources[0]?.tonnes).toBeCloseTo((730 * 184) / 365, 12);
    expect(out.sources[0]?.fullTonnes).toBe(730);
    expect(reasons([s], 2025)).toEqual({ s: "outside_year" });
  });

  it("does not mutate the sites", () => {
    const sites = [source("s", 12, 55, { quantity: 3, unit: "m3" }), receiver("r", 12, 55)];
    const before = JSON.stringify(sites);
    screenSites(sites, { params, year: 2026 });
    expect(JSON.stringify(sites)).toBe(before);
  });
});
