import { booleanPointInPolygon } from "@turf/turf";
import type { Position } from "geojson";
import { describe, expect, it } from "vitest";
import { labelPointLonLat, polylabel, signedDistance } from "./lib/polylabel";

// A "C" opening east: its centroid lies in the gap, outside the shape.
const cShape: Position[][] = [
  [
    [0, 0],
    [10, 0],
    [10, 2],
    [2, 2],
    [2, 8],
    [10, 8],
    [10, 10],
    [0, 10],
    [0, 0],
  ],
];

describe("polylabel", () => {
  it("finds the centre of a square", () => {
    const square = [
      [
        [0, 0],
        [4, 0],
        [4, 4],
        [0, 4],
        [0, 0],
      ],
    ];
    const [x, y] = polylabel(square, 0.001);
    expect(x).toBeCloseTo(2, 2);
    expect(y).toBeCloseTo(2, 2);
  });

  it("puts the label inside a shape whose centroid is outside, as far from the edges as can be", () => {
    const [x = 0, y = 0] = polylabel(cShape, 0.0001);
    // Best are the spine's inner corners: d from the outer edges equals the distance to the
    // corner (2, 2), d = √2 (2 - d), so d = 2√2 / (1 + √2) ≈ 1.17.
    expect(signedDistance(x, y, cShape)).toBeCloseTo((2 * Math.SQRT2) / (1 + Math.SQRT2), 3);
    expect(x).toBeLessThan(2);
  });

  it("stays out of a hole", () => {
    const withHole = [
      [
        [0, 0],
        [10, 0],
        [10, 10],
        [0, 10],
        [0, 0],
      ],
      [
        [3, 3],
        [3, 7],
        [7, 7],
        [7, 3],
        [3, 3],
      ],
    ];
    const [x = 0, y = 0] = polylabel(withHole, 0.001);
    expect(signedDistance(x, y, withHole)).toBeGreaterThan(1.4);
  });
});

describe("labelPointLonLat", () => {
  it("labels a small lon/lat C-shape inside it", () => {
    const scaled = cShape.map((ring) => ring.map(([x = 0, y = 0]) => [12 + x / 100, 55.5 + y / 100]));
    const point = labelPointLonLat(scaled);
    expect(booleanPointInPolygon(point, { type: "Polygon", coordinates: scaled })).toBe(true);
  });
});
