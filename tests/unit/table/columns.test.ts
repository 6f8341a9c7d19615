import { describe, expect, it } from "vitest";
import {
  COLUMNS,
  type Column,
  editText,
  parseDecimal,
  parseEdit,
} from "../../../src/components/table/columns";
import { pointSite, receiver, source } from "../helpers";

const column = (field: string) => COLUMNS.find((c) => c.field === field) as Column;

describe("parseDecimal", () => {
  it("accepts a decimal comma or point and spaces between digits", () => {
    expect(parseDecimal("1234,5")).toBe(1234.5);
    expect(parseDecimal("1234.5")).toBe(1234.5);
    expect(parseDecimal(" 12 000 ")).toBe(12000);
    expect(parseDecimal(",5")).toBe(0.5);
    expect(parseDecimal("-3")).toBe(-3);
  });
  it("refuses what is not plainly a number, rather than guess", () => {
    for (const text of ["", "abc", "1.234,5", "1,2,3", "1e3", "0x10", "Infinity", "12 t"])
      expect(parseDecimal(text), text).toBeNull();
  });
});

describe("editing a cell", () => {
  it("starts from the raw value, with the language's decimal separator", () => {
    const p = source("s", 12, 55, { quantity: 1234.5, soilClass: 2 }).properties;
    expect(editText(p, column("quantity"), ",")).toBe("1234,5");
    expect(editText(p, column("quantity"), ".")).toBe("1234.5");
    expect(editText({ ...p, quantity: 1e-7 }, column("quantity"), ",")).toBe("0,0000001");
    expect(editText(p, column("soilClass"), ",")).toBe("2");
    expect(editText(p, column("status"), ",")).toBe("");
  });

  it("turns the text into the property's value; blank optional values remove it", () => {
    expect(parseEdit(column("quantity"), "1234,5")).toEqual({ ok: true, value: 1234.5 });
    expect(parseEdit(column("quantity"), "abc")).toEqual({ ok: false, error: "table.edit.number" });
    expect(parseEdit(column("soilClass"), "3")).toEqual({ ok: true, value: 3 });
    expect(parseEdit(column("soilClass"), "")).toEqual({ ok: true, value: undefined });
    expect(parseEdit(column("section52Dispensation"), "false")).toEqual({ ok: true, value: false });
    expect(parseEdit(column("municipalityCode"), " 0101 ")).toEqual({ ok: true, value: "0101" });
    expect(parseEdit(column("municipalityCode"), "  ")).toEqual({ ok: true, value: undefined });
    expect(parseEdit(column("availableTo"), "")).toEqual({ ok: true, value: undefined });
    expect(parseEdit(column("name"), "<b>Ny</b> ")).toEqual({ ok: true, value: "<b>Ny</b> " });
    expect(parseEdit(column("material"), "sand")).toEqual({ ok: true, value: "sand" });
  });

  it("lets §52 be edited for pits only", () => {
    const pit = pointSite(12, 55, { id: "p", kind: "pit", material: "sand" }).properties;
    expect(column("section52Dispensation").editable(pit)).toBe(true);
    expect(column("section52Dispensation").editable(receiver("r", 12, 55).properties)).toBe(false);
  });
});
