import { useMemo } from "react";
import { balanceByMunicipality } from "../../domain/forecast/balance";
import { FORECAST_SCENARIOS, type ForecastTable } from "../../domain/forecast/types";
import { useT } from "../../i18n/useT";
import type { LoadedForecast } from "../../state/forecastData";
import { useViewStore } from "../../state/viewStore";
import { BalanceTable } from "./BalanceTable";
import { ForecastFile } from "./ForecastFile";
import { YearSlider } from "./YearSlider";

/** The right-hand panel for the forecasts: year, estimate, and the balance by municipality. */
export function BalancePanel(props: {
  forecast: LoadedForecast | null | undefined;
  error: Error | null;
  municipalityName(code: string): string;
  /** Why the forecast the workspace keeps cannot be shown, if it cannot. */
  storedProblem?: string;
  /** The forecast file controls; absent where editing is not offered (presentation mode). */
  file?: { imported: boolean; onUse(table: ForecastTable): void; onRevert(): void } | undefined;
}) {
  const t = useT();
  const year = useViewStore((s) => s.year);
  const scenario = useViewStore((s) => s.scenario);
  const setScenario = useViewStore((s) => s.setScenario);
  const table = props.forecast?.table;
  const shownYear = year ?? table?.years[0];
  const balances = useMemo(
    () => (table && shownYear !== undefined ? balanceByMunicipality(table, shownYear, { scenario }) : []),
    [table, shownYear, scenario],
  );

  if (props.error) {
    return (
      <p role="alert" className="error">
        {t("balance.loadFailed", { message: props.error.message })}
      </p>
    );
  }
  if (props.forecast === null) return <p>{t("balance.noForecast")}</p>;
  if (!table || shownYear === undefined) return <p role="status">{t("app.loading")}</p>;
  const issues = props.forecast?.issues ?? [];
  return (
    <article className="balance-panel" aria-labelledby="balance-title">
      <h2 id="balance-title">{t("balance.title", { year: String(shownYear) })}</h2>
      {table.illustrative && <p className="badge-illustrative inline">{t("balance.forecastIllustrative")}</p>}
      {issues.length > 0 && (
        <p className="warning">
          {t("balance.droppedRecords", {
            count: String(issues.length),
            first: `#${issues[0]?.record ?? "?"} ${issues[0]?.field}: ${issues[0]?.message}`,
          })}
        </p>
      )}
      {props.storedProblem && (
        <p role="alert" className="warning">
          {t("balance.storedUnreadable", { problem: props.storedProblem })}
        </p>
      )}
      <YearSlider years={table.years} />
      {year !== null && <p className="muted">{t("balance.yearFilterNote", { year: String(year) })}</p>}
      <fieldset className="scenario-switch">
        <legend>{t("balance.scenario")}</legend>
        {FORECAST_SCENARIOS.map((s) => (
          <label key={s}>
            <input
              type="radio"
              name="forecast-scenario"
              value={s}
              checked={scenario === s}
              onChange={() => setScenario(s)}
            />
            {t(`balance.scenario.${s}`)}
          </label>
        ))}
      </fieldset>
      <BalanceTable
        year={shownYear}
        scenario={scenario}
        balances={balances}
        municipalityName={props.municipalityName}
      />
      {props.file && (
        <ForecastFile
          table={table}
          imported={props.file.imported}
          onUse={props.file.onUse}
          onRevert={props.file.onRevert}
        />
      )}
    </article>
  );
}
