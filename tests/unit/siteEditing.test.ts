import { describe, expect, it } from "vitest";
import { representativePoint } from "../../src/domain/distance";
import { validateSite } from "../../src/domain/siteSchema";
import { newSiteAt, translateGeometry } from "../../src/state/useSiteEditing";

describe("translateGeometry", () => {
  it("puts a point where it was dropped", () => {
    expect(translateGeometry({ type: "Point", coordinates: [12, 55] }, [12.5, 55.5])).toEqual({
      type: "Point",
      coordinates: [12.5, 55.5],
    });
  });
  it("shifts a polygon so its representative point lands on the drop", () => {
    const square = {
      type: "Polygon" as const,
      coordinates: [
        [
          [0, 0],
          [2, 0],
          [2, 2],
          [0, 2],
          [0, 0],
        ],
      ],
    };
    const moved = translateGeometry(square, [10, 20]);
    expect(representativePoint(moved)).toEqual([10, 20]);
    expect(moved.type === "Polygon" && moved.coordinates[0]?.[0]).toEqual([9, 19]);
    expect(square.coordinates[0]?.[0]).toEqual([0, 0]);
  });
});

describe("newSiteAt", () => {
  it("makes a valid planned source at the point", () => {
    const site = newSiteAt("site-new-1", "Ny lokalitet", [12.3, 55.9]);
    expect("site" in validateSite(site)).toBe(true);
    expect(site.geometry).toEqual({ type: "Point", coordinates: [12.3, 55.9] });
  });
});
