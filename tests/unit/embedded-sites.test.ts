import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { FeatureCollection } from "geojson";
import { describe, expect, it } from "vitest";
import { DEFAULT_DENSITY_T_PER_M3, type Material } from "../../src/domain/materials";
import { municipalityAreasFromGeoJson, resolveSiteMunicipality } from "../../src/domain/municipality";
import { RECEIVER_TYPES, type Site, type SiteKind } from "../../src/domain/site";
import { validateSiteCollection } from "../../src/domain/siteSchema";

const FILES = { sources: "source", receivers: "receiver", pits: "pit" } as const satisfies Record<
  string,
  SiteKind
>;
const REGION_CODES =
  "0101 0147 0151 0153 0155 0157 0159 0161 0163 0165 0167 0169 0173 0175 0183 0185 0187 0190 0201 0210 0217 0219 0223 0230 0240 0250 0260 0270 0400".split(
    " ",
  );
const CLEAN_SOIL: readonly Material[] = ["clay", "sand", "gravel", "topsoil"];

function read(file: string): unknown {
  return JSON.parse(readFileSync(new URL(`../../geodata/sites/${file}.geojson`, import.meta.url), "utf8"));
}

const raw = Object.fromEntries(Object.keys(FILES).map((f) => [f, read(f)]));
const byFile = Object.fromEntries(
  Object.entries(raw).map(([f, r]) => [f, validateSiteCollection(r).sites]),
) as Record<keyof typeof FILES, Site[]>;
const all = Object.values(byFile).flat();
const props = all.map((s) => s.properties);

describe("embedded illustrative sites", () => {
  it.each(Object.keys(FILES))("%s.geojson validates against schema v1 without issues", (file) => {
    expect(validateSiteCollection(raw[file]).issues).toEqual([]);
  });

  it("holds only its own kind in each file", () => {
    for (const [file, kind] of Object.entries(FILES)) {
      expect(byFile[file as keyof typeof FILES].every((s) => s.properties.kind === kind)).toBe(true);
    }
  });

  it("has unique, readable ids across the files", () => {
    const ids = props.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const p of props) {
      const prefix = { source: `src-${p.municipalityCode}-`, receiver: "rcv-", pit: "pit-" }[p.kind];
      expect(p.id.startsWith(prefix), p.id).toBe(true);
      expect(p.id, p.id).toMatch(/^[a-z0-9-]+$/);
    }
  });

  it("has at least 150 sites, all illustrative, covering all 29 municipalities of region 1084", () => {
    expect(all.length).toBeGreaterThanOrEqual(150);
    expect(props.filter((p) => p.illustrative !== true).map((p) => p.id)).toEqual([]);
    const codes = new Set(props.map((p) => p.municipalityCode));
    expect(REGION_CODES.filter((c) => !codes.has(c))).toEqual([]);
  });

  it("has receivers of every type", () => {
    const types = new Set(byFile.receivers.map((s) => s.properties.receiverType));
    expect(RECEIVER_TYPES.filter((t) => !types.has(t))).toEqual([]);
  });

  it("has at least 15 pits, all approximately located; only dispensed ones accept soil, clean only", () => {
    const pits = byFile.pits.map((s) => s.properties);
    expect(pits.length).toBeGreaterThanOrEqual(15);
    expect(pits.every((p) => p.locationApproximate === true)).toBe(true);
    const dispensed = pits.filter((p) => p.section52Dispensation === true);
    expect(dispensed.length).toBeGreaterThanOrEqual(pits.length / 4);
    expect(dispensed.length).toBeLessThan(pits.length / 2);
    for (const p of dispensed) {
      expect(
        p.acceptedMaterials?.every((m) => CLEAN_SOIL.includes(m)),
        p.id,
      ).toBe(true);
      expect(
        p.acceptedClasses?.every((c) => c <= 1),
        p.id,
      ).toBe(true);
    }
    for (const p of pits.filter((p) => p.section52Dispensation !== true)) {
      expect(p.section52Dispensation, p.id).toBe(false);
      expect([p.acceptedMaterials, p.acceptedClasses], p.id).toEqual([undefined, undefined]);
    }
  });

  it("sizes every source between 500 m³ and 2 Mm³ (tonnes converted at material density)", () => {
    for (const p of byFile.sources.map((s) => s.properties)) {
      const m3 =
        p.unit === "t" && p.material ? p.quantity / DEFAULT_DENSITY_T_PER_M3[p.material] : p.quantity;
      expect(m3, p.id).toBeGreaterThanOrEqual(500);
      expect(m3, p.id).toBeLessThanOrEqual(2_000_000);
    }
  });

  it("dates every window within 2026-2031", () => {
    for (const p of props) {
      for (const date of [p.availableFrom, p.availableTo]) {
        if (date === undefined) continue;
        expect(date >= "2026-01-01" && date <= "2031-12-31", `${p.id} ${date}`).toBe(true);
      }
    }
  });
});

const boundariesPath = fileURLToPath(
  new URL("../../../shared/geodata/dagi-kommuner.geojson", import.meta.url),
);
const haveBoundaries = existsSync(boundariesPath);
if (!haveBoundaries)
  console.warn(`Skipping the location checks of the embedded sites: ${boundariesPath} is absent.`);

describe.skipIf(!haveBoundaries)("embedded sites on the DAGI boundaries", () => {
  it("places every site in the municipality it claims (harbour fills: the nearest, within 2 km)", () => {
    const areas = haveBoundaries
      ? municipalityAreasFromGeoJson(JSON.parse(readFileSync(boundariesPath, "utf8")) as FeatureCollection)
      : [];
    const wrong = all
      .map((site) => ({ site, resolved: resolveSiteMunicipality(site, areas) }))
      .filter(({ site, resolved }) => {
        const harbourFill = site.properties.receiverType === "harbour_fill";
        return !(resolved.note === undefined || (harbourFill && resolved.note === "nearest"));
      })
      .map(({ site, resolved }) => `${site.properties.id}: ${JSON.stringify(resolved)}`);
    expect(wrong).toEqual([]);
  });
});
