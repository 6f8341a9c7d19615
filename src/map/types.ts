/** What the map adapter is given. Plain data only, so the adapter can be replaced in tests. */
import type { FeatureCollection, LineString, MultiPolygon, Point, Polygon } from "geojson";
import type { ViewCamera } from "../domain/scenes/scene";
import type { SiteKind } from "../domain/site";

export interface MunicipalityProps {
  code: string;
  name: string;
  inRegion: boolean;
  areaKm2: number;
}

export interface BoundaryData {
  municipalities: FeatureCollection<Polygon | MultiPolygon, MunicipalityProps>;
  labels: FeatureCollection<Point, MunicipalityProps>;
  neighbours: FeatureCollection<Polygon | MultiPolygon>;
  /** Absolute glyph URL template with {fontstack} and {range}. */
  glyphsUrl: string;
}

export interface SitePointProps {
  id: string;
  kind: SiteKind;
  name: string;
  /** Quantity in tonnes, for symbol size. */
  tonnes: number;
}

export interface FitLineProps {
  /** 1 = best. */
  rank: number;
  tonnes: number;
}

export interface FlowProps {
  sourceId: string;
  receiverId: string;
  tonnes: number;
  /** true: the soil is reused; false: only disposed of. */
  reuse: boolean;
}

export type FlowLines = FeatureCollection<LineString, FlowProps>;
export type SitePoints = FeatureCollection<Point, SitePointProps>;
export type SiteAreas = FeatureCollection<Polygon | MultiPolygon, SitePointProps>;
export type FitLines = FeatureCollection<LineString, FitLineProps>;

export type BasemapConfig =
  | { type: "offline" }
  | { type: "style"; url: string }
  | { type: "raster"; url: string };

/** A read-only layer from an address (WGS84), drawn under the sites in its own colour. */
export interface MapOverlay {
  id: string;
  data: FeatureCollection;
  visible: boolean;
  /** CSS colour, one per layer (palette.ts OVERLAY_COLOURS). */
  colour: string;
}

export type LonLat = [number, number];

export interface MapEvents {
  onSiteClick(id: string): void;
  onMunicipalityClick(code: string, at: LonLat): void;
  onBackgroundClick(at: LonLat): void;
  /** The draggable site was dropped at a new place. */
  onSiteDragged(id: string, at: LonLat): void;
  /** The camera came to rest (after a pan, zoom or fly), and once when the map has loaded. */
  onCameraChange?(camera: ViewCamera): void;
}

/** The interface React talks to; MapAdapter implements it with MapLibre. */
export interface MapPort {
  setBoundaries(data: BoundaryData): void;
  setSites(points: SitePoints, areas: SiteAreas): void;
  setLayerVisible(kind: SiteKind, visible: boolean): void;
  setSelectedSite(id: string | null): void;
  /** The site that can be dragged to move it (the selected one while editing is possible). */
  setDraggableSite(id: string | null): void;
  setSelectedMunicipality(code: string | null): void;
  setFitLines(lines: FitLines): void;
  /** The optimal match's flows, source → receiver. */
  setFlows(lines: FlowLines): void;
  setBasemap(config: BasemapConfig): void;
  /** Resolves when the map next comes to rest with everything drawn. */
  whenIdle(): Promise<void>;
  /** Scales the municipality labels (1 = normal; presentation mode uses more for a projector). */
  setLabelScale(scale: number): void;
  /** Fill colours by municipality code (the forecast balance), or null to hide the fill. */
  setChoropleth(colours: Readonly<Record<string, string>> | null): void;
  /** The remote layers, replacing those set before (same data object → no redraw). */
  setOverlays(overlays: readonly MapOverlay[]): void;
  fitBounds(bbox: [number, number, number, number]): void;
  jumpTo(camera: { lon: number; lat: number; zoom: number }): void;
  /** A copy of the map as drawn now, at the canvas' pixel size (CSS size × device pixel ratio). */
  snapshot(): Promise<HTMLCanvasElement>;
  /** An animated flight to a camera over `durationMs`; 0 jumps there at once. */
  flyTo(camera: ViewCamera, durationMs: number): void;
  destroy(): void;
}
