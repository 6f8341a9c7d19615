import { describe, expect, it } from "vitest";
import { geodesicKm, haulDistanceKm, pointInGeometry, representativePoint } from "../../src/domain/distance";

describe("distance", () => {
  it("gives one degree of latitude as 111.195 km (mean Earth radius 6371.0088 km)", () => {
    expect(geodesicKm([12, 55], [12, 56])).toBeCloseTo(111.195, 3);
  });
  it("multiplies by the circuity factor", () => {
    const d = geodesicKm([12, 55], [12.1, 55.1]);
    expect(haulDistanceKm([12, 55], [12.1, 55.1], 1.3)).toBeCloseTo(d * 1.3, 9);
  });
  it("uses the point itself for points and an inside point for a C-shaped polygon", () => {
    expect(representativePoint({ type: "Point", coordinates: [12, 55] })).toEqual([12, 55]);
    const cShape = {
      type: "Polygon" as const,
      coordinates: [
        [
          [0, 0],
          [3, 0],
          [3, 1],
          [1, 1],
          [1, 2],
          [3, 2],
          [3, 3],
          [0, 3],
          [0, 0],
        ],
      ],
    };
    const p = representativePoint(cShape);
    expect(pointInGeometry(p, cShape)).toBe(true);
  });
  it("respects holes and multipolygon parts", () => {
    const square = [
      [0, 0],
      [4, 0],
      [4, 4],
      [0, 4],
      [0, 0],
    ];
    const hole = [
      [1, 1],
      [3, 1],
      [3, 3],
      [1, 3],
      [1, 1],
    ];
    expect(pointInGeometry([2, 2], { type: "Polygon", coordinates: [square, hole] })).toBe(false);
    expect(pointInGeometry([0.5, 0.5], { type: "Polygon", coordinates: [square, hole] })).toBe(true);
    const far = [
      [10, 10],
      [11, 10],
      [11, 11],
      [10, 11],
      [10, 10],
    ];
    expect(pointInGeometry([10.5, 10.5], { type: "MultiPolygon", coordinates: [[square], [far]] })).toBe(
      true,
    );
    expect(pointInGeometry([5, 5], { type: "Point", coordinates: [5, 5] })).toBe(false);
  });
});
