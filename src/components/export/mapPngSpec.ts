/**
 * What the map image says, built from what the app shows now: title and date, a legend of
 * the drawn site kinds and lines, the match's savings (or site counts) as key figures, and the
 * sources. Panels add their own legend groups and figures through state/mapExport.ts.
 */
import type { MatchResult } from "../../domain/match";
import type { SiteKind } from "../../domain/site";
import type { MessageKey } from "../../i18n/catalog";
import type { Vars } from "../../i18n/translate";
import { BASE_COLOURS, SITE_COLOURS, SITE_SHAPES } from "../../map/palette";
import type { Kpi, LegendGroup, LegendItem } from "../../state/mapExport";
import type { MapPngSpec } from "./mapPngLayout";

export interface MapPngInput {
  /** Name of the selected municipality, if one is selected. */
  municipality: string | null;
  /** The export's date, yyyy-mm-dd. */
  date: string;
  /** The view's forecast year, if set. */
  year: number | null;
  /** The site kinds drawn (visible layers) with how many sites each has. */
  kinds: readonly { kind: SiteKind; count: number }[];
  /** Which line layers have something drawn. */
  lines: { flows: boolean; fitLines: boolean };
  match: MatchResult | undefined;
  /** Host of the online basemap, when one is on (its provider must be credited). */
  basemapHost: string | null;
  extraLegends: readonly LegendGroup[];
  extraKpis: readonly Kpi[];
}

export interface Formatters {
  t(key: MessageKey, vars?: Vars): string;
  num(value: number, digits?: number): string;
  /** A yyyy-mm-dd date in the language's words. */
  date(iso: string): string;
}

const KIND_LABEL: Record<SiteKind, MessageKey> = {
  source: "layers.source",
  receiver: "layers.receiver",
  pit: "layers.pit",
};

export function mapPngFileName(date: string): string {
  return `jordbalance_kort_${date}.png`;
}

export function buildMapPngSpec(input: MapPngInput, { t, num, date }: Formatters): MapPngSpec {
  const sites: LegendGroup = {
    title: t("export.png.legend.sites"),
    items: input.kinds.map(({ kind }) => ({
      color: SITE_COLOURS[kind],
      label: t(KIND_LABEL[kind]),
      shape: SITE_SHAPES[kind],
    })),
  };
  const lineItems: LegendItem[] = [
    ...(input.lines.flows
      ? [
          { color: BASE_COLOURS.flowReuse, label: t("match.legend.reuse"), shape: "line" as const },
          { color: BASE_COLOURS.flowDisposal, label: t("match.legend.disposal"), shape: "dashed" as const },
        ]
      : []),
    ...(input.lines.fitLines
      ? [{ color: BASE_COLOURS.fitLine, label: t("legend.fitLine"), shape: "line" as const }]
      : []),
  ];
  const legend = [
    sites,
    { title: t("export.png.legend.lines"), items: lineItems },
    ...input.extraLegends,
  ].filter((g) => g.items.length > 0);

  const m = input.match;
  const figures: Kpi[] = m
    ? [
        { label: t("match.kpi.matched"), value: num(m.matchedTonnes) },
        { label: t("export.png.kpi.co2"), value: `${num(m.comparison.savingVsBaseline.co2eKg / 1000, 1)} t` },
        { label: t("export.png.kpi.truckKm"), value: num(m.comparison.savingVsBaseline.truckKm) },
        { label: t("export.png.kpi.virgin"), value: `${num(m.comparison.savingVsBaseline.virginTonnes)} t` },
      ]
    : input.kinds.map(({ kind, count }) => ({ label: t(KIND_LABEL[kind]), value: num(count) }));

  const subtitle = [
    t("export.png.subtitle", { date: date(input.date) }),
    ...(input.year !== null ? [t("export.png.year", { year: String(input.year) })] : []),
  ].join(" · ");
  return {
    title: input.municipality
      ? t("export.png.titleMunicipality", { name: input.municipality })
      : t("export.png.title"),
    subtitle,
    legend,
    kpis: [...figures, ...input.extraKpis],
    attribution: [
      t("attribution.dagi"),
      t("attribution.ne"),
      ...(input.basemapHost ? [t("export.png.basemap", { host: input.basemapHost })] : []),
      t("app.illustrativeLong"),
    ],
  };
}
