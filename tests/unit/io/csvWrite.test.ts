import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { CSV_TEMPLATE_COLUMNS, LOCATION_COLUMNS, writeCsv } from "../../../src/io/formats/csvWrite";
import { TARGET_FIELDS } from "../../../src/io/mapping/fieldMapping";
import { receiver, source } from "../helpers";

/** The cells of a written file, header first, BOM and CRLF removed. */
function cells(text: string): string[][] {
  return Papa.parse<string[]>(text.replace(/^\uFEFF/, ""), { delimiter: ";", skipEmptyLines: true }).data;
}

describe("writeCsv", () => {
  it("starts with a UTF-8 BOM and ends lines with CRLF (Danish Excel)", () => {
    const { text } = writeCsv([source("a", 12.5, 55.7)]);
    expect(text.startsWith("\uFEFFid;kind;name;")).toBe(true);
    expect(text.endsWith("\r\n")).toBe(true);
  });

  it("writes the template columns, then one column per extra property", () => {
    const [header] = cells(
      writeCsv([source("a", 12.5, 55.7, { Kommentar: "x" }), source("b", 12.5, 55.7, { Fase: 2 })]).text,
    );
    expect(header).toEqual([...CSV_TEMPLATE_COLUMNS, "Kommentar", "Fase"]);
    expect(CSV_TEMPLATE_COLUMNS).toEqual([...TARGET_FIELDS, ...LOCATION_COLUMNS]);
  });

  it("writes numbers with a decimal comma, the point as lon/lat (6 decimals) and UTM 32N x/y (2 decimals)", () => {
    const [header, row] = cells(
      writeCsv([source("a", 12.5683004, 55.6761, { quantity: 1234.5, soilClass: 2 })]).text,
    );
    const get = (name: string) => row?.[header?.indexOf(name) ?? -1];
    expect([get("quantity"), get("soilClass")]).toEqual(["1234,5", "2"]);
    expect([get("lon"), get("lat"), get("x"), get("y")]).toEqual([
      "12,5683",
      "55,6761",
      "724351,95",
      "6175804,02",
    ]);
    expect(get("geometry")).toBe("");
  });

  it("writes lists readably, an empty list as []", () => {
    const [header, row] = cells(writeCsv([receiver("r", 12.5, 55.7, { acceptedClasses: [] })]).text);
    expect(row?.[header?.indexOf("acceptedMaterials") ?? -1]).toBe("clay, sand");
    expect(row?.[header?.indexOf("acceptedClasses") ?? -1]).toBe("[]");
  });

  it("neutralises formulas in text but leaves negative numbers as numbers", () => {
    const { text } = writeCsv([
      source("a", 12.5, 55.7, { name: "=cmd|' /C calc'!A0", Saldo: -12.5, Note: "@SUM(1)" }),
    ]);
    const [header, row] = cells(text);
    expect(row?.[header?.indexOf("name") ?? -1]).toBe("'=cmd|' /C calc'!A0");
    expect(row?.[header?.indexOf("Saldo") ?? -1]).toBe("-12.5");
    expect(row?.[header?.indexOf("Note") ?? -1]).toBe("'@SUM(1)");
  });

  it("writes an area's geometry as GeoJSON and its representative point", () => {
    const area = {
      ...source("a", 0, 0),
      geometry: {
        type: "Polygon" as const,
        coordinates: [
          [
            [12, 55],
            [12.2, 55],
            [12.2, 55.2],
            [12, 55],
          ],
        ],
      },
    };
    const [header, row] = cells(writeCsv([area]).text);
    expect(JSON.parse(row?.[header?.indexOf("geometry") ?? -1] ?? "")).toEqual(area.geometry);
    expect(row?.[header?.indexOf("lon") ?? -1]).not.toBe("");
  });

  it("leaves out extra properties named like a location column, and says so", () => {
    const { text, notes } = writeCsv([source("a", 12.5, 55.7, { x: "mine", geometry: "mine" })]);
    expect(cells(text)[0]?.filter((c) => c === "x")).toHaveLength(1);
    expect(notes).toEqual([
      "properties named like location columns cannot travel in CSV and were left out: x, geometry",
    ]);
  });
});
