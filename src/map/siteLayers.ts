/** Site layers: one symbol layer per kind (so each toggles alone), polygons' outlines, fit lines. */
import type { ExpressionSpecification, LayerSpecification } from "maplibre-gl";
import { SITE_KINDS, type SiteKind } from "../domain/site";
import { BASE_COLOURS, SITE_COLOURS } from "./palette";

export const siteLayerId = (kind: SiteKind) => `sites-${kind}`;
export const SITE_LAYER_IDS = SITE_KINDS.map(siteLayerId);

// Symbol scale by quantity: ln(t) from 1,000 t (0.3) to 3 Mt (0.95); icons are 24 CSS px.
const sizeByTonnes: ExpressionSpecification = [
  "interpolate",
  ["linear"],
  ["ln", ["max", 1, ["get", "tonnes"]]],
  Math.log(1_000),
  0.3,
  Math.log(3_000_000),
  0.95,
];

export function siteLayers(): LayerSpecification[] {
  const areaOutline: LayerSpecification = {
    id: "site-areas",
    type: "line",
    source: "site-areas",
    paint: {
      "line-color": [
        "match",
        ["get", "kind"],
        "source",
        SITE_COLOURS.source,
        "pit",
        SITE_COLOURS.pit,
        SITE_COLOURS.receiver,
      ],
      "line-width": 1.5,
      "line-dasharray": [2, 1],
    },
  };
  const fitLines: LayerSpecification = {
    id: "fit-lines",
    type: "line",
    source: "fit-lines",
    layout: { "line-cap": "round" },
    paint: {
      "line-color": BASE_COLOURS.fitLine,
      "line-width": ["interpolate", ["linear"], ["get", "rank"], 1, 5, 5, 2],
      "line-opacity": 0.9,
    },
  };
  const symbols = SITE_KINDS.map(
    (kind): LayerSpecification => ({
      id: siteLayerId(kind),
      type: "symbol",
      source: "sites",
      filter: ["==", ["get", "kind"], kind],
      layout: {
        "icon-image": `site-${kind}`,
        "icon-size": sizeByTonnes,
        "icon-allow-overlap": true,
        "icon-ignore-placement": true,
        // Big sites under small ones, so small ones stay clickable: the features come sorted
        // by tonnes (largest first) and are drawn in that order. A per-feature sort key made
        // MapLibre draw and place every symbol alone (bench:map, 83× slower at 50,000 sites).
        "symbol-z-order": "source",
      },
    }),
  );
  const selected: LayerSpecification = {
    id: "site-selected",
    type: "circle",
    source: "sites",
    filter: ["==", ["get", "id"], ""],
    paint: {
      "circle-radius": 16,
      "circle-color": "rgba(0,0,0,0)",
      "circle-stroke-color": BASE_COLOURS.selectedHalo,
      "circle-stroke-width": 3,
    },
  };
  const dragGhost: LayerSpecification = {
    id: "drag",
    type: "circle",
    source: "drag",
    paint: {
      "circle-radius": 9,
      "circle-color": "rgba(255,255,255,0.6)",
      "circle-stroke-color": BASE_COLOURS.selectedHalo,
      "circle-stroke-width": 2,
    },
  };
  return [areaOutline, ...flowLayers(), fitLines, ...symbols, selected, dragGhost];
}

/** Flow width by tonnes: 1 px at 1,000 t to 10 px at 2 Mt (square-root-like on a log scale). */
const flowWidth: ExpressionSpecification = [
  "interpolate",
  ["linear"],
  ["ln", ["max", 1, ["get", "tonnes"]]],
  Math.log(1_000),
  1,
  Math.log(2_000_000),
  10,
];

function flowLayers(): LayerSpecification[] {
  const reuse: ExpressionSpecification = ["==", ["get", "reuse"], true];
  return [
    {
      id: "flows-reuse",
      type: "line",
      source: "flows",
      filter: reuse,
      layout: { "line-cap": "round" },
      paint: { "line-color": BASE_COLOURS.flowReuse, "line-width": flowWidth, "line-opacity": 0.75 },
    },
    {
      id: "flows-disposal",
      type: "line",
      source: "flows",
      filter: ["!", reuse],
      paint: {
        "line-color": BASE_COLOURS.flowDisposal,
        "line-width": flowWidth,
        "line-opacity": 0.75,
        "line-dasharray": [2, 1],
      },
    },
    {
      // Chevrons along each flow show its direction, source → receiver.
      id: "flow-arrows",
      type: "symbol",
      source: "flows",
      layout: {
        "symbol-placement": "line",
        "symbol-spacing": 90,
        "icon-image": "flow-arrow",
        "icon-size": 0.6,
        "icon-allow-overlap": true,
        "icon-ignore-placement": true,
      },
    },
  ];
}
