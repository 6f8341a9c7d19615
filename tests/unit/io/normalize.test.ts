import { describe, expect, it } from "vitest";
import { compactName, normalizeWords, wordsOf } from "../../../src/io/mapping/normalize";

describe("normalizeWords", () => {
  it("folds Danish letters to their usual ASCII spellings and drops other accents", () => {
    expect(normalizeWords("Mængde (m³) Årlig Øst Café")).toBe("maengde m3 aarlig oest cafe");
  });

  it("treats any run of non-letters as one space", () => {
    expect(normalizeWords("  Jord__klasse--2 ")).toBe("jord klasse 2");
  });
});

describe("compactName", () => {
  it("runs the words together, so spellings with and without separators match", () => {
    expect(compactName("Knust beton")).toBe(compactName("knust-beton"));
    expect(compactName("MÆNGDE")).toBe("maengde");
  });
});

describe("wordsOf", () => {
  it("splits into words", () => {
    expect(wordsOf("Dato (til)")).toEqual(["dato", "til"]);
    expect(wordsOf("")).toEqual([]);
  });
});
