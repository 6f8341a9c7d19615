import { describe, expect, it } from "vitest";
import {
  checkSize,
  decodeText,
  decodeWindows1252,
  formatMegabytes,
  MAX_IMPORT_BYTES,
} from "../../../src/io/formats/text";
import { UserError } from "../../../src/io/userError";

describe("decodeText", () => {
  it("reads UTF-8 and drops a BOM", () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode("navn;mængde")]);
    expect(decodeText(bytes, "a.csv")).toEqual({ text: "navn;mængde", encoding: "UTF-8" });
  });

  it("reads UTF-16 little-endian with its BOM (Excel's Unicode text)", () => {
    const bytes = new Uint8Array([0xff, 0xfe, 0x65, 0x00, 0xf8, 0x00]);
    expect(decodeText(bytes, "a.txt")).toEqual({ text: "eø", encoding: "UTF-16LE" });
  });

  it("reads UTF-16 big-endian with its BOM", () => {
    const bytes = new Uint8Array([0xfe, 0xff, 0x00, 0x65, 0x00, 0xf8]);
    expect(decodeText(bytes, "a.txt").text).toBe("eø");
  });

  it("falls back to Latin-1 (Windows-1252) for bytes that are not UTF-8, and says so", () => {
    const bytes = new Uint8Array([0x4d, 0xe6, 0x6e, 0x67, 0x64, 0x65, 0x80]); // "Mængde€" in Windows-1252
    const decoded = decodeText(bytes, "a.csv");
    expect(decoded.text).toBe("Mængde€");
    expect(decoded.encoding).toBe("Latin-1");
    expect(decoded.note).toMatch(/Latin-1/);
  });

  it("refuses an empty file by name", () => {
    expect(() => decodeText(new Uint8Array(), "tom.csv")).toThrow(
      new UserError("tom.csv is empty (0 bytes)."),
    );
  });
});

describe("checkSize", () => {
  it("accepts a file at the limit", () => {
    expect(() => checkSize(new Uint8Array(10), "a.csv", 10)).not.toThrow();
  });

  it("refuses a file over the limit, naming it, its size and the limit", () => {
    const call = () => checkSize(new Uint8Array(3 * 1024 * 1024), "stor.geojson", 2 * 1024 * 1024);
    expect(call).toThrow(UserError);
    expect(call).toThrow(/stor\.geojson is 3\.0 MB; files up to 2\.0 MB/);
  });

  it("has a default limit of 200 MB", () => {
    expect(MAX_IMPORT_BYTES).toBe(200 * 1024 * 1024);
  });
});

describe("formatMegabytes", () => {
  it("writes binary megabytes with one decimal", () => {
    expect(formatMegabytes(1.5 * 1024 * 1024)).toBe("1.5 MB");
  });
});

describe("decodeWindows1252", () => {
  it("maps 0x80-0x9F as Windows does (€, curly quotes, dashes) and the rest as Latin-1", () => {
    expect(decodeWindows1252(new Uint8Array([0x80, 0x93, 0x94, 0x96, 0xe6, 0xf8, 0xe5]))).toBe("€“”–æøå");
  });

  it("decodes more bytes than one chunk", () => {
    expect(decodeWindows1252(new Uint8Array(20000).fill(0xe6))).toBe("æ".repeat(20000));
  });
});
