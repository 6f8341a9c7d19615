import { useId, useState } from "react";
import { SITE_KINDS, type SiteKind } from "../../domain/site";
import { useT } from "../../i18n/useT";
import { useMapExportStore } from "../../state/mapExport";
import { shownResult, useMatchStore } from "../../state/matchStore";
import { useViewStore } from "../../state/viewStore";
import { downloadBlob } from "../download";
import { useFormat } from "../useFormat";
import { composeMapPng } from "./composeMapPng";
import { buildMapPngSpec, mapPngFileName } from "./mapPngSpec";

/** "Export map as PNG": the map as shown, with title, key figures, legend and attribution. */
export function MapPngExport(props: {
  counts: Record<SiteKind, number>;
  municipalityName(code: string): string;
  /** Which line layers have something drawn now. */
  lines: { flows: boolean; fitLines: boolean };
}) {
  const t = useT();
  const { num, date } = useFormat();
  const headingId = useId();
  const snapshot = useMapExportStore((s) => s.snapshot);
  const [status, setStatus] = useState<{ type: "idle" | "busy" } | { type: "failed"; message: string }>({
    type: "idle",
  });

  const run = async () => {
    if (!snapshot) return;
    setStatus({ type: "busy" });
    try {
      const view = useViewStore.getState();
      const extras = useMapExportStore.getState();
      const today = new Date().toISOString().slice(0, 10);
      const spec = buildMapPngSpec(
        {
          municipality:
            view.selection.type === "municipality" ? props.municipalityName(view.selection.code) : null,
          date: today,
          year: view.year,
          kinds: SITE_KINDS.filter((k) => view.layers[k]).map((kind) => ({
            kind,
            count: props.counts[kind],
          })),
          lines: props.lines,
          match: shownResult(useMatchStore.getState().run),
          basemapHost: view.basemap.type === "offline" ? null : hostOf(view.basemap.url),
          extraLegends: Object.values(extras.legends),
          extraKpis: Object.values(extras.kpis).flat(),
        },
        { t, num, date },
      );
      const blob = await composeMapPng(await snapshot(), spec, window.devicePixelRatio || 1);
      downloadBlob(blob, mapPngFileName(today));
      setStatus({ type: "idle" });
    } catch (e) {
      setStatus({ type: "failed", message: e instanceof Error ? e.message : String(e) });
    }
  };

  return (
    <section className="map-png-export" aria-labelledby={headingId}>
      <h3 id={headingId}>{t("export.png.heading")}</h3>
      <p className="muted">{t("export.png.help")}</p>
      <button type="button" disabled={!snapshot || status.type === "busy"} onClick={() => void run()}>
        {t("export.png.go")}
      </button>
      <p role="status" className="muted">
        {!snapshot ? t("export.png.noMap") : status.type === "busy" ? t("export.png.busy") : ""}
      </p>
      {status.type === "failed" && (
        <p role="alert" className="warning">
          {t("export.png.failed", { message: status.message })}
        </p>
      )}
    </section>
  );
}

/** The basemap's host for the credit line ("tiles.example.com"), or the text as given. */
function hostOf(url: string): string {
  try {
    return new URL(url.replace(/[{}]/g, "")).host;
  } catch {
    return url;
  }
}
