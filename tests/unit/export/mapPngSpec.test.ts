import { describe, expect, it } from "vitest";
import { buildMapPngSpec, type MapPngInput, mapPngFileName } from "../../../src/components/export/mapPngSpec";
import type { MatchResult } from "../../../src/domain/match";
import { formatDate, formatNumber, translate } from "../../../src/i18n/translate";
import { BASE_COLOURS, SITE_COLOURS } from "../../../src/map/palette";

const da = {
  t: (key: Parameters<typeof translate>[1], vars?: Parameters<typeof translate>[2]) =>
    translate("da", key, vars),
  num: (v: number, digits = 0) => formatNumber("da", v, digits),
  date: (iso: string) => formatDate("da", iso),
};

const INPUT: MapPngInput = {
  municipality: null,
  date: "2026-12-06",
  year: null,
  kinds: [
    { kind: "source", count: 174 },
    { kind: "pit", count: 23 },
  ],
  lines: { flows: false, fitLines: false },
  match: undefined,
  basemapHost: null,
  extraLegends: [],
  extraKpis: [],
};

// Only the figures the image shows; the rest of a result does not matter here.
const MATCH = {
  matchedTonnes: 22609960,
  comparison: { savingVsBaseline: { co2eKg: 50248500, truckKm: 21157397, virginTonnes: 11422015 } },
} as unknown as MatchResult;

describe("what the map image says", () => {
  it("titles the region, dates the map and counts the drawn site kinds when there is no match", () => {
    const spec = buildMapPngSpec(INPUT, da);
    expect(spec.title).toBe("Jordbalance – Region Hovedstaden");
    expect(spec.subtitle).toBe(`Kort pr. ${formatDate("da", "2026-12-06")}`);
    expect(spec.kpis).toEqual([
      { label: "Jordkilder (overskud)", value: "174" },
      { label: "Råstofgrave", value: "23" },
    ]);
    expect(spec.legend).toEqual([
      {
        title: "Lokaliteter",
        items: [
          { color: SITE_COLOURS.source, label: "Jordkilder (overskud)", shape: "circle" },
          { color: SITE_COLOURS.pit, label: "Råstofgrave", shape: "triangle" },
        ],
      },
    ]);
  });

  it("names the selected municipality and the view's forecast year", () => {
    const spec = buildMapPngSpec({ ...INPUT, municipality: "Egedal", year: 2027 }, da);
    expect(spec.title).toBe("Jordbalance – Region Hovedstaden: Egedal Kommune");
    expect(spec.subtitle).toMatch(/ · Prognoseår 2027$/);
  });

  it("shows the match's savings and a legend of its hauls when there is a result", () => {
    const spec = buildMapPngSpec({ ...INPUT, match: MATCH, lines: { flows: true, fitLines: false } }, da);
    expect(spec.kpis).toEqual([
      { label: "Jord til modtagere (t)", value: "22.609.960" },
      { label: "CO₂e sparet mod business as usual", value: "50.248,5 t" },
      { label: "Lastbil-km sparet mod business as usual", value: "21.157.397" },
      { label: "Nye råstoffer sparet", value: "11.422.015 t" },
    ]);
    expect(spec.legend[1]).toEqual({
      title: "Kørsler",
      items: [
        { color: BASE_COLOURS.flowReuse, label: "Kørsel til genbrug", shape: "line" },
        { color: BASE_COLOURS.flowDisposal, label: "Kørsel til bortskaffelse", shape: "dashed" },
      ],
    });
  });

  it("adds the legend groups and key figures other panels registered, after its own", () => {
    const balance = {
      title: "Jordbalance 2027",
      items: [{ color: "#b2182b", label: "Underskud > 50.000 t" }],
    };
    const spec = buildMapPngSpec(
      {
        ...INPUT,
        lines: { flows: false, fitLines: true },
        extraLegends: [balance],
        extraKpis: [{ label: "År", value: "2027" }],
      },
      da,
    );
    expect(spec.legend.map((g) => g.title)).toEqual(["Lokaliteter", "Kørsler", "Jordbalance 2027"]);
    expect(spec.legend[1]?.items).toEqual([
      { color: BASE_COLOURS.fitLine, label: "Mulig kørsel (bedste match)", shape: "line" },
    ]);
    expect(spec.kpis.at(-1)).toEqual({ label: "År", value: "2027" });
  });

  it("credits DAGI and Natural Earth, an online basemap when on, and says the data are illustrative", () => {
    const spec = buildMapPngSpec({ ...INPUT, basemapHost: "tiles.example.com" }, da);
    expect(spec.attribution).toEqual([
      "Indeholder data fra Styrelsen for Dataforsyning og Infrastruktur, DAGI",
      "Natural Earth",
      "Baggrundskort: tiles.example.com",
      "Alle viste lokaliteter er illustrative eksempeldata, ikke reelle projekter.",
    ]);
  });

  it("speaks English when the view does", () => {
    const en = {
      ...da,
      t: (key: Parameters<typeof translate>[1], vars?: Parameters<typeof translate>[2]) =>
        translate("en", key, vars),
    };
    const spec = buildMapPngSpec({ ...INPUT, municipality: "Egedal" }, en);
    expect(spec.title).toBe("Jordbalance – Region Hovedstaden: Egedal Municipality");
    expect(spec.legend[0]?.title).toBe("Sites");
  });

  it("names the file by date", () => {
    expect(mapPngFileName("2026-12-06")).toBe("jordbalance_kort_2026-12-06.png");
  });
});
