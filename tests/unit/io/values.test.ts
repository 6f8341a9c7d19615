import { describe, expect, it } from "vitest";
import type { MunicipalityArea } from "../../../src/domain/municipality";
import { emptyMapping } from "../../../src/io/mapping/fieldMapping";
import {
  guessDecimal,
  isBlank,
  readBoolean,
  readDate,
  readNumber,
  readSoilClass,
  readSoilClasses,
  vocabulary,
} from "../../../src/io/mapping/values";

describe("isBlank", () => {
  it("counts undefined, null and white space as blank, but not 0 or false", () => {
    expect([undefined, null, "", "  "].every(isBlank)).toBe(true);
    expect([0, false, "x"].some(isBlank)).toBe(false);
  });
});

describe("readNumber", () => {
  it("takes JSON numbers as they are", () => {
    expect(readNumber(12.5, ",")).toEqual({ value: 12.5 });
  });

  it("reads a decimal comma, and a dot as thousands separator only in groups of three", () => {
    expect(readNumber("12,5", ",")).toEqual({ value: 12.5 });
    expect(readNumber("12.500,5", ",")).toEqual({ value: 12500.5 });
    expect(readNumber("1 234 567", ",")).toEqual({ value: 1234567 });
    expect(readNumber("−3,5", ",")).toEqual({ value: -3.5 });
  });

  it("reads a decimal point, and commas as thousands separators in groups of three", () => {
    expect(readNumber("1,234.5", ".")).toEqual({ value: 1234.5 });
    expect(readNumber("6175804.02", ".")).toEqual({ value: 6175804.02 });
  });

  it("reads exponents, as String(n) writes very large numbers", () => {
    expect(readNumber("1,5e+21", ",")).toEqual({ value: 1.5e21 });
  });

  it("refuses a number in the other convention rather than misread it, with a hint", () => {
    expect(readNumber("55.6761", ",")).toEqual({
      reason: '"55.6761" is not a number (the decimal mark is ",")',
    });
  });

  it("refuses NaN, words and non-numbers", () => {
    expect(readNumber("NaN", ".")).toHaveProperty("reason");
    expect(readNumber(Number.NaN, ".")).toHaveProperty("reason");
    expect(readNumber(true, ".")).toHaveProperty("reason");
  });

  it("turns -0 into 0", () => {
    expect(Object.is((readNumber("-0", ".") as { value: number }).value, 0)).toBe(true);
  });
});

describe("readDate", () => {
  it("reads ISO and Danish day-month-year with -, . or /", () => {
    expect(readDate("2027-03-01")).toEqual({ value: "2027-03-01" });
    expect(readDate("1-3-2027")).toEqual({ value: "2027-03-01" });
    expect(readDate("01.03.2027")).toEqual({ value: "2027-03-01" });
    expect(readDate("01/03/2027")).toEqual({ value: "2027-03-01" });
  });

  it("drops a time Excel adds after the date", () => {
    expect(readDate("01-03-2027 00:00")).toEqual({ value: "2027-03-01" });
    expect(readDate("2027-03-01T00:00:00Z")).toEqual({ value: "2027-03-01" });
  });

  it("refuses dates that are not on the calendar, and other forms", () => {
    expect(readDate("31-02-2027")).toEqual({ reason: '"31-02-2027" is not a calendar date' });
    expect(readDate("03/01/27")).toHaveProperty("reason");
    expect(readDate(20270301)).toHaveProperty("reason");
  });
});

describe("readBoolean", () => {
  it("reads Danish and English yes/no words", () => {
    expect(["ja", "Ja", "true", "1", "x", true, 1].map((v) => readBoolean(v))).toEqual(
      Array(7).fill({ value: true }),
    );
    expect(["nej", "false", "0", false].map((v) => readBoolean(v))).toEqual(Array(4).fill({ value: false }));
  });

  it("refuses anything else", () => {
    expect(readBoolean("måske")).toHaveProperty("reason");
  });
});

describe("readSoilClass", () => {
  it("reads the ways staff write a class", () => {
    expect(["2", "Klasse 2", "kl. 2", "K2", 2].map((v) => readSoilClass(v))).toEqual(
      Array(5).fill({ value: 2 }),
    );
  });

  it("refuses classes outside 0-4 and ranges", () => {
    expect(readSoilClass("7")).toHaveProperty("reason");
    expect(readSoilClass("0-1")).toHaveProperty("reason");
    expect(readSoilClass(1.5)).toHaveProperty("reason");
  });
});

describe("readSoilClasses", () => {
  it("reads lists, ranges and JSON arrays, keeping the order written", () => {
    expect(readSoilClasses("0, 1")).toEqual({ value: [0, 1] });
    expect(readSoilClasses("klasse 0-2")).toEqual({ value: [0, 1, 2] });
    expect(readSoilClasses("2 og 0")).toEqual({ value: [2, 0] });
    expect(readSoilClasses([1, 0])).toEqual({ value: [1, 0] });
    expect(readSoilClasses("[]")).toEqual({ value: [] });
  });

  it("refuses a list with a bad member", () => {
    expect(readSoilClasses("0, 9")).toHaveProperty("reason");
  });
});

describe("guessDecimal", () => {
  it("follows the commoner form among the cells", () => {
    expect(guessDecimal(["12,5", "3,25", "7.5"], ".")).toBe(",");
    expect(guessDecimal(["12.5", "12.500,5"], ",")).toBe(",");
    expect(guessDecimal(["12.5", "3.25"], ",")).toBe(".");
  });

  it("falls back when there is no evidence (thousands groups are ambiguous)", () => {
    expect(guessDecimal(["1.234", "word", 12.5], ",")).toBe(",");
    expect(guessDecimal([], ".")).toBe(".");
  });
});

describe("vocabulary", () => {
  const words = vocabulary(emptyMapping());

  it("maps the Danish material words of the issue to schema materials", () => {
    const pairs = {
      muld: "topsoil",
      ler: "clay",
      sand: "sand",
      grus: "gravel",
      fyld: "fill",
      blandet: "mixed",
      beton: "crushed_concrete",
      tegl: "crushed_brick",
      asfalt: "crushed_asphalt",
    };
    for (const [word, material] of Object.entries(pairs))
      expect(words.material(word)).toEqual({ value: material });
  });

  it("accepts schema values, case and accents, and words inside longer words", () => {
    expect(words.material("crushed_concrete")).toEqual({ value: "crushed_concrete" });
    expect(words.material("Moræneler")).toEqual({ value: "clay" });
    expect(words.material("Knust tegl 0-32")).toEqual({ value: "crushed_brick" });
  });

  it("reads a word naming several soils with 'blandet' as mixed, else refuses it as ambiguous", () => {
    expect(words.material("blandet ler og sand")).toEqual({ value: "mixed" });
    expect(words.material("leret sand")).toEqual({
      reason: '"leret sand" is ambiguous (clay, sand): add it to the material words of the mapping',
    });
  });

  it("refuses unknown words, and never finds Object.prototype members", () => {
    expect(words.material("kompost")).toHaveProperty("reason");
    expect(words.material("constructor")).toHaveProperty("reason");
    expect(words.kind("__proto__")).toHaveProperty("reason");
  });

  it("lets the mapping's value map win over the built-in words", () => {
    const mine = vocabulary({ ...emptyMapping(), values: { material: { Skærver: "gravel", ler: "mixed" } } });
    expect(mine.material("skaerver")).toEqual({ value: "gravel" });
    expect(mine.material("LER")).toEqual({ value: "mixed" });
  });

  it("reads material lists", () => {
    expect(words.materials("ler, sand og grus")).toEqual({ value: ["clay", "sand", "gravel"] });
    expect(words.materials(["clay"])).toEqual({ value: ["clay"] });
    expect(words.materials("ler, kompost")).toHaveProperty("reason");
  });

  it("reads kinds, statuses, receiver types and units in Danish", () => {
    expect(words.kind("Modtager")).toEqual({ value: "receiver" });
    expect(words.kind("råstofgrav")).toEqual({ value: "pit" });
    expect(words.status("Afsluttet")).toEqual({ value: "completed" });
    expect(words.receiverType("Støjvold")).toEqual({ value: "noise_wall" });
    expect(words.receiverType("deponi")).toEqual({ value: "landfill" });
    expect(words.unit("m³")).toEqual({ value: "m3" });
    expect(words.unit("tons")).toEqual({ value: "t" });
    expect(words.unit("kg")).toHaveProperty("reason");
  });

  it("pads municipality numbers to four digits", () => {
    expect(words.municipalityCode("101")).toEqual({ value: "0101" });
    expect(words.municipalityCode(147)).toEqual({ value: "0147" });
  });

  it("looks municipality names up in the boundaries, with or without 'Kommune'", () => {
    const areas = [
      { code: "0101", name: "København" },
      { code: "0173", name: "Lyngby-Taarbæk" },
    ] as MunicipalityArea[];
    const named = vocabulary(emptyMapping(), areas);
    expect(named.municipalityCode("Københavns Kommune")).toEqual({ value: "0101" });
    expect(named.municipalityCode("lyngby taarbaek")).toEqual({ value: "0173" });
    expect(named.municipalityCode("Atlantis")).toHaveProperty("reason");
    expect(words.municipalityCode("København")).toEqual({
      reason: '"København" is not a municipality code (4 digits)',
    });
  });
});
