import { describe, expect, it } from "vitest";
import { isLonLatPair, suggestMapping } from "../../../src/io/mapping/autoMap";
import { TARGET_FIELDS } from "../../../src/io/mapping/fieldMapping";

const csv = { coordinates: true, decimal: "," } as const;

describe("suggestMapping", () => {
  it("maps the Danish column names of the issue", () => {
    const m = suggestMapping(
      ["Projektnavn", "Mængde (m³)", "Jordtype", "Jordklasse", "Kommunekode", "Fra", "Til", "Øst", "Nord"],
      csv,
    );
    expect(m.fields).toEqual({
      name: "Projektnavn",
      quantity: "Mængde (m³)",
      material: "Jordtype",
      soilClass: "Jordklasse",
      municipalityCode: "Kommunekode",
      availableFrom: "Fra",
      availableTo: "Til",
    });
    expect(m.coordinates).toEqual({ x: "Øst", y: "Nord" });
    expect(m.unit).toBe("m3");
    expect(m.decimal).toBe(",");
  });

  it("tolerates spellings without Danish letters and reads a unit from the column name", () => {
    const m = suggestMapping(
      ["navn", "maengde", "materiale", "klasse", "kommune", "start", "slut", "x", "y"],
      csv,
    );
    expect(m.fields).toMatchObject({ name: "navn", quantity: "maengde", municipalityCode: "kommune" });
    expect(m.unit).toBeUndefined();
    expect(suggestMapping(["tons"], csv).unit).toBe("t");
  });

  it("maps the schema's own keys one to one before anything else", () => {
    const m = suggestMapping([...TARGET_FIELDS, "navn", "kommune"], csv);
    expect(m.fields).toEqual(Object.fromEntries(TARGET_FIELDS.map((f) => [f, f])));
  });

  it("guesses nothing more for a file already in the schema's layout (an extra 'fra' stays an extra)", () => {
    const m = suggestMapping(
      ["id", "kind", "name", "quantity", "unit", "fra", "Lon", "lon", "lat", "Geometri"],
      csv,
    );
    expect(m.fields).toEqual({ id: "id", kind: "kind", name: "name", quantity: "quantity", unit: "unit" });
    expect(m.coordinates).toEqual({ x: "lon", y: "lat" });
    expect(m.geometry).toBeUndefined();
  });

  it("prefers a code column over a name column for the municipality", () => {
    const m = suggestMapping(["Kommune", "Kommunekode"], csv);
    expect(m.fields.municipalityCode).toBe("Kommunekode");
  });

  it("takes lon/lat over x/y when both are present, and leaves x/y out instead of keeping them as data", () => {
    const m = suggestMapping(["lon", "lat", "x", "y", "geometry"], csv);
    expect(m.coordinates).toEqual({ x: "lon", y: "lat" });
    expect(m.ignore).toEqual(["x", "y"]);
    expect(m.geometry).toBe("geometry");
  });

  it("finds a known word inside a longer column name", () => {
    expect(suggestMapping(["Dato fra", "Dato til"], csv).fields).toEqual({
      availableFrom: "Dato fra",
      availableTo: "Dato til",
    });
  });

  it("does not look for coordinate columns in formats that have geometries", () => {
    const m = suggestMapping(["x", "y", "navn"], { coordinates: false, decimal: "." });
    expect(m.coordinates).toBeUndefined();
    expect(m.fields).toEqual({ name: "navn" });
  });
});

describe("isLonLatPair", () => {
  it("is true only for columns named as longitude and latitude", () => {
    expect(isLonLatPair(suggestMapping(["Longitude", "Latitude"], csv))).toBe(true);
    expect(isLonLatPair(suggestMapping(["x", "y"], csv))).toBe(false);
  });
});
