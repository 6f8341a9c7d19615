import { describe, expect, it } from "vitest";
import {
  emptyMapping,
  MAPPING_FORMAT,
  mergeMapping,
  parseSavedMapping,
} from "../../../src/io/mapping/fieldMapping";
import { UserError } from "../../../src/io/userError";

describe("emptyMapping", () => {
  it("maps nothing, with the given decimal mark", () => {
    expect(emptyMapping(",")).toEqual({
      format: MAPPING_FORMAT,
      fields: {},
      values: {},
      decimal: ",",
      ignore: [],
    });
  });
});

describe("parseSavedMapping", () => {
  it("accepts a partial mapping", () => {
    const raw = {
      fields: { quantity: "Overskud (m3)" },
      unit: "m3",
      values: { material: { skærver: "gravel" } },
    };
    expect(parseSavedMapping(raw, "m.json")).toEqual(raw);
  });

  it("refuses unknown fields and values, naming where", () => {
    const call = () =>
      parseSavedMapping({ fields: { colour: "x" }, values: { material: { x: "gold" } } }, "m.json");
    expect(call).toThrow(UserError);
    expect(call).toThrow(/m\.json is not a field mapping: fields: .*colour.*; values\.material\.x: /);
  });

  it("refuses another format version", () => {
    expect(() => parseSavedMapping({ format: "jordbalance/mapping@2" }, "m.json")).toThrow(/format/);
  });
});

describe("mergeMapping", () => {
  const suggested = {
    ...emptyMapping(","),
    fields: { name: "navn", municipalityCode: "kommune" },
    coordinates: { x: "x", y: "y" },
  };

  it("lets saved choices win and keeps the rest of the suggestion", () => {
    const m = mergeMapping(suggested, { fields: { name: "Projekt" }, unit: "t", decimal: "." });
    expect(m.fields).toEqual({ name: "Projekt", municipalityCode: "kommune" });
    expect(m).toMatchObject({ unit: "t", decimal: ".", coordinates: { x: "x", y: "y" } });
  });

  it("takes a column the saved mapping assigns away from the field the suggestion guessed for it", () => {
    const guessed = { ...emptyMapping(), fields: { kind: "Art", name: "Navn" } };
    expect(mergeMapping(guessed, { fields: { material: "Art" } }).fields).toEqual({
      name: "Navn",
      material: "Art",
    });
  });

  it("unmaps a field saved as an empty string", () => {
    expect(mergeMapping(suggested, { fields: { municipalityCode: "" } }).fields).toEqual({ name: "navn" });
  });

  it("merges value maps and replaces the ignore list", () => {
    const base = { ...suggested, values: { material: { a: "clay" as const } }, ignore: ["z"] };
    const m = mergeMapping(base, { values: { material: { b: "sand" } }, ignore: [] });
    expect(m.values.material).toEqual({ a: "clay", b: "sand" });
    expect(m.ignore).toEqual([]);
  });
});
