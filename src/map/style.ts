/**
 * The offline base style: sea, neighbouring land, Danish municipalities (the region's 29
 * highlighted), labels with locally served glyphs. Sources start empty; the adapter fills them.
 */
import type { ExpressionSpecification, LayerSpecification, StyleSpecification } from "maplibre-gl";
import { BASE_COLOURS } from "./palette";
import { siteLayers } from "./siteLayers";

const EMPTY = { type: "FeatureCollection" as const, features: [] };

export const BASE_SOURCE_IDS = ["neighbours", "municipalities", "municipality-labels"] as const;
export const OVERLAY_SOURCE_IDS = ["site-areas", "sites", "fit-lines", "flows", "drag"] as const;

export function geojsonSources(): StyleSpecification["sources"] {
  const src = { type: "geojson" as const, data: EMPTY };
  return {
    neighbours: src,
    municipalities: { ...src, promoteId: "code" },
    "municipality-labels": src,
    "site-areas": src,
    sites: { ...src, promoteId: "id" },
    "fit-lines": src,
    flows: src,
    drag: src,
  };
}

/**
 * The forecast balance per municipality (src/domain/forecast/choropleth.ts): hidden until the
 * adapter is given colours; drawn under the outlines and sites.
 */
export const BALANCE_FILL_LAYER = "balance-fill";

/** The balance fill's colour expression: each municipality's colour, transparent for any other. */
export function choroplethColour(
  colours: Readonly<Record<string, string>> | null,
): ExpressionSpecification | string {
  const pairs = Object.entries(colours ?? {}).flat();
  if (pairs.length === 0) return "rgba(0,0,0,0)";
  return ["match", ["get", "code"], ...pairs, "rgba(0,0,0,0)"] as unknown as ExpressionSpecification;
}

/** Municipality label size (px) by zoom, times `scale` (presentation mode enlarges them). */
export function labelTextSize(scale: number): ExpressionSpecification {
  return ["interpolate", ["linear"], ["zoom"], 8, 11 * scale, 11, 15 * scale];
}

/** Layers drawn above any basemap: outlines, the sites, and labels on top so they stay legible. */
export function overlayLayers(): LayerSpecification[] {
  return [
    {
      id: BALANCE_FILL_LAYER,
      type: "fill",
      source: "municipalities",
      layout: { visibility: "none" },
      // Opaque enough to read the class on any basemap, translucent enough to keep roads visible.
      paint: { "fill-color": "#000000", "fill-opacity": 0.85 },
    },
    {
      id: "municipality-outline",
      type: "line",
      source: "municipalities",
      paint: {
        "line-color": [
          "case",
          ["get", "inRegion"],
          BASE_COLOURS.municipalityOutline,
          BASE_COLOURS.otherOutline,
        ],
        "line-width": ["case", ["get", "inRegion"], 1.2, 0.6],
      },
    },
    {
      id: "municipality-selected",
      type: "line",
      source: "municipalities",
      filter: ["==", ["get", "code"], ""],
      paint: { "line-color": BASE_COLOURS.selectedOutline, "line-width": 3 },
    },
    ...siteLayers(),
    {
      id: "municipality-labels",
      type: "symbol",
      source: "municipality-labels",
      filter: ["==", ["get", "inRegion"], true],
      layout: {
        "text-field": ["get", "name"],
        "text-font": ["DejaVu Sans"],
        "text-size": labelTextSize(1),
        "text-max-width": 8,
        "text-padding": 4,
      },
      paint: {
        "text-color": BASE_COLOURS.label,
        "text-halo-color": BASE_COLOURS.labelHalo,
        "text-halo-width": 1.5,
      },
    },
  ];
}

/** Land and municipality fills: the offline basemap. Left out under an online basemap. */
export function offlineBaseLayers(): LayerSpecification[] {
  return [
    { id: "sea", type: "background", paint: { "background-color": BASE_COLOURS.sea } },
    {
      id: "neighbours",
      type: "fill",
      source: "neighbours",
      paint: { "fill-color": BASE_COLOURS.neighbourLand },
    },
    {
      id: "municipality-fill",
      type: "fill",
      source: "municipalities",
      paint: {
        "fill-color": [
          "case",
          ["get", "inRegion"],
          BASE_COLOURS.regionMunicipality,
          BASE_COLOURS.otherMunicipality,
        ],
      },
    },
  ];
}

/** A transparent fill that still catches clicks on municipalities under an online basemap. */
export function municipalityHitLayer(): LayerSpecification {
  return {
    id: "municipality-fill",
    type: "fill",
    source: "municipalities",
    paint: { "fill-color": "#000000", "fill-opacity": 0 },
  };
}

export function offlineStyle(glyphsUrl: string): StyleSpecification {
  return {
    version: 8,
    glyphs: glyphsUrl,
    sources: geojsonSources(),
    layers: [...offlineBaseLayers(), ...overlayLayers()],
  };
}
