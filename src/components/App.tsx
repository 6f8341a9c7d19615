import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { fitsNearby } from "../domain/fit";
import { balanceChoropleth } from "../domain/forecast/choropleth";
import { shownForecastYear } from "../domain/forecast/types";
import type { MatchFlow } from "../domain/match";
import { municipalityAreasFromGeoJson } from "../domain/municipality";
import { SITE_KINDS, type Site, type SiteKind } from "../domain/site";
import { activeInYear } from "../domain/siteYear";
import { summarizeByMunicipality } from "../domain/summary";
import { useT } from "../i18n/useT";
import { flowsToCsv, flowsToGeoJson } from "../io/flowsExport";
import type { ImportInput } from "../io/formats/types";
import type { FitLines, FlowLines } from "../map/types";
import { useBoundaries, useDataIndex, useSiteFeatures, useSites } from "../state/atlasData";
import { primeDerived, useAtlasSites } from "../state/atlasSites";
import { useForecast } from "../state/forecastData";
import { shownResult, useMatchStore } from "../state/matchStore";
import { useSceneFromAddress } from "../state/scenes";
import { useServices } from "../state/services";
import { useDocumentSites } from "../state/useDocument";
import { useMatchRunner } from "../state/useMatchRunner";
import { useSiteEditing } from "../state/useSiteEditing";
import { applyUrlView, useUrlViewWriter } from "../state/useUrlView";
import { useViewStore } from "../state/viewStore";
import { useWorkspace } from "../state/workspace";
import { keepForecast, useShownForecast } from "../state/workspaceForecast";
import { BalanceLegend, NO_DATA_COLOUR } from "./balance/BalanceLegend";
import { BalancePanel } from "./balance/BalancePanel";
import { DetailsPanel } from "./DetailsPanel";
import { downloadText } from "./download";
import { ExportPanel } from "./ExportPanel";
import { MapPngExport } from "./export/MapPngExport";
import { FIT_LINES_SHOWN } from "./FitList";
import { Header } from "./Header";
import { ImportDialog } from "./import/ImportDialog";
import { LayerPanel } from "./LayerPanel";
import { LoadIssues } from "./LoadIssues";
import { MapView } from "./MapView";
import { type MunicipalityEntry, MunicipalityPicker } from "./MunicipalityPicker";
import { KpiTable } from "./match/KpiTable";
import { MatchPanel } from "./match/MatchPanel";
import { MapKey } from "./presentation/MapKey";
import { PresentationBar } from "./presentation/PresentationBar";
import { useKpiItems } from "./presentation/useKpiItems";
import { usePresentationKeys } from "./presentation/usePresentationKeys";
import { usePresentationSteps } from "./presentation/usePresentationSteps";
import { SettingsPanel } from "./SettingsPanel";
import { StoryboardPanel } from "./scenes/StoryboardPanel";
import { AttributeTable } from "./table/AttributeTable";
import { WorkspaceBar } from "./workspace/WorkspaceBar";

const EMPTY_LINES: FitLines = { type: "FeatureCollection", features: [] };
const EMPTY_FLOWS: FlowLines = { type: "FeatureCollection", features: [] };

export interface MunicipalityInfo {
  name: string;
  inRegion: boolean;
  areaKm2: number;
  bbox?: MunicipalityEntry["bbox"];
}

export function App() {
  const t = useT();
  const { baseUrl, pageUrl } = useServices();
  const index = useDataIndex();
  const boundaries = useBoundaries(index.data);
  const sites = useSites(index.data);
  const selection = useViewStore((s) => s.selection);
  const params = useViewStore((s) => s.params);
  const panel = useViewStore((s) => s.panel);
  const year = useViewStore((s) => s.year);
  const scenario = useViewStore((s) => s.scenario);
  const presenting = useViewStore((s) => s.mode === "present");
  // Fetched when first needed, so the first start does not pay for it.
  const forecast = useForecast(index.data, panel === "balance" || presenting);
  // The address's view is applied once, before the first render of the map.
  const [initialCamera] = useState(() => applyUrlView(pageUrl.search));
  const camera = useViewStore((s) => s.camera) ?? initialCamera;
  const setCamera = useViewStore((s) => s.setCamera);
  useUrlViewWriter(camera);
  const [overlay, setOverlay] = useState<"none" | "settings" | "import" | "export">("none");
  // A remote layer's features, handed to the import dialog to be read at once.
  const [importFrom, setImportFrom] = useState<ImportInput>();
  const [tableOpen, setTableOpen] = useState(false);
  const [filteredIds, setFilteredIds] = useState<readonly string[] | null>(null);
  // Presentation mode scales the whole page's type (rem), so the class sits on <html>.
  const presentButton = useRef<HTMLButtonElement>(null);
  const wasPresenting = useRef(presenting);
  useEffect(() => {
    document.documentElement.classList.toggle("presenting", presenting);
    // Dialogs are editing chrome: closed on the way in. Focus goes back on the way out.
    if (presenting) setOverlay("none");
    else if (wasPresenting.current) presentButton.current?.focus();
    wasPresenting.current = presenting;
  }, [presenting]);

  // The loaded files seed the workspace (first start, or ?data=); the map shows the workspace.
  const seed = useMemo(() => {
    if (!sites.data) return undefined;
    primeDerived(sites.data.sites);
    return sites.data.sites.map((l) => l.site);
  }, [sites.data]);
  const workspace = useWorkspace(seed);
  const store = workspace.data?.store;
  const siteList = useDocumentSites(store);
  useSceneFromAddress(store);
  const municipalityAreas = useMemo(
    () => (boundaries.data ? municipalityAreasFromGeoJson(boundaries.data.municipalities) : undefined),
    [boundaries.data],
  );
  const loaded = useAtlasSites(siteList, municipalityAreas);
  // The year slider shows only the sites whose window reaches into the year.
  const shownSites = useMemo(
    () => (year === null ? loaded : loaded?.filter((l) => activeInYear(l.site.properties, year))),
    [loaded, year],
  );
  const { points, areas } = useSiteFeatures(shownSites);
  const shownForecast = useShownForecast(store, forecast.data);
  const forecastTable = shownForecast.forecast?.table;
  const choropleth = useMemo(() => {
    if (panel !== "balance" || !forecastTable) return undefined;
    const shown = shownForecastYear(forecastTable.years, year);
    return shown === undefined ? undefined : balanceChoropleth(forecastTable, shown, { scenario });
  }, [panel, forecastTable, year, scenario]);
  const choroplethColours = useMemo(
    () =>
      choropleth
        ? Object.fromEntries(
            choropleth.entries.map((e) => [e.municipalityCode, e.hasData ? e.colour : NO_DATA_COLOUR]),
          )
        : null,
    [choropleth],
  );
  const byId = useMemo(() => new Map((loaded ?? []).map((l) => [l.site.properties.id, l])), [loaded]);

  const labels = boundaries.data?.labels.features;
  const municipalities = useMemo(() => {
    const all = new Map<string, MunicipalityInfo>();
    for (const f of labels ?? []) {
      const p = f.properties as typeof f.properties & {
        bbox?: MunicipalityEntry["bbox"];
        isMunicipality?: boolean;
      };
      if (p.isMunicipality === false) continue;
      all.set(p.code, {
        name: p.name,
        inRegion: p.inRegion,
        areaKm2: p.areaKm2,
        ...(p.bbox ? { bbox: p.bbox } : {}),
      });
    }
    return all;
  }, [labels]);
  const pickerEntries = useMemo(
    () =>
      [...municipalities]
        .filter(([, m]) => m.inRegion && m.bbox)
        .map(([code, m]) => ({ code, name: m.name, bbox: m.bbox as MunicipalityEntry["bbox"] })),
    [municipalities],
  );
  const municipalityName = useCallback(
    (code: string) => municipalities.get(code)?.name ?? code,
    [municipalities],
  );
  const nameOf = useCallback((id: string) => byId.get(id)?.site.properties.name ?? id, [byId]);
  const municipalityOf = useCallback((id: string) => byId.get(id)?.municipality.code, [byId]);

  const counts = useMemo(() => {
    const c = Object.fromEntries(SITE_KINDS.map((k) => [k, 0])) as Record<SiteKind, number>;
    for (const l of shownSites ?? []) c[l.site.properties.kind] += 1;
    return c;
  }, [shownSites]);

  const summaries = useMemo(
    () =>
      summarizeByMunicipality(
        (loaded ?? []).map((l) => ({ site: l.site, municipalityCode: l.municipality.code })),
        params,
      ),
    [loaded, params],
  );

  const selectedSite = selection.type === "site" ? byId.get(selection.id) : undefined;
  const fit = useMemo(() => {
    if (!selectedSite || !siteList) return undefined;
    const pointOf = (s: Site) => byId.get(s.properties.id)?.point ?? [0, 0];
    return fitsNearby(selectedSite.site, siteList, { params, pointOf });
  }, [selectedSite, siteList, byId, params]);
  const fitLines = useMemo((): FitLines => {
    if (!fit || !selectedSite || panel !== "explore") return EMPTY_LINES;
    return {
      type: "FeatureCollection",
      features: fit.candidates.slice(0, FIT_LINES_SHOWN).map((c, i) => ({
        type: "Feature",
        geometry: {
          type: "LineString",
          coordinates: [selectedSite.point, byId.get(c.site.properties.id)?.point ?? selectedSite.point],
        },
        properties: { rank: i + 1, tonnes: c.tonnes },
      })),
    };
  }, [fit, selectedSite, byId, panel]);

  const runner = useMatchRunner(siteList);
  const matchResult = useMatchStore((s) => shownResult(s.run));
  const flowEnds = useMemo(
    () => ({ point: (id: string) => byId.get(id)?.point, name: nameOf }),
    [byId, nameOf],
  );
  const flowLines = useMemo((): FlowLines => {
    if (!matchResult || panel !== "match") return EMPTY_FLOWS;
    const fc = flowsToGeoJson(matchResult.flows, flowEnds);
    return fc as FlowLines;
  }, [matchResult, flowEnds, panel]);
  const exportFlows = useCallback(
    (format: "geojson" | "csv", flows: readonly MatchFlow[]) => {
      const date = new Date().toISOString().slice(0, 10);
      if (format === "geojson") {
        const text = JSON.stringify(flowsToGeoJson(flows, flowEnds));
        downloadText(text, `jordbalance_koersler_${date}.geojson`, "application/geo+json");
      } else {
        downloadText(
          flowsToCsv(flows, flowEnds),
          `jordbalance_koersler_${date}.csv`,
          "text/csv;charset=utf-8",
        );
      }
    },
    [flowEnds],
  );

  const siteCount = counts.source + counts.receiver + counts.pit;
  const kpis = useKpiItems({ panel, matchResult, forecast: forecastTable, siteCount });
  const steps = usePresentationSteps(store, forecastTable?.years);
  usePresentationKeys(steps.step);
  const focusName =
    selection.type === "municipality"
      ? municipalityName(selection.code)
      : selection.type === "site"
        ? nameOf(selection.id)
        : t("present.region");
  const viewSubtitle =
    panel === "balance" && forecastTable
      ? `${t("present.yearTitle", { year: String(shownForecastYear(forecastTable.years, year)) })} · ${focusName}`
      : panel === "match"
        ? selection.type === "none"
          ? t("match.title")
          : `${t("match.title")} · ${focusName}`
        : focusName;
  const presentationSubtitle = steps.sceneName ? `${steps.sceneName} · ${viewSubtitle}` : viewSubtitle;

  const editing = useSiteEditing(store, municipalityAreas);
  const select = useViewStore((s) => s.select);
  const onAddAt = useCallback(
    (at: [number, number]) => {
      const id = editing.add(at, t("edit.newName"));
      const view = useViewStore.getState();
      view.setEditMode("none");
      if (id) {
        select({ type: "site", id });
        view.setFormFor(id);
      }
    },
    [editing, select, t],
  );
  const onSiteDragged = useCallback(
    (id: string, at: [number, number]) => {
      const site = byId.get(id);
      if (site) editing.move(site.site, at);
    },
    [editing, byId],
  );
  const draggableSite = store && panel === "explore" && selection.type === "site" ? selection.id : null;

  const error = index.error ?? boundaries.error ?? sites.error ?? workspace.error;
  const loading = index.isPending || boundaries.isPending || sites.isPending || workspace.isPending;

  return (
    <div className={presenting ? "app presenting" : "app"}>
      {presenting ? (
        <PresentationBar
          subtitle={presentationSubtitle}
          {...(steps.position ? { step: steps.position } : {})}
          onStep={steps.step}
          kpis={kpis}
        />
      ) : (
        <Header onOpenSettings={() => setOverlay("settings")} presentButtonRef={presentButton} />
      )}
      <aside className="sidebar" aria-label={t("layers.title")} hidden={presenting}>
        {workspace.data && (
          <WorkspaceBar
            handle={workspace.data}
            onImport={() => setOverlay("import")}
            onExport={() => setOverlay("export")}
            tableOpen={tableOpen}
            onToggleTable={() => setTableOpen((v) => !v)}
          />
        )}
        <MunicipalityPicker municipalities={pickerEntries} />
        <LayerPanel
          counts={counts}
          showFlows={flowLines.features.length > 0}
          onImportRemote={
            store
              ? (input) => {
                  setImportFrom(input);
                  setOverlay("import");
                }
              : undefined
          }
        />
        {store && <StoryboardPanel store={store} />}
        {sites.data && <LoadIssues issues={sites.data.issues} fileErrors={sites.data.fileErrors} />}
      </aside>
      <main className={tableOpen ? "map-area with-table" : "map-area"}>
        <MapView
          boundaries={boundaries.data}
          points={points}
          areas={areas}
          fitLines={fitLines}
          flows={flowLines}
          choropleth={choroplethColours}
          attribution={[t("attribution.dagi"), t("attribution.ne"), t("app.illustrative")]}
          draggableSite={draggableSite}
          onAddAt={onAddAt}
          onSiteDragged={onSiteDragged}
          dataReady={!loading}
          initialCamera={initialCamera}
          onCameraChange={setCamera}
        />
        {choropleth ? (
          <BalanceLegend year={choropleth.year} edges={choropleth.edges} />
        ) : (
          presenting && <MapKey showFlows={flowLines.features.length > 0} />
        )}
        {loading && !error && (
          <p className="map-status" role="status">
            {t("app.loading")}
          </p>
        )}
        {error && (
          <div className="map-status error" role="alert">
            <p>{t("app.loadFailed", { what: "data", message: error.message })}</p>
            <button
              type="button"
              onClick={() => {
                void index.refetch();
                void boundaries.refetch();
                void sites.refetch();
                void workspace.refetch();
              }}
            >
              {t("app.retry")}
            </button>
          </div>
        )}
        {tableOpen && !presenting && siteList && (
          <div className="table-drawer">
            <AttributeTable
              sites={siteList}
              municipalityName={municipalityName}
              selectedId={selection.type === "site" ? selection.id : null}
              onSelect={(id) => select({ type: "site", id })}
              onEdit={(id, patch) => {
                const issues = editing.update(id, patch);
                return issues
                  ? { ok: false, message: issues.map((i) => `${i.field}: ${i.message}`).join("; ") }
                  : { ok: true };
              }}
              onFilteredChange={setFilteredIds}
            />
          </div>
        )}
      </main>
      <aside
        className="details-panel"
        aria-label={t(
          panel === "match" ? "match.title" : panel === "balance" ? "balance.open" : "details.kind",
        )}
      >
        {panel === "balance" ? (
          <BalancePanel
            forecast={shownForecast.forecast}
            error={shownForecast.source === "embedded" ? forecast.error : null}
            municipalityName={municipalityName}
            sites={siteList}
            matchResult={matchResult}
            {...(shownForecast.source === "embedded" && shownForecast.storedProblem
              ? { storedProblem: shownForecast.storedProblem }
              : {})}
            file={
              store && !presenting
                ? {
                    imported: shownForecast.source === "workspace",
                    onUse: (table) => keepForecast(store, table),
                    onRevert: () => keepForecast(store, undefined),
                  }
                : undefined
            }
          />
        ) : panel === "match" && presenting && matchResult ? (
          <KpiTable result={matchResult} />
        ) : panel === "match" ? (
          <MatchPanel
            start={runner.start}
            cancel={runner.cancel}
            nameOf={nameOf}
            municipalityOf={municipalityOf}
            municipalityName={municipalityName}
            exportFlows={exportFlows}
          />
        ) : (
          <DetailsPanel
            selectedSite={selectedSite}
            fit={fit}
            municipalities={municipalities}
            summaries={summaries}
            loaded={loaded}
            municipalityName={municipalityName}
            nameOf={nameOf}
            matchResult={matchResult}
            editing={store && !presenting ? editing : undefined}
          />
        )}
      </aside>
      {overlay === "settings" && <SettingsPanel onClose={() => setOverlay("none")} />}
      {overlay === "import" && store && index.data && (
        <ImportDialog
          store={store}
          municipalitiesUrl={new URL(index.data.boundaries.municipalities, baseUrl).href}
          initial={importFrom}
          onClose={() => {
            setOverlay("none");
            setImportFrom(undefined);
          }}
        />
      )}
      {overlay === "export" && loaded && (
        <ExportPanel
          sites={loaded}
          municipalities={pickerEntries}
          filteredIds={tableOpen ? filteredIds : null}
          selectedId={selection.type === "site" ? selection.id : null}
          onClose={() => setOverlay("none")}
        >
          <MapPngExport
            counts={counts}
            municipalityName={municipalityName}
            lines={{ flows: flowLines.features.length > 0, fitLines: fitLines.features.length > 0 }}
          />
        </ExportPanel>
      )}
    </div>
  );
}
