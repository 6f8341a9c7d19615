import { describe, expect, it } from "vitest";
import {
  convertParsed,
  firstPosition,
  formatModule,
  inspectParsed,
  type ParsedFile,
} from "../../../src/io/formats/pipeline";
import type { RecordSource } from "../../../src/io/formats/records";

const rows = [
  { navn: "A", m3: "12,5", x: "724351,93", y: "6175804,02", farve: "rød" },
  { navn: "B", m3: "3,25", x: "721922,89", y: "6176114,47", farve: "blå" },
];

function table(): ParsedFile {
  const source: RecordSource = {
    fileName: "t.csv",
    label: "row",
    columns: Object.keys(rows[0] ?? {}),
    count: rows.length,
    at: (i) => ({ position: i + 2, values: rows[i] as Record<string, unknown> }),
    notes: ["read"],
  };
  return {
    source,
    positions: (m) =>
      rows.map((r) => [
        Number(r[m.coordinates?.x as "x"].replace(",", ".")),
        Number(r[m.coordinates?.y as "y"].replace(",", ".")),
      ]),
    textTable: true,
    decimal: ".",
    ignoreByDefault: ["farve"],
  };
}

describe("inspectParsed", () => {
  it("suggests a mapping, the decimal mark the cells use and columns to leave out", () => {
    const inspection = inspectParsed("csv", table(), {});
    expect(inspection).toMatchObject({
      format: "csv",
      records: 2,
      columns: ["navn", "m3", "x", "y", "farve"],
      notes: ["read"],
    });
    expect(inspection.suggested).toMatchObject({
      decimal: ",",
      coordinates: { x: "x", y: "y" },
      ignore: ["farve"],
    });
    expect(inspection.crs).toMatchObject({ status: "detected", crs: "EPSG:25832" });
    expect(inspection.samples).toEqual(rows);
  });
});

describe("convertParsed", () => {
  it("converts, reporting progress from the parse share to 1 and the CRS basis first", async () => {
    const parsed = table();
    const fractions: number[] = [];
    const mapping = {
      ...inspectParsed("csv", parsed, {}).suggested,
      defaultKind: "source" as const,
      unit: "t" as const,
    };
    const withMaterial = { ...mapping, values: {}, fields: { ...mapping.fields } };
    const result = await convertParsed(parsed, withMaterial, { onProgress: (f) => fractions.push(f) });
    expect(fractions[0]).toBe(0.3);
    expect(fractions.at(-1)).toBe(1);
    expect(result.notes[0]).toMatch(/^coordinate system EPSG:25832 \(detected/);
    expect(result.notes).toContain('numbers read with a decimal comma ("12,5")');
    expect(result.rejected.every((r) => r.field === "material")).toBe(true);
  });
});

describe("formatModule", () => {
  it("builds inspect and convert from a parser", async () => {
    const module = formatModule("csv", [".csv"], async () => table());
    expect(module.extensions).toEqual([".csv"]);
    expect((await module.inspect({ bytes: new Uint8Array(), fileName: "t.csv" })).records).toBe(2);
  });
});

describe("firstPosition", () => {
  it("finds the first position at any depth", () => {
    expect(
      firstPosition([
        [
          [1, 2],
          [3, 4],
        ],
      ]),
    ).toEqual([1, 2]);
    expect(firstPosition([5, 6])).toEqual([5, 6]);
    expect(firstPosition(null)).toBeUndefined();
    expect(firstPosition([["a", "b"]])).toBeUndefined();
  });
});

describe("formatModule's parse", () => {
  const input = { bytes: new Uint8Array([1]), fileName: "t.csv" };

  it("runs once for an inspect and a convert of the same input, again for another input", async () => {
    let parses = 0;
    const format = formatModule("csv", [".csv"], async () => {
      parses += 1;
      return table();
    });
    const inspection = await format.inspect(input);
    await format.convert(input, { ...inspection.suggested, defaultKind: "source" });
    expect(parses).toBe(1);
    await format.inspect({ ...input });
    expect(parses).toBe(2);
  });

  it("forgets a parse that failed, so the next call tries again", async () => {
    let parses = 0;
    const format = formatModule("csv", [".csv"], async () => {
      parses += 1;
      if (parses === 1) throw new Error("cancelled");
      return table();
    });
    await expect(format.inspect(input)).rejects.toThrow("cancelled");
    await expect(format.inspect(input)).resolves.toMatchObject({ records: 2 });
    expect(parses).toBe(2);
  });
});
