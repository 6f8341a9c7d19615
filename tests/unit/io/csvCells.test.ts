import { describe, expect, it } from "vitest";
import {
  escapeFormula,
  extraFromCell,
  extraToCell,
  numberCell,
  quoteCell,
  unescapeFormula,
} from "../../../src/io/formats/csvCells";

describe("escapeFormula / unescapeFormula", () => {
  it.each(["=SUM(A1)", "+45 12 34", "-x", "@cmd", "\tTab", "\rCR"])(
    "neutralises %j and gets it back",
    (text) => {
      expect(escapeFormula(text)).toBe(`'${text}`);
      expect(unescapeFormula(escapeFormula(text))).toBe(text);
    },
  );

  it("leaves numbers, including negative ones, as numbers", () => {
    expect(escapeFormula("-12,5")).toBe("-12,5");
    expect(escapeFormula("-1e+21")).toBe("-1e+21");
  });

  it("keeps text that already starts with an apostrophe before such a character", () => {
    expect(escapeFormula("'=x")).toBe("''=x");
    expect(unescapeFormula("''=x")).toBe("'=x");
  });

  it("leaves other apostrophes alone both ways", () => {
    expect(escapeFormula("'hello")).toBe("'hello");
    expect(unescapeFormula("'hello")).toBe("'hello");
  });
});

describe("extraToCell / extraFromCell", () => {
  const values: unknown[] = [
    "plain text",
    "2800",
    "",
    " ",
    "true",
    '"quoted"',
    12.5,
    -3,
    true,
    null,
    [1, "a"],
    JSON.parse('{"__proto__":1}'),
  ];

  it.each(values.map((v) => [JSON.stringify(v), v]))("round-trips %s", (_, value) => {
    expect(extraFromCell(extraToCell(value))).toEqual(value);
  });

  it("writes plain text plainly and quotes only text that would read as something else", () => {
    expect(extraToCell("Kommentar")).toBe("Kommentar");
    expect(extraToCell("2800")).toBe('"2800"');
    expect(extraToCell(2800)).toBe("2800");
  });

  it("reads a user's cell as JSON only when written canonically", () => {
    expect(extraFromCell("0800")).toBe("0800");
    expect(extraFromCell("12345678901234567890")).toBe("12345678901234567890");
    expect(extraFromCell('{ "a": 1 }')).toBe('{ "a": 1 }');
    expect(extraFromCell("2800")).toBe(2800);
  });

  it("reads an empty cell as absent", () => {
    expect(extraFromCell("")).toBeUndefined();
    expect(extraToCell(undefined)).toBe("");
  });

  it("keeps an own __proto__ key inside a JSON value as data", () => {
    const value = extraFromCell('{"__proto__":{"x":1}}') as object;
    expect(Object.hasOwn(value, "__proto__")).toBe(true);
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
  });
});

describe("numberCell", () => {
  it("writes a decimal comma without thousands separators", () => {
    expect(numberCell(-1234.5)).toBe("-1234,5");
    expect(numberCell(6175804.02)).toBe("6175804,02");
  });
});

describe("quoteCell", () => {
  it("quotes cells with the delimiter, quotes or line breaks, doubling quotes", () => {
    expect(quoteCell("a;b", ";")).toBe('"a;b"');
    expect(quoteCell('say "hi"', ";")).toBe('"say ""hi"""');
    expect(quoteCell("two\nlines", ";")).toBe('"two\nlines"');
    expect(quoteCell("a,b", ";")).toBe("a,b");
  });
});
