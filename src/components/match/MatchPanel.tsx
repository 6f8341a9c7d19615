import type { MatchFlow, MatchResult } from "../../domain/match";
import { useT } from "../../i18n/useT";
import { shownResult, useMatchStore } from "../../state/matchStore";
import { useFormat } from "../useFormat";
import { AllocationTable } from "./AllocationTable";
import { ExcludedList } from "./ExcludedList";
import { KpiTable } from "./KpiTable";
import { MatchParams } from "./MatchParams";
import { MunicipalityBalance } from "./MunicipalityBalance";

export interface MatchPanelProps {
  start(): void;
  cancel(): void;
  nameOf(id: string): string;
  municipalityOf(id: string): string | undefined;
  municipalityName(code: string): string;
  exportFlows(format: "geojson" | "csv", flows: readonly MatchFlow[]): void;
}

/** The region-wide optimal match: parameters, run/cancel with progress, KPIs, flows, balance. */
export function MatchPanel(props: MatchPanelProps) {
  const t = useT();
  const run = useMatchStore((s) => s.run);
  const result = shownResult(run);
  return (
    <article className="match-panel" aria-labelledby="match-title">
      <h2 id="match-title">{t("match.title")}</h2>
      <p className="muted">{t("match.intro")}</p>
      <MatchParams />
      <div className="match-actions">
        {run.type === "running" ? (
          <>
            <progress max={1} value={run.fraction} aria-label={t("match.progress", { phase: "" })} />
            <span role="status">{t("match.progress", { phase: t(`match.phase.${run.phase}`) })}</span>
            <button type="button" onClick={props.cancel}>
              {t("match.cancel")}
            </button>
          </>
        ) : (
          <button type="button" className="primary" onClick={props.start}>
            {t(result ? "match.rerun" : "match.run")}
          </button>
        )}
      </div>
      {run.type === "cancelled" && <p role="status">{t("match.cancelled")}</p>}
      {run.type === "error" && <p role="alert">{t("match.failed", { message: run.message })}</p>}
      {run.type === "running" && result && <p className="muted">{t("match.stale")}</p>}
      {result && <MatchResultView result={result} {...props} />}
    </article>
  );
}

function MatchResultView({ result, ...props }: MatchPanelProps & { result: MatchResult }) {
  const t = useT();
  const { num } = useFormat();
  const a = result.assumptions;
  return (
    <>
      {result.status === "empty" && (
        <p role="status" className="warning">
          {t("match.empty", { reason: result.emptyReason ?? "" })}
        </p>
      )}
      <ExcludedList excluded={result.excluded} />
      <KpiTable result={result} />
      <section className="panel-section">
        <h3>{t("match.assumptions")}</h3>
        <p className="assumption">
          {t("match.assumption.line", {
            circuity: num(a.circuityFactor, 2),
            maxHaul: num(a.maxHaulKm),
            load: num(a.truckLoadTonnes),
            co2: num(a.co2eKgPerTonneKm, 3),
            price: num(a.haulPriceDkkPerTonneKm, 2),
            avg: num(a.averageSoilDensityTPerM3, 2),
          })}
          {a.year !== undefined && ` ${t("match.assumption.year", { year: String(a.year) })}`}
        </p>
      </section>
      <div className="match-actions">
        <button type="button" onClick={() => props.exportFlows("geojson", result.flows)}>
          {t("match.export.geojson")}
        </button>
        <button type="button" onClick={() => props.exportFlows("csv", result.flows)}>
          {t("match.export.csv")}
        </button>
      </div>
      <AllocationTable flows={result.flows} nameOf={props.nameOf} />
      <MunicipalityBalance
        flows={result.flows}
        municipalityOf={props.municipalityOf}
        municipalityName={props.municipalityName}
      />
    </>
  );
}
