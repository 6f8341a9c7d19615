import { useEffect, useRef, useState } from "react";
import type { SiteKind } from "../domain/site";
import { useT } from "../i18n/useT";
import type { BoundaryData, FitLines, FlowLines, LonLat, MapPort, SiteAreas, SitePoints } from "../map/types";
import { markFirstDraw } from "../state/firstDraw";
import { useMapExportStore } from "../state/mapExport";
import { useRemoteOverlays } from "../state/remoteLayers";
import { useServices } from "../state/services";
import type { Camera } from "../state/urlState";
import { useViewStore } from "../state/viewStore";

export interface MapViewProps {
  boundaries: BoundaryData | undefined;
  points: SitePoints;
  areas: SiteAreas;
  fitLines: FitLines;
  flows: FlowLines;
  /** Fill colour by municipality code (the forecast balance), or null for none. */
  choropleth: Readonly<Record<string, string>> | null;
  attribution: string[];
  /** The site that may be dragged to move it, if any. */
  draggableSite: string | null;
  onAddAt(at: LonLat): void;
  onSiteDragged(id: string, at: LonLat): void;
  /** The first data has loaded (or failed): once it is drawn, the first start is over. */
  dataReady: boolean;
  /** Where the map starts, when the address says (else the whole region). */
  initialCamera: Camera | undefined;
  onCameraChange(camera: Camera): void;
}

/** Hosts the map; React only calls the adapter's setters, the adapter owns MapLibre. */
export function MapView(props: MapViewProps) {
  const { boundaries, points, areas, fitLines, flows, attribution, draggableSite } = props;
  const t = useT();
  const { createMap } = useServices();
  const container = useRef<HTMLElement>(null);
  const [port, setPort] = useState<MapPort | null>(null);
  const [hovered, setHovered] = useState<string | null>(null);
  const layers = useViewStore((s) => s.layers);
  const selection = useViewStore((s) => s.selection);
  const basemap = useViewStore((s) => s.basemap);
  const zoomTarget = useViewStore((s) => s.zoomTarget);
  const overlays = useRemoteOverlays();
  const cameraTarget = useViewStore((s) => s.cameraTarget);
  // The map is created once: its callbacks read the latest props through this ref.
  const latest = useRef(props);
  latest.current = props;

  // The map is created once; attribution is fixed for its lifetime.
  // biome-ignore lint/correctness/useExhaustiveDependencies: creating the map again would lose its camera
  useEffect(() => {
    if (!container.current) return;
    const { select } = useViewStore.getState();
    const created = createMap({
      container: container.current,
      attribution,
      onSiteClick: (id) => select({ type: "site", id }),
      onMunicipalityClick: (code, at) =>
        useViewStore.getState().editMode === "add"
          ? latest.current.onAddAt(at)
          : select({ type: "municipality", code }),
      onBackgroundClick: (at) =>
        useViewStore.getState().editMode === "add" ? latest.current.onAddAt(at) : select({ type: "none" }),
      onSiteDragged: (id, at) => latest.current.onSiteDragged(id, at),
      onCameraChange: (camera) => latest.current.onCameraChange(camera),
      onHover: setHovered,
    });
    if (latest.current.initialCamera) created.jumpTo(latest.current.initialCamera);
    setPort(created);
    const { setSnapshot } = useMapExportStore.getState();
    setSnapshot(() => created.snapshot());
    return () => {
      setSnapshot(null);
      created.destroy();
    };
  }, [createMap]);

  useEffect(() => {
    if (port && boundaries) port.setBoundaries(boundaries);
  }, [port, boundaries]);
  useEffect(() => port?.setSites(points, areas), [port, points, areas]);
  useEffect(() => port?.setFitLines(fitLines), [port, fitLines]);
  useEffect(() => port?.setFlows(flows), [port, flows]);
  useEffect(() => port?.setChoropleth(props.choropleth), [port, props.choropleth]);
  useEffect(() => {
    if (port && props.dataReady) void port.whenIdle().then(markFirstDraw);
  }, [port, props.dataReady]);
  // On a projector the canvas labels need to grow with the rest of the type.
  const presenting = useViewStore((s) => s.mode === "present");
  useEffect(() => port?.setLabelScale(presenting ? 1.7 : 1), [port, presenting]);
  useEffect(() => {
    for (const kind of Object.keys(layers) as SiteKind[]) port?.setLayerVisible(kind, layers[kind]);
  }, [port, layers]);
  useEffect(() => {
    port?.setSelectedSite(selection.type === "site" ? selection.id : null);
    port?.setSelectedMunicipality(selection.type === "municipality" ? selection.code : null);
  }, [port, selection]);
  useEffect(() => port?.setBasemap(basemap), [port, basemap]);
  useEffect(() => port?.setOverlays(overlays), [port, overlays]);
  useEffect(() => port?.setDraggableSite(draggableSite), [port, draggableSite]);
  useEffect(() => {
    if (zoomTarget) port?.fitBounds(zoomTarget.bbox);
  }, [port, zoomTarget]);
  useEffect(() => {
    if (cameraTarget) port?.flyTo(cameraTarget.camera, cameraTarget.durationMs);
  }, [port, cameraTarget]);

  return (
    <div className="map-wrap">
      <section ref={container} className="map" aria-label={t("map.label")} />
      <p className="visually-hidden" aria-live="polite">
        {hovered ?? ""}
      </p>
    </div>
  );
}
