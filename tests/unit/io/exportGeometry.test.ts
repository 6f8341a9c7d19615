import type { Position } from "geojson";
import { describe, expect, it } from "vitest";
import { EXPORT_DECIMALS, exportGeometry, rewind, roundTo } from "../../../src/io/export/geometry";

// Clockwise in lon/lat (as the shared boundaries are), with a counter-clockwise hole.
const CW_OUTER: Position[] = [
  [12, 55],
  [12, 56],
  [13, 56],
  [13, 55],
  [12, 55],
];
const CCW_HOLE: Position[] = [
  [12.2, 55.2],
  [12.8, 55.2],
  [12.8, 55.8],
  [12.2, 55.8],
  [12.2, 55.2],
];

const signedArea = (r: Position[]) =>
  r.reduce((sum, p, i) => {
    const q = r[(i + 1) % r.length] as Position;
    return sum + (p[0] as number) * (q[1] as number) - (q[0] as number) * (p[1] as number);
  }, 0);

describe("rewind", () => {
  it("winds exterior rings counter-clockwise and holes clockwise (RFC 7946)", () => {
    const out = rewind({ type: "Polygon", coordinates: [CW_OUTER, CCW_HOLE] });
    if (out.type !== "Polygon") throw new Error("type changed");
    expect(signedArea(out.coordinates[0] as Position[])).toBeGreaterThan(0);
    expect(signedArea(out.coordinates[1] as Position[])).toBeLessThan(0);
  });

  it("winds every polygon of a MultiPolygon, and leaves points alone", () => {
    const out = rewind({ type: "MultiPolygon", coordinates: [[CW_OUTER], [[...CW_OUTER].reverse()]] });
    if (out.type !== "MultiPolygon") throw new Error("type changed");
    for (const polygon of out.coordinates) expect(signedArea(polygon[0] as Position[])).toBeGreaterThan(0);
    const point = { type: "Point" as const, coordinates: [1, 2] };
    expect(rewind(point)).toBe(point);
  });

  it("does not change its input", () => {
    const input = { type: "Polygon" as const, coordinates: [CW_OUTER.map((p) => [...p])] };
    rewind(input);
    expect(input.coordinates[0]).toEqual(CW_OUTER);
  });
});

describe("roundTo", () => {
  it("rounds to the given decimals and prints shortly", () => {
    expect(roundTo(6)(12.56830049)).toBe(12.5683);
    expect(String(roundTo(2)(724351.934999))).toBe("724351.93");
  });
});

describe("exportGeometry", () => {
  it("rounds WGS84 to 6 decimals", () => {
    expect(exportGeometry({ type: "Point", coordinates: [12.12345678, 55.98765432] }, "EPSG:4326")).toEqual({
      type: "Point",
      coordinates: [12.123457, 55.987654],
    });
    expect(EXPORT_DECIMALS["EPSG:4326"]).toBe(6);
  });

  it("projects to EPSG:25832 in metres with 2 decimals", () => {
    const g = exportGeometry({ type: "Point", coordinates: [12.5683, 55.6761] }, "EPSG:25832");
    expect(g.coordinates).toEqual([724351.93, 6175804.02]);
  });
});
