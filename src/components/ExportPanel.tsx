import { type ReactNode, useMemo, useState } from "react";
import { useT } from "../i18n/useT";
import { type ExportFormat, exportSites } from "../io/export/exportSites";
import type { AtlasSite } from "../state/atlasSites";
import { downloadText } from "./download";
import type { MunicipalityEntry } from "./MunicipalityPicker";

type Scope = "all" | "municipality" | "filter" | "selection";
const FORMATS: ExportFormat[] = ["geojson", "geojson-25832", "csv"];

/** Export of a municipality, the table's filter, the selection or everything, in three formats. */
export function ExportPanel(props: {
  sites: readonly AtlasSite[];
  municipalities: readonly MunicipalityEntry[];
  filteredIds: readonly string[] | null;
  selectedId: string | null;
  onClose(): void;
  /** Further exports shown below this one (the map image). */
  children?: ReactNode;
}) {
  const t = useT();
  const [scope, setScope] = useState<Scope>("municipality");
  const [code, setCode] = useState(props.municipalities[0]?.code ?? "");
  const [format, setFormat] = useState<ExportFormat>("geojson");
  const [notes, setNotes] = useState<string[]>([]);
  const chosen = useMemo(() => {
    switch (scope) {
      case "all":
        return props.sites;
      case "municipality":
        return props.sites.filter((s) => s.municipality.code === code);
      case "filter": {
        const ids = new Set(props.filteredIds ?? []);
        return props.sites.filter((s) => ids.has(s.site.properties.id));
      }
      case "selection":
        return props.sites.filter((s) => s.site.properties.id === props.selectedId);
    }
  }, [scope, code, props.sites, props.filteredIds, props.selectedId]);
  const label =
    scope === "municipality"
      ? code
      : scope === "selection"
        ? (props.selectedId ?? "udvalg")
        : scope === "filter"
          ? "filter"
          : "alle";

  return (
    <section
      className="settings export-panel"
      role="dialog"
      aria-modal="false"
      aria-labelledby="export-title"
    >
      <h2 id="export-title">{t("export.title")}</h2>
      <fieldset>
        <legend>{t("export.scope")}</legend>
        <label className="check">
          <input type="radio" name="scope" checked={scope === "all"} onChange={() => setScope("all")} />
          {t("export.scope.all", { count: String(props.sites.length) })}
        </label>
        <label className="check">
          <input
            type="radio"
            name="scope"
            checked={scope === "municipality"}
            onChange={() => setScope("municipality")}
          />
          {t("export.scope.municipality")}
        </label>
        {scope === "municipality" && (
          <select
            aria-label={t("export.scope.municipality")}
            value={code}
            onChange={(e) => setCode(e.target.value)}
          >
            {[...props.municipalities]
              .sort((a, b) => a.name.localeCompare(b.name, "da"))
              .map((m) => (
                <option key={m.code} value={m.code}>
                  {m.name} ({m.code})
                </option>
              ))}
          </select>
        )}
        {props.filteredIds && (
          <label className="check">
            <input
              type="radio"
              name="scope"
              checked={scope === "filter"}
              onChange={() => setScope("filter")}
            />
            {t("export.scope.filter", { count: String(props.filteredIds.length) })}
          </label>
        )}
        {props.selectedId && (
          <label className="check">
            <input
              type="radio"
              name="scope"
              checked={scope === "selection"}
              onChange={() => setScope("selection")}
            />
            {t("export.scope.selection")}
          </label>
        )}
      </fieldset>
      <fieldset>
        <legend>{t("export.format")}</legend>
        {FORMATS.map((f) => (
          <label key={f} className="check">
            <input type="radio" name="format" checked={format === f} onChange={() => setFormat(f)} />
            {t(`export.format.${f}`)}
          </label>
        ))}
      </fieldset>
      {chosen.length === 0 && <p className="warning">{t("export.none")}</p>}
      {notes.length > 0 && <p className="muted">{notes.join(" · ")}</p>}
      <div className="actions">
        <button
          type="button"
          className="primary"
          disabled={chosen.length === 0}
          onClick={() => {
            const file = exportSites(
              chosen.map((s) => s.site),
              { format, scope: label, date: new Date().toISOString().slice(0, 10) },
            );
            setNotes(file.notes);
            downloadText(file.text, file.fileName, file.mime);
          }}
        >
          {t("export.go", { count: String(chosen.length) })}
        </button>
        <button type="button" onClick={props.onClose}>
          {t("details.close")}
        </button>
      </div>
      {props.children}
    </section>
  );
}
