import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { csvFormat, detectDelimiter } from "../../../src/io/formats/csv";
import { mergeMapping, parseSavedMapping } from "../../../src/io/mapping/fieldMapping";
import { dagiAreas, fixture, fixturePath, haveBoundaries, textInput } from "./helpers";

const read = async (name: string, options = {}) => {
  const input = fixture(name);
  const inspection = await csvFormat.inspect(input, options);
  const mapping = { defaultKind: "source" as const, unit: "m3" as const, ...inspection.suggested };
  return { inspection, result: await csvFormat.convert(input, mapping, options) };
};

describe("detectDelimiter", () => {
  it("counts delimiters on the header line outside quotes", () => {
    expect(detectDelimiter('navn;"a,b,c";x\n1,2,3,4,5')).toBe(";");
    expect(detectDelimiter("name,lon,lat")).toBe(",");
    expect(detectDelimiter("name\tlon\tlat")).toBe("\t");
  });

  it("prefers ';' when there is nothing to count (Danish Excel)", () => {
    expect(detectDelimiter("navn")).toBe(";");
  });
});

describe("CSV import", () => {
  it("reads a Danish Excel file: BOM, ';', decimal comma, thousands groups, UTM x/y, Danish dates and words", async () => {
    const { inspection, result } = await read("kommune-semikolon.csv");
    expect(inspection.crs).toMatchObject({ status: "detected", crs: "EPSG:25832" });
    expect(inspection.suggested).toMatchObject({ decimal: ",", coordinates: { x: "X", y: "Y" }, unit: "m3" });
    expect(result.rejected.map((r) => [r.ref, r.field])).toEqual([["row 2", "municipalityCode"]]);
    const [school, ballerup] = result.candidates;
    expect(school?.properties).toMatchObject({
      quantity: 800,
      material: "topsoil",
      municipalityCode: "0147",
    });
    expect(school?.properties.availableFrom).toBe("2027-04-01");
    expect(ballerup?.properties).toMatchObject({
      quantity: 2500,
      material: "crushed_concrete",
      availableTo: "2027-12-31",
    });
    // A quoted cell with a line break is one row, as in Excel; the blank row is skipped but counted.
    expect(ballerup?.properties.Bemærkning).toBe("flere\r\nlinjer");
    expect(result.notes).toContain("1 empty rows skipped");
    expect(result.notes).toContain('numbers read with a decimal comma ("12,5")');
  });

  it.runIf(haveBoundaries)("looks municipality names up when boundaries are given", async () => {
    const { result } = await read("kommune-semikolon.csv", { areas: dagiAreas() });
    expect(result.rejected).toEqual([]);
    const [metro] = result.candidates;
    expect(metro?.properties).toMatchObject({
      name: "Metro; station Indre By",
      quantity: 12500.5,
      soilClass: 2,
      municipalityCode: "0101",
      availableFrom: "2027-03-01",
    });
    // A formula someone typed stays text: it is data here, and is escaped again on export.
    expect(metro?.properties.Bemærkning).toBe('=HYPERLINK("x")');
  });

  it("reads a Latin-1 file and says so", async () => {
    const { result } = await read("latin1.csv");
    expect(result.candidates.map((s) => s.properties.name)).toEqual([
      "Metrostation Nørreport",
      "Søborg skole",
    ]);
    expect(result.candidates[1]?.properties.Bemærkning).toBe("Ærø-sten");
    expect(result.notes.some((n) => n.startsWith("encoding Latin-1"))).toBe(true);
  });

  it("reads ',' files with lon/lat and English names, which declare WGS84 by their header", async () => {
    const { inspection, result } = await read("lonlat.csv");
    expect(inspection.crs).toMatchObject({ status: "declared", crs: "EPSG:4326" });
    expect(inspection.suggested.decimal).toBe(".");
    expect(result.candidates[0]?.properties).toMatchObject({
      name: "Harbour works",
      quantity: 1500.5,
      unit: "t",
      soilClass: 3,
    });
    expect(result.candidates[0]?.geometry.coordinates).toEqual([12.5683, 55.6761]);
    expect(result.rejected.map((r) => [r.ref, r.field])).toEqual([
      ["row 3", "acceptedMaterials"],
      ["row 3", "acceptedClasses"],
    ]);
  });

  it("lists every broken row with its spreadsheet row number, field and reason", async () => {
    const { result } = await read("broken-rows.csv");
    expect(result.candidates.map((s) => s.properties.name)).toEqual(["Gyldig"]);
    expect(result.rejected.map((r) => [r.ref, r.field, r.reason])).toEqual([
      ["row 3", "geometry", 'x: "NaN" is not a number'],
      ["row 4", "geometry", "no coordinates (x / y empty)"],
      ["row 5", "quantity", "quantity is negative"],
      [
        "row 6",
        "material",
        'materiale: "kompost" is not a known material: add it to the material words of the mapping',
      ],
      ["row 7", "availableFrom", 'fra: "31-02-2027" is not a calendar date'],
      ["row 8", "soilClass", 'klasse: "7" is not a single class 0-4'],
      ["row 9", "row", '8 cells, but the header has 7 (a stray ";" or an unquoted decimal comma?)'],
      ["row 10", "row", "Quoted field unterminated"],
    ]);
    expect(result.notes).toContain("8 of 9 rows rejected");
  });

  it("refuses an empty file and a header without rows", async () => {
    await expect(csvFormat.inspect(fixture("empty.csv"))).rejects.toThrow(/empty \(0 bytes\)/);
    await expect(csvFormat.inspect(fixture("header-only.csv"))).rejects.toThrow(
      /has a header but no data rows/,
    );
  });

  it("reads a saved mapping for columns and words it could not guess", async () => {
    const input = fixture("own-columns.csv");
    const inspection = await csvFormat.inspect(input);
    await expect(csvFormat.convert(input, inspection.suggested)).rejects.toThrow(/quantity \(a column\)/);
    const saved = parseSavedMapping(
      JSON.parse(readFileSync(fixturePath("own-columns.mapping.json"), "utf8")),
      "m",
    );
    const result = await csvFormat.convert(input, mergeMapping(inspection.suggested, saved));
    expect(result.rejected).toEqual([]);
    expect(result.candidates.map((s) => [s.properties.material, s.properties.soilClass])).toEqual([
      ["gravel", 0],
      ["clay", 1],
    ]);
  });

  it("honours Excel's sep= line and numbers rows after it", async () => {
    const input = textInput(
      "sep=,\nnavn,m3,materiale,klasse,lon,lat\nA,10,ler,1,12.5,55.7\nB,10,ler,9,12.5,55.7\n",
      "s.csv",
    );
    const inspection = await csvFormat.inspect(input);
    const result = await csvFormat.convert(input, {
      ...inspection.suggested,
      defaultKind: "source",
      unit: "t",
    });
    expect(result.candidates).toHaveLength(1);
    expect(result.rejected[0]?.ref).toBe("row 4");
  });

  it("names blank and repeated header cells so no column is lost", async () => {
    const input = textInput("navn;navn;;m3\nA;B;C;1\n", "h.csv");
    expect((await csvFormat.inspect(input)).columns).toEqual(["navn", "navn (2)", "column 3", "m3"]);
  });

  it("keeps a __proto__ column as data, never as a prototype", async () => {
    const input = textInput(
      'navn;m3;materiale;klasse;lon;lat;__proto__\nA;1;ler;1;12.5;55.7;{"x":1}\n',
      "p.csv",
    );
    const inspection = await csvFormat.inspect(input);
    const result = await csvFormat.convert(input, {
      ...inspection.suggested,
      defaultKind: "source",
      unit: "t",
    });
    const props = result.candidates[0]?.properties ?? {};
    expect(Object.hasOwn(props, "__proto__")).toBe(true);
    expect(Object.getPrototypeOf(props)).toBe(Object.prototype);
  });
});
