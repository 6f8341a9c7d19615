import type { FitResult } from "../domain/fit";
import type { MatchResult } from "../domain/match";
import { emptySummary, type MunicipalitySummary as Summary } from "../domain/summary";
import { useT } from "../i18n/useT";
import type { AtlasSite } from "../state/atlasSites";
import type { useSiteEditing } from "../state/useSiteEditing";
import { useViewStore } from "../state/viewStore";

type SiteEditing = ReturnType<typeof useSiteEditing>;

import type { MunicipalityInfo } from "./App";
import { FitList } from "./FitList";
import { MunicipalitySummary } from "./MunicipalitySummary";
import { SourceExplanation } from "./match/SourceExplanation";
import { SiteDetails } from "./SiteDetails";
import { SiteForm } from "./SiteForm";

/** The right-hand panel in explore mode: what is selected, in detail. */
export function DetailsPanel(props: {
  selectedSite: AtlasSite | undefined;
  fit: FitResult | undefined;
  municipalities: ReadonlyMap<string, MunicipalityInfo>;
  summaries: ReadonlyMap<string, Summary>;
  loaded: readonly AtlasSite[] | undefined;
  municipalityName(code: string): string;
  nameOf(id: string): string;
  matchResult: MatchResult | undefined;
  /** Absent while no workspace is open: the details are then read-only. */
  editing: SiteEditing | undefined;
}) {
  const t = useT();
  const selection = useViewStore((s) => s.selection);
  const select = useViewStore((s) => s.select);
  const close = () => select({ type: "none" });
  const formFor = useViewStore((s) => s.formFor);
  const setFormFor = useViewStore((s) => s.setFormFor);
  switch (selection.type) {
    case "none":
      return <p className="intro">{t("app.illustrativeLong")}</p>;
    case "site": {
      const site = props.selectedSite;
      if (!site) return null;
      const id = site.site.properties.id;
      const editing = props.editing;
      if (editing && formFor === id) {
        return (
          <SiteForm
            key={id}
            site={site.site}
            onSave={(patch) => {
              const issues = editing.update(id, patch);
              if (!issues) setFormFor(null);
              return issues;
            }}
            onCancel={() => setFormFor(null)}
          />
        );
      }
      return (
        <>
          <SiteDetails loaded={site} municipalityName={props.municipalityName} onClose={close} />
          {editing && (
            <div className="button-row">
              <button type="button" onClick={() => setFormFor(id)}>
                {t("edit.edit")}
              </button>
              <button
                type="button"
                onClick={() => {
                  if (!window.confirm(t("edit.confirmDelete", { name: site.site.properties.name }))) return;
                  editing.remove(id);
                  close();
                }}
              >
                {t("edit.delete")}
              </button>
              <span className="muted">{t("edit.dragHint")}</span>
            </div>
          )}
          {props.matchResult && (
            <SourceExplanation
              result={props.matchResult}
              siteId={site.site.properties.id}
              nameOf={props.nameOf}
            />
          )}
          {props.fit && <FitList fromSource={site.site.properties.kind === "source"} result={props.fit} />}
        </>
      );
    }
    case "municipality": {
      const m = props.municipalities.get(selection.code);
      return (
        <MunicipalitySummary
          code={selection.code}
          name={m?.name ?? selection.code}
          areaKm2={m?.areaKm2}
          inRegion={m?.inRegion ?? false}
          summary={props.summaries.get(selection.code) ?? emptySummary()}
          sites={(props.loaded ?? []).filter((l) => l.municipality.code === selection.code)}
          onClose={close}
        />
      );
    }
  }
}
