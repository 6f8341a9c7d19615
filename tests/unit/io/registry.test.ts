import { describe, expect, it } from "vitest";
import { convertFile, detectFormat, FORMATS, inspectFile, readFile } from "../../../src/io/formats/registry";
import { fixture, textInput } from "./helpers";

describe("detectFormat", () => {
  it("knows a file by its first bytes whatever its name", () => {
    expect(detectFormat(fixture("points-25832.zip")).id).toBe("shapefile");
    expect(detectFormat(textInput('\uFEFF {"type":"FeatureCollection"}', "export.txt")).id).toBe("geojson");
    expect(detectFormat(textInput('<?xml version="1.0"?><kml/>', "data.xml")).id).toBe("kml");
  });

  it("falls back on the name, then on CSV", () => {
    expect(detectFormat(textInput("navn;m3", "a.csv")).id).toBe("csv");
    expect(detectFormat(textInput("navn\tm3", "a.unknown")).id).toBe("csv");
  });

  it("explains what to do with KMZ, a bare .shp and Excel workbooks", () => {
    expect(() => detectFormat(textInput("x", "a.kmz"))).toThrow(/unzip it/);
    expect(() => detectFormat(textInput("x", "a.shp"))).toThrow(/one \.zip/);
    expect(() => detectFormat(textInput("x", "a.xlsx"))).toThrow(/save it as CSV/);
  });

  it("has one module per format", () => {
    expect(Object.values(FORMATS).map((f) => f.id)).toEqual(["geojson", "csv", "shapefile", "kml"]);
  });
});

describe("inspectFile / convertFile / readFile", () => {
  it("inspect then convert goes through the detected module", async () => {
    const input = fixture("lonlat.csv");
    const inspection = await inspectFile(input);
    expect(inspection.format).toBe("csv");
    const result = await convertFile(input, inspection.suggested);
    expect(result.candidates).toHaveLength(1);
  });

  it("readFile lays a saved mapping over the suggestion", async () => {
    const result = await readFile(fixture("nocrs-25832.geojson"), {
      saved: { defaultKind: "source", unit: "t" },
    });
    expect(result.candidates.map((s) => s.properties.unit)).toEqual(["t", "t"]);
    expect(result.inspection.crs.status).toBe("detected");
  });

  it("readFile needs an explicit CRS when unsure, and takes one", async () => {
    const saved = { defaultKind: "source" as const };
    await expect(readFile(fixture("bornholm-25833.geojson"), { saved })).rejects.toThrow(/--crs/);
    const result = await readFile(fixture("bornholm-25833.geojson"), { saved, crs: "EPSG:25833" });
    const [lon] = (result.candidates[0]?.geometry.coordinates ?? []) as number[];
    expect(lon).toBeCloseTo(14.7, 3);
  });
});
