import { useMemo, useState } from "react";
import { fitsNearby } from "../domain/fit";
import { SITE_KINDS, type SiteKind } from "../domain/site";
import { emptySummary, summarizeByMunicipality } from "../domain/summary";
import { useT } from "../i18n/useT";
import type { LoadedSite } from "../io/loadSites";
import type { FitLines } from "../map/types";
import { useBoundaries, useDataIndex, useSiteFeatures, useSites } from "../state/atlasData";
import { useViewStore } from "../state/viewStore";
import { FIT_LINES_SHOWN, FitList } from "./FitList";
import { Header } from "./Header";
import { LayerPanel } from "./LayerPanel";
import { LoadIssues } from "./LoadIssues";
import { MapView } from "./MapView";
import { type MunicipalityEntry, MunicipalityPicker } from "./MunicipalityPicker";
import { MunicipalitySummary } from "./MunicipalitySummary";
import { SettingsPanel } from "./SettingsPanel";
import { SiteDetails } from "./SiteDetails";

const EMPTY_LINES: FitLines = { type: "FeatureCollection", features: [] };

export function App() {
  const t = useT();
  const index = useDataIndex();
  const boundaries = useBoundaries(index.data);
  const sites = useSites(index.data);
  const selection = useViewStore((s) => s.selection);
  const select = useViewStore((s) => s.select);
  const params = useViewStore((s) => s.params);
  const [settingsOpen, setSettingsOpen] = useState(false);

  const loaded = sites.data?.sites;
  const { points, areas } = useSiteFeatures(loaded);
  const byId = useMemo(() => new Map((loaded ?? []).map((l) => [l.site.properties.id, l])), [loaded]);

  const labels = boundaries.data?.labels.features;
  const municipalities = useMemo(() => {
    const all = new Map<
      string,
      { name: string; inRegion: boolean; areaKm2: number; bbox?: MunicipalityEntry["bbox"] }
    >();
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
  const municipalityName = (code: string) => municipalities.get(code)?.name ?? code;

  const counts = useMemo(() => {
    const c = Object.fromEntries(SITE_KINDS.map((k) => [k, 0])) as Record<SiteKind, number>;
    for (const l of loaded ?? []) c[l.site.properties.kind] += 1;
    return c;
  }, [loaded]);

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
    if (!selectedSite || !loaded) return undefined;
    const pointOf = (s: LoadedSite["site"]) => byId.get(s.properties.id)?.point ?? [0, 0];
    return fitsNearby(
      selectedSite.site,
      loaded.map((l) => l.site),
      { params, pointOf },
    );
  }, [selectedSite, loaded, byId, params]);
  const fitLines = useMemo((): FitLines => {
    if (!fit || !selectedSite) return EMPTY_LINES;
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
  }, [fit, selectedSite, byId]);

  const error = index.error ?? boundaries.error ?? sites.error;
  const loading = index.isPending || boundaries.isPending || sites.isPending;

  const panel = (() => {
    switch (selection.type) {
      case "none":
        return <p className="intro">{t("app.illustrativeLong")}</p>;
      case "site":
        return selectedSite ? (
          <>
            <SiteDetails
              loaded={selectedSite}
              municipalityName={municipalityName}
              onClose={() => select({ type: "none" })}
            />
            {fit && <FitList fromSource={selectedSite.site.properties.kind === "source"} result={fit} />}
          </>
        ) : null;
      case "municipality": {
        const m = municipalities.get(selection.code);
        return (
          <MunicipalitySummary
            code={selection.code}
            name={m?.name ?? selection.code}
            areaKm2={m?.areaKm2}
            inRegion={m?.inRegion ?? false}
            summary={summaries.get(selection.code) ?? emptySummary()}
            sites={(loaded ?? []).filter((l) => l.municipality.code === selection.code)}
            onClose={() => select({ type: "none" })}
          />
        );
      }
    }
  })();

  return (
    <div className="app">
      <Header onOpenSettings={() => setSettingsOpen(true)} />
      <aside className="sidebar" aria-label={t("layers.title")}>
        <MunicipalityPicker municipalities={pickerEntries} />
        <LayerPanel counts={counts} />
        {sites.data && <LoadIssues issues={sites.data.issues} fileErrors={sites.data.fileErrors} />}
      </aside>
      <main className="map-area">
        <MapView
          boundaries={boundaries.data}
          points={points}
          areas={areas}
          fitLines={fitLines}
          attribution={[t("attribution.dagi"), t("attribution.ne"), t("app.illustrative")]}
        />
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
              }}
            >
              {t("app.retry")}
            </button>
          </div>
        )}
      </main>
      <aside className="details-panel" aria-live="polite">
        {panel}
      </aside>
      {settingsOpen && <SettingsPanel onClose={() => setSettingsOpen(false)} />}
    </div>
  );
}
