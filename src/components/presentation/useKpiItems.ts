import { useMemo } from "react";
import { regionalTotals } from "../../domain/forecast/balance";
import { type ForecastTable, shownForecastYear } from "../../domain/forecast/types";
import type { MatchResult } from "../../domain/match";
import { useT } from "../../i18n/useT";
import type { Panel } from "../../state/viewStore";
import { useViewStore } from "../../state/viewStore";
import { useFormat } from "../useFormat";
import type { KpiItem } from "./KpiBanner";

/**
 * What the banner shows: the match's savings against business as usual when the match is on
 * screen, else the region's forecast balance for the year, else how many sites the map shows.
 */
export function useKpiItems(props: {
  panel: Panel;
  matchResult: MatchResult | undefined;
  forecast: ForecastTable | undefined;
  siteCount: number;
}): KpiItem[] {
  const t = useT();
  const { num } = useFormat();
  const year = useViewStore((s) => s.year);
  const scenario = useViewStore((s) => s.scenario);
  const { panel, matchResult, forecast, siteCount } = props;
  return useMemo((): KpiItem[] => {
    if (panel === "match" && matchResult) {
      const saved = matchResult.comparison.savingVsBaseline;
      return [
        { label: t("present.kpi.reused"), value: `${num(matchResult.comparison.optimum.reusedTonnes)} t` },
        { label: t("present.kpi.truckKmSaved"), value: `${num(saved.truckKm)} km` },
        { label: t("present.kpi.co2Saved"), value: `${num(saved.co2eKg / 1000, 1)} t` },
        { label: t("present.kpi.loadsSaved"), value: num(saved.truckLoads) },
        { label: t("present.kpi.virginReplaced"), value: `${num(saved.virginM3)} m³` },
      ];
    }
    if (forecast) {
      const r = regionalTotals(forecast, shownForecastYear(forecast.years, year) ?? 0, { scenario });
      const range = (low: number, high: number) =>
        t("present.kpi.rangeOf", { low: num(low), high: num(high) });
      const secondary = Object.values(r.secondaryTonnes).reduce((a, b) => a + b, 0);
      return [
        {
          label: t("present.kpi.surplus"),
          value: `${num(r.surplusM3)} m³`,
          detail: range(r.range.surplusM3.low, r.range.surplusM3.high),
        },
        {
          label: t("present.kpi.demand"),
          value: `${num(r.demandM3)} m³`,
          detail: range(r.range.demandM3.low, r.range.demandM3.high),
        },
        {
          label: t("present.kpi.net"),
          value: `${num(r.netM3)} m³`,
          detail: range(r.range.netM3.low, r.range.netM3.high),
        },
        { label: t("present.kpi.secondary"), value: `${num(secondary)} t` },
      ];
    }
    return [{ label: t("present.kpi.sites"), value: num(siteCount) }];
  }, [panel, matchResult, forecast, siteCount, year, scenario, t, num]);
}
