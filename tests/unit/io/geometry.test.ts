import { describe, expect, it } from "vitest";
import { siteGeometryOf } from "../../../src/io/formats/geometry";

const square = [
  [0, 0],
  [1, 0],
  [1, 1],
  [0, 0],
];

describe("siteGeometryOf", () => {
  it("passes points and areas through with their coordinates untouched", () => {
    expect(siteGeometryOf({ type: "Point", coordinates: [1, 2] })).toEqual({
      value: { type: "Point", coordinates: [1, 2] },
    });
    expect(siteGeometryOf({ type: "Polygon", coordinates: "bad" })).toEqual({
      value: { type: "Polygon", coordinates: "bad" },
    });
  });

  it("unwraps a MultiPoint of one point", () => {
    expect(siteGeometryOf({ type: "MultiPoint", coordinates: [[1, 2]] })).toEqual({
      value: { type: "Point", coordinates: [1, 2] },
    });
  });

  it("turns a collection of polygons into a MultiPolygon, and a collection of one into its member", () => {
    const polygon = { type: "Polygon", coordinates: [square] };
    expect(siteGeometryOf({ type: "GeometryCollection", geometries: [polygon, polygon] })).toEqual({
      value: { type: "MultiPolygon", coordinates: [[square], [square]] },
    });
    expect(
      siteGeometryOf({ type: "GeometryCollection", geometries: [{ type: "Point", coordinates: [1, 2] }] }),
    ).toEqual({
      value: { type: "Point", coordinates: [1, 2] },
    });
  });

  it("refuses lines, mixed collections and missing geometries with a reason", () => {
    expect(siteGeometryOf({ type: "LineString", coordinates: [] })).toEqual({
      reason: "LineString is not supported: a site is a point or an area (Polygon, MultiPolygon)",
    });
    const mixed = { type: "GeometryCollection", geometries: [{ type: "Point" }, { type: "Polygon" }] };
    expect(siteGeometryOf(mixed)).toHaveProperty("reason");
    expect(siteGeometryOf(null)).toEqual({ reason: "no geometry" });
    expect(siteGeometryOf("Point")).toHaveProperty("reason");
  });
});
