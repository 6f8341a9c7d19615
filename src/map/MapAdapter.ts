/**
 * The one owner of the MapLibre map. React calls its setters; it pushes only what changed
 * (same object → no setData) and reports clicks through the callbacks it was given.
 */
import {
  AttributionControl,
  type GeoJSONSource,
  type LayerSpecification,
  type MapLayerMouseEvent,
  Map as MapLibreMap,
  NavigationControl,
  Popup,
  ScaleControl,
  type StyleSpecification,
  setWorkerUrl,
} from "maplibre-gl";
import workerUrl from "maplibre-gl/dist/maplibre-gl-worker.mjs?url";
import "maplibre-gl/dist/maplibre-gl.css";
import type { ViewCamera } from "../domain/scenes/scene";
import { SITE_KINDS, type SiteKind } from "../domain/site";
import { arrowIcon, ICON_PIXEL_RATIO, siteIcon } from "./icons";
import { REGION_BBOX } from "./regionBounds";
import { RemoteOverlays } from "./remoteOverlays";
import { SITE_LAYER_IDS, siteLayerId } from "./siteLayers";
import {
  BALANCE_FILL_LAYER,
  type BASE_SOURCE_IDS,
  choroplethColour,
  geojsonSources,
  labelTextSize,
  municipalityHitLayer,
  type OVERLAY_SOURCE_IDS,
  offlineBaseLayers,
  offlineStyle,
  overlayLayers,
} from "./style";
import type {
  BasemapConfig,
  BoundaryData,
  FitLines,
  FlowLines,
  MapEvents,
  MapOverlay,
  MapPort,
  SiteAreas,
  SitePoints,
} from "./types";

setWorkerUrl(workerUrl);

/** How long (ms) a snapshot waits for the map to draw a frame. */
const SNAPSHOT_TIMEOUT_MS = 10_000;

type SourceId = (typeof BASE_SOURCE_IDS)[number] | (typeof OVERLAY_SOURCE_IDS)[number];

export interface MapAdapterOptions extends MapEvents {
  container: HTMLElement;
  attribution: string[];
  /** Called with the hovered feature's name (or null) so the caller can announce it. */
  onHover?(name: string | null): void;
}

export class MapAdapter implements MapPort {
  private readonly map: MapLibreMap;
  private readonly pushed = new Map<SourceId, unknown>();
  private readonly visible: Record<SiteKind, boolean> = { source: true, receiver: true, pit: true };
  private readonly popup = new Popup({ closeButton: false, closeOnClick: false, className: "map-hover" });
  private selectedSite: string | null = null;
  private draggableSite: string | null = null;
  private dragging: string | null = null;
  /** The click that ends a drag is not a click on the map. */
  private swallowClick = false;
  private selectedMunicipality: string | null = null;
  private choropleth: Readonly<Record<string, string>> | null = null;
  private labelScale = 1;
  private glyphsUrl = "";
  private styleLoading = false;
  /** What the current style's sources were created with. */
  private builtWith = new Map<SourceId, unknown>();
  private basemap: BasemapConfig = { type: "offline" };
  private readonly overlays: RemoteOverlays;

  constructor(private readonly options: MapAdapterOptions) {
    this.map = new MapLibreMap({
      container: options.container,
      style: {
        version: 8,
        sources: {},
        layers: [{ id: "sea", type: "background", paint: { "background-color": "#c9dbe8" } }],
      },
      bounds: REGION_BBOX,
      fitBoundsOptions: { padding: 20 },
      attributionControl: false,
      maxZoom: 17,
      // No label/symbol fade: every frame is costly in software GL, and a fade doubles the
      // frames before the map is idle (bench:map).
      fadeDuration: 0,
      minZoom: 5,
    });
    this.map.addControl(new AttributionControl({ compact: false, customAttribution: options.attribution }));
    this.map.addControl(new ScaleControl({ unit: "metric", maxWidth: 120 }), "bottom-left");
    this.map.addControl(new NavigationControl({ showCompass: false }), "top-right");
    this.map.setMissingStyleImageResolver((id) => this.addIcon(id));
    this.map.on("style.load", () => this.catchUp());
    this.overlays = new RemoteOverlays(this.map);
    this.map.on("style.load", () => this.overlays.styleLoaded());
    this.bindEvents();
  }

  /** For end-to-end tests and benchmarks: the screen position of a lon/lat, and idleness. */
  debugHandle() {
    return {
      project: (lon: number, lat: number) => this.map.project([lon, lat]),
      isIdle: () => this.map.loaded() && !this.map.isMoving() && this.map.areTilesLoaded(),
      camera: () => ({
        lon: this.map.getCenter().lng,
        lat: this.map.getCenter().lat,
        zoom: this.map.getZoom(),
      }),
      once: (event: "idle", cb: () => void) => this.map.once(event, cb),
      panBy: (dx: number, dy: number, durationMs: number) =>
        this.map.panBy([dx, dy], { duration: durationMs }),
      /** Features drawn now in a layer (its id as in the style); -1 when there is no such layer. */
      renderedCount: (layerId: string) =>
        this.map.getLayer(layerId) ? this.map.queryRenderedFeatures({ layers: [layerId] }).length : -1,
    };
  }

  setBoundaries(data: BoundaryData): void {
    this.push("neighbours", data.neighbours);
    this.push("municipalities", data.municipalities);
    this.push("municipality-labels", data.labels);
    if (data.glyphsUrl !== this.glyphsUrl) {
      this.glyphsUrl = data.glyphsUrl;
      this.applyStyle();
    }
  }

  setSites(points: SitePoints, areas: SiteAreas): void {
    this.push("sites", points);
    this.push("site-areas", areas);
  }

  setFitLines(lines: FitLines): void {
    this.push("fit-lines", lines);
  }

  setFlows(lines: FlowLines): void {
    this.push("flows", lines);
  }

  setLayerVisible(kind: SiteKind, visible: boolean): void {
    if (this.visible[kind] === visible) return;
    this.visible[kind] = visible;
    if (this.map.getLayer(siteLayerId(kind))) {
      this.map.setLayoutProperty(siteLayerId(kind), "visibility", visible ? "visible" : "none");
    }
  }

  setSelectedSite(id: string | null): void {
    if (id === this.selectedSite) return;
    this.selectedSite = id;
    if (this.map.getLayer("site-selected"))
      this.map.setFilter("site-selected", ["==", ["get", "id"], id ?? ""]);
  }

  setDraggableSite(id: string | null): void {
    this.draggableSite = id;
  }

  setSelectedMunicipality(code: string | null): void {
    if (code === this.selectedMunicipality) return;
    this.selectedMunicipality = code;
    if (this.map.getLayer("municipality-selected")) {
      this.map.setFilter("municipality-selected", ["==", ["get", "code"], code ?? ""]);
    }
  }

  whenIdle(): Promise<void> {
    return new Promise((resolve) => {
      this.map.once("idle", () => resolve());
    });
  }

  setLabelScale(scale: number): void {
    if (scale === this.labelScale) return;
    this.labelScale = scale;
    if (!this.styleLoading && this.map.getLayer("municipality-labels"))
      this.map.setLayoutProperty("municipality-labels", "text-size", labelTextSize(scale));
  }

  setChoropleth(colours: Readonly<Record<string, string>> | null): void {
    if (colours === this.choropleth) return;
    this.choropleth = colours;
    this.paintChoropleth();
  }

  /** Applies the balance fill; without the layer yet, "style.load" (catchUp) calls again. */
  private paintChoropleth(): void {
    const colours = this.choropleth;
    if (this.styleLoading || !this.map.getLayer(BALANCE_FILL_LAYER)) return;
    this.map.setPaintProperty(BALANCE_FILL_LAYER, "fill-color", choroplethColour(colours));
    this.map.setLayoutProperty(BALANCE_FILL_LAYER, "visibility", colours ? "visible" : "none");
  }

  setBasemap(config: BasemapConfig): void {
    if (JSON.stringify(config) === JSON.stringify(this.basemap)) return;
    this.basemap = config;
    if (this.glyphsUrl) this.applyStyle();
  }

  setOverlays(overlays: readonly MapOverlay[]): void {
    this.overlays.set(overlays);
  }

  fitBounds(bbox: [number, number, number, number]): void {
    this.map.fitBounds(bbox, { padding: 40, maxZoom: 13, duration: 600 });
  }

  jumpTo(camera: { lon: number; lat: number; zoom: number }): void {
    this.map.jumpTo({ center: [camera.lon, camera.lat], zoom: camera.zoom });
  }

  /**
   * Without preserveDrawingBuffer (it would cost every frame) the WebGL canvas is only readable
   * while its frame is current: ask for a frame and copy it in that frame's "render" event.
   */
  snapshot(): Promise<HTMLCanvasElement> {
    return new Promise((ok, fail) => {
      const onFrame = () => {
        clearTimeout(timer);
        const drawn = this.map.getCanvas();
        const image = document.createElement("canvas");
        image.width = drawn.width;
        image.height = drawn.height;
        const context = image.getContext("2d");
        if (!context) return fail(new Error("the browser gave no 2D canvas to copy the map into"));
        context.drawImage(drawn, 0, 0);
        ok(image);
      };
      // A map that draws no frame (lost WebGL context) must not leave the caller waiting.
      const timer = setTimeout(() => {
        this.map.off("render", onFrame);
        fail(new Error(`the map drew no frame within ${SNAPSHOT_TIMEOUT_MS / 1000} s`));
      }, SNAPSHOT_TIMEOUT_MS);
      this.map.once("render", onFrame);
      this.map.triggerRepaint();
    });
  }

  flyTo(camera: ViewCamera, durationMs: number): void {
    const target = {
      center: [camera.lon, camera.lat] as [number, number],
      zoom: camera.zoom,
      bearing: camera.bearing ?? 0,
      pitch: camera.pitch ?? 0,
    };
    // `essential`: the caller already chose 0 for prefers-reduced-motion (src/state/scenes.ts).
    if (durationMs <= 0) this.map.jumpTo(target);
    else this.map.flyTo({ ...target, duration: durationMs, essential: true });
  }

  destroy(): void {
    this.popup.remove();
    this.map.remove();
  }

  private push(id: SourceId, data: unknown): void {
    if (this.pushed.get(id) === data) return; // same object: nothing changed
    this.pushed.set(id, data);
    // While a new style loads its sources do not exist yet; "style.load" catches up.
    if (this.styleLoading) return;
    this.map.getSource<GeoJSONSource>(id)?.setData(data as GeoJSON.GeoJSON);
  }

  /** Data pushed while the style was loading, that the style was not built with. */
  private catchUp(): void {
    this.styleLoading = false;
    this.paintChoropleth();
    if (this.map.getLayer("municipality-labels"))
      this.map.setLayoutProperty("municipality-labels", "text-size", labelTextSize(this.labelScale));
    for (const [id, data] of this.pushed) {
      if (this.builtWith.get(id) !== data)
        this.map.getSource<GeoJSONSource>(id)?.setData(data as GeoJSON.GeoJSON);
    }
  }

  /** Our layers over the chosen basemap; sources are re-filled from what was last pushed. */
  private applyStyle(): void {
    this.overlays.styleChanging();
    const ours = offlineStyle(this.glyphsUrl);
    const withState = (layers: LayerSpecification[]) => layers.map((l) => this.withState(l));
    if (this.basemap.type === "style") {
      this.map.setStyle(this.basemap.url, {
        transformStyle: (_previous, next) => ({
          ...next,
          glyphs: next.glyphs ?? ours.glyphs,
          sources: { ...next.sources, ...this.filledSources() },
          layers: [...next.layers, ...withState([municipalityHitLayer(), ...overlayLayers()])],
        }),
      });
      return;
    }
    const style: StyleSpecification = { ...ours, sources: this.filledSources() };
    if (this.basemap.type === "raster") {
      style.sources.basemap = { type: "raster", tiles: [this.basemap.url], tileSize: 256 };
      style.layers = withState([
        { id: "basemap", type: "raster", source: "basemap" },
        municipalityHitLayer(),
        ...overlayLayers(),
      ]);
    } else {
      style.layers = withState([...offlineBaseLayers(), ...overlayLayers()]);
    }
    this.map.setStyle(style, { diff: false });
  }

  private filledSources(): StyleSpecification["sources"] {
    const sources = geojsonSources();
    this.styleLoading = true;
    this.builtWith = new Map(this.pushed);
    for (const [id, data] of this.pushed) {
      const spec = sources[id];
      if (spec?.type === "geojson") sources[id] = { ...spec, data: data as GeoJSON.GeoJSON };
    }
    return sources;
  }

  /** Applies visibility and selection filters so a style reload keeps the view as it was. */
  private withState(layer: LayerSpecification): LayerSpecification {
    const kind = SITE_KINDS.find((k) => siteLayerId(k) === layer.id);
    if (kind !== undefined && !this.visible[kind]) {
      return { ...layer, layout: { ...(layer.layout ?? {}), visibility: "none" } } as LayerSpecification;
    }
    if (layer.id === "site-selected") {
      return { ...layer, filter: ["==", ["get", "id"], this.selectedSite ?? ""] } as LayerSpecification;
    }
    if (layer.id === "municipality-labels" && layer.type === "symbol") {
      return { ...layer, layout: { ...layer.layout, "text-size": labelTextSize(this.labelScale) } };
    }
    if (layer.id === BALANCE_FILL_LAYER) {
      return {
        ...layer,
        layout: { visibility: this.choropleth ? "visible" : "none" },
        paint: { ...layer.paint, "fill-color": choroplethColour(this.choropleth) },
      } as LayerSpecification;
    }
    if (layer.id === "municipality-selected") {
      return {
        ...layer,
        filter: ["==", ["get", "code"], this.selectedMunicipality ?? ""],
      } as LayerSpecification;
    }
    return layer;
  }

  /** Site symbols are generated on demand, so a style reload needs no sprite. */
  private addIcon(name: string): void {
    if (name === "flow-arrow" && !this.map.hasImage(name)) {
      this.map.addImage(name, arrowIcon(), { pixelRatio: ICON_PIXEL_RATIO });
      return;
    }
    const kind = SITE_KINDS.find((k) => `site-${k}` === name);
    if (kind && !this.map.hasImage(name))
      this.map.addImage(name, siteIcon(kind), { pixelRatio: ICON_PIXEL_RATIO });
  }

  /** Press on the draggable site, move, release: a ghost follows the pointer until the drop. */
  private bindDrag(
    siteAt: (e: MapLayerMouseEvent) => { properties: Record<string, unknown> } | undefined,
  ): void {
    const ghost = (lngLat: { lng: number; lat: number } | null) =>
      this.map.getSource<GeoJSONSource>("drag")?.setData({
        type: "FeatureCollection",
        features: lngLat
          ? [
              {
                type: "Feature",
                properties: {},
                geometry: { type: "Point", coordinates: [lngLat.lng, lngLat.lat] },
              },
            ]
          : [],
      });
    this.map.on("mousedown", (e) => {
      const site = siteAt(e);
      if (!site || this.draggableSite === null || String(site.properties.id) !== this.draggableSite) return;
      e.preventDefault(); // keeps the map from panning
      this.dragging = this.draggableSite;
      this.map.getCanvas().style.cursor = "grabbing";
      ghost(e.lngLat);
    });
    this.map.on("mousemove", (e) => {
      if (this.dragging !== null) ghost(e.lngLat);
    });
    this.map.on("mouseup", (e) => {
      const id = this.dragging;
      if (id === null) return;
      this.dragging = null;
      this.swallowClick = true;
      this.map.getCanvas().style.cursor = "";
      ghost(null);
      this.options.onSiteDragged(id, [e.lngLat.lng, e.lngLat.lat]);
    });
  }

  private bindEvents(): void {
    const siteAt = (e: MapLayerMouseEvent) =>
      this.map.queryRenderedFeatures(e.point, {
        layers: SITE_LAYER_IDS.filter((id) => this.map.getLayer(id)),
      })[0];
    this.map.on("click", (e) => {
      if (this.swallowClick) {
        this.swallowClick = false;
        return;
      }
      const site = siteAt(e);
      if (site) return this.options.onSiteClick(String(site.properties.id));
      const muni = this.map.getLayer("municipality-fill")
        ? this.map.queryRenderedFeatures(e.point, { layers: ["municipality-fill"] })[0]
        : undefined;
      const at: [number, number] = [e.lngLat.lng, e.lngLat.lat];
      if (muni) return this.options.onMunicipalityClick(String(muni.properties.code), at);
      this.options.onBackgroundClick(at);
    });
    this.bindDrag(siteAt);
    const reportCamera = () => {
      const c = this.map.getCenter();
      const bearing = this.map.getBearing();
      const pitch = this.map.getPitch();
      this.options.onCameraChange?.({
        lon: c.lng,
        lat: c.lat,
        zoom: this.map.getZoom(),
        ...(bearing !== 0 ? { bearing } : {}),
        ...(pitch !== 0 ? { pitch } : {}),
      });
    };
    this.map.on("moveend", reportCamera);
    // The first view (the region's bounds) is set before any listener: say where it is.
    this.map.once("load", reportCamera);
    this.map.on("mousemove", (e) => {
      const site = siteAt(e);
      this.map.getCanvas().style.cursor = site ? "pointer" : "";
      const muni =
        !site && this.map.getLayer("municipality-fill")
          ? this.map.queryRenderedFeatures(e.point, { layers: ["municipality-fill"] })[0]
          : undefined;
      const name = site ? String(site.properties.name) : muni ? String(muni.properties.name) : null;
      this.options.onHover?.(name);
      if (name === null) {
        this.popup.remove();
        return;
      }
      // setText, never HTML: names are user data.
      this.popup.setLngLat(e.lngLat).setText(name).addTo(this.map);
    });
    this.map.on("mouseout", () => {
      this.popup.remove();
      this.options.onHover?.(null);
    });
  }
}
