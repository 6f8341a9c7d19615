import { describe, expect, it } from "vitest";
import { isSoilMaterial, legalCategoryOfClass } from "../../src/domain/materials";

describe("materials", () => {
  it("maps klasse to kategori approximately (0-1 → 1, 2 → 2, 3-4 → uden for kategori)", () => {
    expect([0, 1, 2, 3, 4].map((c) => legalCategoryOfClass(c as 0))).toEqual([
      "kategori1",
      "kategori1",
      "kategori2",
      "udenForKategori",
      "udenForKategori",
    ]);
  });
  it("tells soils from secondary materials", () => {
    expect(isSoilMaterial("clay")).toBe(true);
    expect(isSoilMaterial("crushed_brick")).toBe(false);
  });
});
