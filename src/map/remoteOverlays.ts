/**
 * Remote layers on the map: one GeoJSON source per layer, drawn as a polygon fill, lines
 * (polygon outlines too) and circles, in the layer's colour, under the site symbols. A style
 * change drops them; they are added again once the new style has loaded.
 */
import type {
  ExpressionSpecification,
  GeoJSONSource,
  LayerSpecification,
  Map as MapLibreMap,
} from "maplibre-gl";
import type { MapOverlay } from "./types";

/** The lowest site layer (siteLayers.ts): overlays go below it, so sites stay on top and clickable. */
const BELOW = "site-areas";

const sourceId = (id: string) => `remote-${id}`;

/** Style layer ids of one remote layer (the browser test counts what `point` draws). */
export const overlayLayerIds = (id: string) =>
  [`remote-${id}-fill`, `remote-${id}-line`, `remote-${id}-point`] as const;

// Both spellings: MapLibre reports multi-geometries as their single type in some versions.
const isPolygon: ExpressionSpecification = [
  "match",
  ["geometry-type"],
  ["Polygon", "MultiPolygon"],
  true,
  false,
];
const isPoint: ExpressionSpecification = ["match", ["geometry-type"], ["Point", "MultiPoint"], true, false];

function layersOf(overlay: MapOverlay): LayerSpecification[] {
  const [fill, line, point] = overlayLayerIds(overlay.id);
  const source = sourceId(overlay.id);
  const layout = { visibility: overlay.visible ? ("visible" as const) : ("none" as const) };
  return [
    {
      id: fill,
      type: "fill",
      source,
      filter: isPolygon,
      layout,
      paint: { "fill-color": overlay.colour, "fill-opacity": 0.2 },
    },
    {
      id: line,
      type: "line",
      source,
      filter: ["!", isPoint],
      layout: { ...layout, "line-join": "round" },
      paint: { "line-color": overlay.colour, "line-width": 2 },
    },
    {
      // Rings with a white centre: filled symbols are sites, rings are a remote layer's points.
      id: point,
      type: "circle",
      source,
      filter: isPoint,
      layout,
      paint: {
        "circle-radius": 4,
        "circle-color": "#ffffff",
        "circle-stroke-color": overlay.colour,
        "circle-stroke-width": 2.5,
      },
    },
  ];
}

export class RemoteOverlays {
  private wanted: readonly MapOverlay[] = [];
  /** What the current style holds, as last added or updated. */
  private readonly shown = new Map<string, MapOverlay>();
  private ready = false;

  constructor(private readonly map: MapLibreMap) {}

  set(overlays: readonly MapOverlay[]): void {
    this.wanted = overlays;
    if (this.ready) this.sync();
  }

  /** A new style is on its way and will hold none of ours. */
  styleChanging(): void {
    this.ready = false;
    this.shown.clear();
  }

  styleLoaded(): void {
    this.ready = true;
    this.sync();
  }

  private sync(): void {
    const wantedIds = new Set(this.wanted.map((o) => o.id));
    for (const id of this.shown.keys()) {
      if (wantedIds.has(id)) continue;
      for (const layer of overlayLayerIds(id)) if (this.map.getLayer(layer)) this.map.removeLayer(layer);
      if (this.map.getSource(sourceId(id))) this.map.removeSource(sourceId(id));
      this.shown.delete(id);
    }
    const before = this.map.getLayer(BELOW) ? BELOW : undefined;
    for (const overlay of this.wanted) {
      const had = this.shown.get(overlay.id);
      if (had === undefined) {
        this.map.addSource(sourceId(overlay.id), { type: "geojson", data: overlay.data });
        for (const layer of layersOf(overlay)) this.map.addLayer(layer, before);
      } else {
        if (had.data !== overlay.data)
          this.map.getSource<GeoJSONSource>(sourceId(overlay.id))?.setData(overlay.data);
        const [fill, line, point] = overlayLayerIds(overlay.id);
        if (had.visible !== overlay.visible)
          for (const layer of [fill, line, point])
            this.map.setLayoutProperty(layer, "visibility", overlay.visible ? "visible" : "none");
        if (had.colour !== overlay.colour) {
          this.map.setPaintProperty(fill, "fill-color", overlay.colour);
          this.map.setPaintProperty(line, "line-color", overlay.colour);
          this.map.setPaintProperty(point, "circle-stroke-color", overlay.colour);
        }
      }
      this.shown.set(overlay.id, overlay);
    }
  }
}
