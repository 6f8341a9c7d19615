import { describe, expect, it } from "vitest";
import { shapefileFormat } from "../../../src/io/formats/shapefile";
import { fixture, textInput } from "./helpers";

describe("Shapefile import", () => {
  it("reads a zip with .prj (EPSG:25832) and a Latin-1 DBF without .cpg", async () => {
    const input = fixture("points-25832.zip");
    const inspection = await shapefileFormat.inspect(input);
    expect(inspection.crs).toMatchObject({ status: "declared", crs: "EPSG:25832" });
    expect(inspection.columns).toEqual(["navn", "mængde", "jordtype", "klasse", "fra", "til"]);
    expect(inspection.notes[0]).toMatch(/Latin-1/);
    const result = await shapefileFormat.convert(input, {
      ...inspection.suggested,
      defaultKind: "source",
      unit: "m3",
    });
    expect(result.candidates[0]?.properties).toMatchObject({
      name: "Skolegård Søborg",
      quantity: 4500,
      material: "clay",
      soilClass: 1,
      availableFrom: "2027-03-01",
      availableTo: "2027-09-30",
    });
    // An empty date field is absent, not "Invalid Date".
    expect(result.candidates[2]?.properties.availableFrom).toBeUndefined();
    const [lon, lat] = (result.candidates[0]?.geometry.coordinates ?? []) as number[];
    expect(lon).toBeGreaterThan(12.4);
    expect(lat).toBeGreaterThan(55.7);
    expect(result.rejected).toEqual([
      { ref: "record 4", position: 4, field: "geometry", reason: "no geometry" },
    ]);
  });

  it("detects the CRS of polygons without .prj, and reads a UTF-8 DBF", async () => {
    const input = fixture("polygons-noprj.zip");
    const inspection = await shapefileFormat.inspect(input);
    expect(inspection.crs).toMatchObject({ status: "detected", crs: "EPSG:25832" });
    expect(inspection.notes).toContain("no .prj: the coordinate system is judged from the coordinates");
    const result = await shapefileFormat.convert(input, { ...inspection.suggested, defaultKind: "receiver" });
    expect(result.rejected).toEqual([]);
    expect(result.candidates.map((s) => [s.properties.name, s.geometry.type, s.properties.unit])).toEqual([
      ["Støjvold Ballerup", "Polygon", "m3"],
      ["Landskab Ledøje", "Polygon", "t"],
    ]);
    expect(result.candidates[0]?.properties.acceptedClasses).toEqual([0, 1]);
  });

  it("refuses what is not a zip, and a zip without .shp (an Excel workbook, say)", async () => {
    await expect(shapefileFormat.inspect(textInput("navn;m3", "a.zip"))).rejects.toThrow(/not a zip file/);
    const xlsxLike = new Uint8Array([0x50, 0x4b, 0x05, 0x06, ...new Uint8Array(18)]);
    await expect(shapefileFormat.inspect({ bytes: xlsxLike, fileName: "b.zip" })).rejects.toThrow(
      /not a zip file|no \.shp/,
    );
  });
});
