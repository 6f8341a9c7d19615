import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { forecastFromCsv, forecastToCsv } from "../../../src/domain/forecast/csv";
import { REGION_MUNICIPALITY_CODES } from "../../../src/domain/forecast/municipalities";
import {
  categoryKey,
  FORECAST_SCHEMA_ID,
  type ForecastCategory,
  type ForecastRecord,
  type ForecastTable,
  forecastYears,
} from "../../../src/domain/forecast/types";
import { SECONDARY_MATERIALS, SOIL_CLASSES, SOIL_MATERIALS } from "../../../src/domain/materials";
import { record, surplus, table } from "./tables";

const category: fc.Arbitrary<ForecastCategory> = fc.oneof(
  fc.record({
    kind: fc.constant("surplus" as const),
    material: fc.constantFrom(...SOIL_MATERIALS),
    soilClass: fc.constantFrom(...SOIL_CLASSES),
  }),
  fc.constant({ kind: "demand" as const }),
  fc.record({ kind: fc.constant("demand" as const), material: fc.constantFrom(...SOIL_MATERIALS) }),
  fc.record({ kind: fc.constant("secondary" as const), material: fc.constantFrom(...SECONDARY_MATERIALS) }),
);
const amount = fc.double({ min: 0, max: 1e12, noNaN: true }).map(Math.abs); // Math.abs: no −0
const anyTable: fc.Arbitrary<ForecastTable> = fc
  .record({
    baseYear: fc.integer({ min: 1990, max: 2100 }),
    title: fc.string({ unit: "grapheme" }),
    source: fc.string({ unit: "grapheme" }),
    illustrative: fc.boolean(),
    rows: fc.uniqueArray(
      fc.record({
        code: fc.constantFrom(...REGION_MUNICIPALITY_CODES),
        offset: fc.integer({ min: 0, max: 11 }),
        category,
        values: fc.tuple(amount, amount, amount).map((v) => v.sort((a, b) => a - b)),
        unit: fc.constantFrom("m3" as const, "t" as const),
        illustrative: fc.boolean(),
      }),
      { selector: (r) => `${r.code}|${r.offset}|${categoryKey(r.category)}`, maxLength: 30 },
    ),
  })
  .map(({ baseYear, title, source, illustrative, rows }) => ({
    schema: FORECAST_SCHEMA_ID,
    title,
    baseYear,
    years: forecastYears(baseYear),
    source,
    illustrative,
    records: rows.map(
      (r): ForecastRecord => ({
        municipalityCode: r.code,
        year: baseYear + r.offset,
        category: r.category,
        low: r.values[0],
        mid: r.values[1],
        high: r.values[2],
        unit: r.unit,
        illustrative: r.illustrative,
      }),
    ),
  }));

const HEADER = "kommunekode;år;kategori;materiale;klasse;lav;central;høj;enhed";
const read = (...rows: string[]) => forecastFromCsv([HEADER, ...rows].join("\n"));

describe("forecast CSV", () => {
  it("reads back exactly what it wrote (round trip)", () => {
    fc.assert(
      fc.property(anyTable, (t) => {
        expect(forecastFromCsv(forecastToCsv(t))).toEqual({ table: t, rejected: [] });
      }),
      { numRuns: 300 },
    );
  });

  it("writes the template: BOM, metadata, Danish header, decimal comma, CRLF", () => {
    const csv = forecastToCsv(
      table([
        record("0240", 2027, surplus("clay", 1), [700.5, 1000, 1400]),
        record("0240", 2027, { kind: "secondary", material: "crushed_brick" }, [1, 2, 3]),
      ]),
    );
    expect(csv.startsWith("\uFEFF#skema;jordbalance/forecast@1\r\n")).toBe(true);
    const lines = csv.split("\r\n");
    expect(lines).toContain("kommunekode;år;kategori;materiale;klasse;lav;central;høj;enhed;illustrativ");
    expect(lines).toContain("0240;2027;overskud;ler;1;700,5;1000;1400;m3;nej");
    expect(lines).toContain("0240;2027;sekundær;knust tegl;;1;2;3;t;nej");
  });

  it("takes Danish Excel's habits: dropped leading zero, thousands dots, m³, blank rows, sep= line", () => {
    const { table: t, rejected } = forecastFromCsv(
      `sep=;\r\n${HEADER}\r\n240;2027;Overskud;LER;1;1.000;2.000,5;3 000;m³\r\n;;;;;;;;\r\n`,
    );
    expect(rejected).toEqual([]);
    expect(t?.records).toEqual([
      { ...record("0240", 2027, surplus("clay", 1), [1000, 2000.5, 3000]), illustrative: false },
    ]);
    expect(t?.baseYear).toBe(2027);
  });

  it("accepts the English aliases and English ids", () => {
    const { table: t, rejected } = forecastFromCsv(
      "municipality_code;year;category;material;class;low;mid;high;unit;illustrative\n" +
        "0159;2026;demand;sand;;1;2;3;m3;yes\n0159;2026;secondary;crushed_concrete;;4;5;6;t;no\n",
    );
    expect(rejected).toEqual([]);
    expect(t?.records.map((r) => [categoryKey(r.category), r.illustrative])).toEqual([
      ["demand:sand", true],
      ["secondary:crushed_concrete", false],
    ]);
  });

  it("takes the horizon from #basisår and the illustrative default from #illustrativ", () => {
    const { table: t } = forecastFromCsv(
      `#basisår;2030\n#illustrativ;ja\n${HEADER}\n0101;2041;behov;;;1;2;3;m3\n`,
    );
    expect(t?.years).toEqual(forecastYears(2030));
    expect(t?.records[0]?.illustrative).toBe(true);
  });

  it.each([
    ["unknown municipality code", "0411;2026;behov;;;1;2;3;m3", "kommunekode", "unknown_municipality"],
    ["a code that is no number", "K101;2026;behov;;;1;2;3;m3", "kommunekode", "unknown_municipality"],
    ["year outside the 12", "0101;2038;behov;;;1;2;3;m3", "år", "year_outside"],
    ["a year that is no year", "0101;26;behov;;;1;2;3;m3", "år", "bad_year"],
    ["low above high", "0101;2027;behov;;;3;2;1;m3", "lav", "low_above_high"],
    ["central outside low–high", "0101;2027;behov;;;1;5;3;m3", "central", "mid_outside_range"],
    ["negative", "0101;2027;behov;;;-1;2;3;m3", "lav", "negative"],
    ["unknown category", "0101;2027;import;;;1;2;3;m3", "kategori", "unknown_category"],
    ["unknown material", "0101;2027;overskud;beton;1;1;2;3;m3", "materiale", "unknown_material"],
    [
      "a secondary material as surplus",
      "0101;2027;overskud;asfalt;1;1;2;3;m3",
      "materiale",
      "unknown_material",
    ],
    ["a soil as secondary", "0101;2027;sekundær;ler;;1;2;3;t", "materiale", "unknown_material"],
    ["a secondary material as demand", "0101;2027;behov;asfalt;;1;2;3;m3", "materiale", "unknown_material"],
    ["unknown class", "0101;2027;overskud;ler;5;1;2;3;m3", "klasse", "unknown_class"],
    ["surplus without class", "0101;2027;overskud;ler;;1;2;3;m3", "klasse", "unknown_class"],
    ["a class on demand", "0101;2027;behov;;1;1;2;3;m3", "klasse", "unknown_class"],
    ["bad number", "0101;2027;behov;;;1;to;3;m3", "central", "bad_number"],
    ["a decimal point", "0101;2027;behov;;;1.5;2;3;m3", "lav", "bad_number"],
    ["unknown unit", "0101;2027;behov;;;1;2;3;kg", "enhed", "unknown_unit"],
    ["a duplicate", "0101;2026;behov;;;1;2;3;m3", "kategori", "duplicate"],
  ])("rejects %s with its row, column and reason", (_, row, field, reason) => {
    // Row 2 sets the base year 2026 and is the original of the duplicate.
    const { table: t, rejected } = read("0101;2026;behov;;;1;2;3;m3", row);
    expect(rejected).toEqual([{ row: 3, field, reason, message: expect.any(String) }]);
    expect(t?.records).toHaveLength(1);
  });

  it("rejects a bad illustrativ flag in the file's own column name", () => {
    const { rejected } = forecastFromCsv(
      "year;municipality;category;material;class;low;mid;high;unit;illustrative\n2026;0101;demand;;;1;2;3;m3;maybe\n",
    );
    expect(rejected).toEqual([
      { row: 2, field: "illustrative", reason: "bad_flag", message: expect.any(String) },
    ]);
  });

  it("counts lines across quoted line breaks", () => {
    const { rejected } = forecastFromCsv(
      `#titel;"two\r\nlines"\n${HEADER}\n0101;2026;behov;;;1;2;3;m3\n0101;2026;xx;;;1;2;3;m3\n`,
    );
    expect(rejected.map((r) => r.row)).toEqual([5]);
  });

  it("refuses a file without the template's columns, of another schema, or without any year", () => {
    const noColumns = forecastFromCsv("kommune,år,mængde\n0101,2026,5\n");
    expect(noColumns.table).toBeUndefined();
    expect(noColumns.rejected[0]).toMatchObject({ row: 1, reason: "missing_column", field: "kommunekode" });
    expect(forecastFromCsv("").rejected[0]?.reason).toBe("missing_column");
    const mojibake = forecastFromCsv("kommunekode;Ã¥r;kategori;materiale;klasse;lav;central;hÃ¸j;enhed\n");
    expect(mojibake.rejected[0]?.message).toMatch(/UTF-8/);
    const other = forecastFromCsv(`#skema;jordbalance/forecast@2\n${HEADER}\n`);
    expect(other).toMatchObject({ table: undefined, rejected: [{ row: 1, reason: "bad_table" }] });
    expect(forecastFromCsv(`${HEADER}\n`)).toMatchObject({
      table: undefined,
      rejected: [{ reason: "bad_year" }],
    });
    expect(forecastFromCsv(`#basisår;soon\n${HEADER}\n`).rejected[0]).toMatchObject({
      row: 1,
      reason: "bad_year",
    });
  });

  it("lists rejections in file order", () => {
    const { rejected } = forecastFromCsv(
      `${HEADER}\n0101;2026;xx;;;1;2;3;m3\n#farve;blå\n0101;2026;yy;;;1;2;3;m3\n`,
    );
    expect(rejected.map((r) => r.row)).toEqual([2, 3, 4]);
  });

  it("reports unknown metadata and keeps going", () => {
    const { table: t, rejected } = forecastFromCsv(`#farve;blå\n${HEADER}\n0101;2026;behov;;;1;2;3;m3\n`);
    expect(rejected).toMatchObject([{ row: 1, reason: "bad_table" }]);
    expect(t?.records).toHaveLength(1);
  });

  it("keeps spreadsheet formulas out of free text", () => {
    const csv = forecastToCsv({ ...table([]), title: "=HYPERLINK(1)" });
    expect(csv).toContain("#titel;'=HYPERLINK(1)");
    expect(forecastFromCsv(csv).table?.title).toBe("=HYPERLINK(1)");
    // A leading ' of the text itself survives: the export doubles it.
    const quoted = forecastToCsv({ ...table([]), title: "'citat'" });
    expect(forecastFromCsv(quoted).table?.title).toBe("'citat'");
  });
});
