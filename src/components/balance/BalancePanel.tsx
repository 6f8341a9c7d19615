import { useEffect, useMemo } from "react";
import { balanceByMunicipality, regionalTotals } from "../../domain/forecast/balance";
import { capacityFlowsOf } from "../../domain/forecast/capacityFlows";
import { isRegionMunicipality } from "../../domain/forecast/municipalities";
import { remainingCapacityByYear } from "../../domain/forecast/remainingCapacity";
import { FORECAST_SCENARIOS, type ForecastTable, shownForecastYear } from "../../domain/forecast/types";
import type { MatchResult } from "../../domain/match";
import type { Site } from "../../domain/site";
import { useT } from "../../i18n/useT";
import type { LoadedForecast } from "../../state/forecastData";
import { useViewStore } from "../../state/viewStore";
import { BalanceFocus } from "./BalanceFocus";
import { BalanceTable } from "./BalanceTable";
import { CapacityChart } from "./CapacityChart";
import { ForecastFile } from "./ForecastFile";
import { RegionalTotals } from "./RegionalTotals";
import { YearSlider } from "./YearSlider";

/** The right-hand panel for the forecasts: year, estimate, and the balance by municipality. */
export function BalancePanel(props: {
  forecast: LoadedForecast | null | undefined;
  error: Error | null;
  municipalityName(code: string): string;
  /** The workspace's sites, for the remaining capacity of receivers and pits. */
  sites: readonly Site[] | undefined;
  /** The match result shown, if any: its flows are the receivers' intake. */
  matchResult: MatchResult | undefined;
  /** Why the forecast the workspace keeps cannot be shown, if it cannot. */
  storedProblem?: string;
  /** The forecast file controls; absent where editing is not offered (presentation mode). */
  file?: { imported: boolean; onUse(table: ForecastTable): boolean; onRevert(): boolean } | undefined;
}) {
  const t = useT();
  const year = useViewStore((s) => s.year);
  const scenario = useViewStore((s) => s.scenario);
  const setScenario = useViewStore((s) => s.setScenario);
  const setYear = useViewStore((s) => s.setYear);
  const selection = useViewStore((s) => s.selection);
  const params = useViewStore((s) => s.params);
  const table = props.forecast?.table;
  const shownYear = table ? shownForecastYear(table.years, year) : undefined;
  // A year from a link, a scene or another forecast that this one lacks moves to the nearest
  // year it has, so the map, the sites shown and the figures agree.
  useEffect(() => {
    if (year !== null && shownYear !== undefined && shownYear !== year) setYear(shownYear);
  }, [year, shownYear, setYear]);
  const balances = useMemo(
    () => (table && shownYear !== undefined ? balanceByMunicipality(table, shownYear, { scenario }) : []),
    [table, shownYear, scenario],
  );
  const totals = useMemo(
    () => (table && shownYear !== undefined ? regionalTotals(table, shownYear, { scenario }) : undefined),
    [table, shownYear, scenario],
  );
  const { sites, matchResult } = props;
  const capacity = useMemo(() => {
    if (!table || !sites) return [];
    const byId = new Map(sites.map((s) => [s.properties.id, s.properties]));
    const flows = matchResult ? capacityFlowsOf(matchResult, (id) => byId.get(id)) : undefined;
    return remainingCapacityByYear(sites, table.years, { densities: params, ...(flows ? { flows } : {}) });
  }, [table, sites, matchResult, params]);
  const focusCode =
    selection.type === "municipality" && isRegionMunicipality(selection.code) ? selection.code : undefined;

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
      <BalanceFocus table={table} municipalityCode={focusCode} municipalityName={props.municipalityName} />
      {totals && <RegionalTotals totals={totals} />}
      <BalanceTable
        year={shownYear}
        scenario={scenario}
        balances={balances}
        municipalityName={props.municipalityName}
      />
      <CapacityChart series={capacity} selectedYear={year} />
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
