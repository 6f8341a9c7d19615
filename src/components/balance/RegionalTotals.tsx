import { useId } from "react";
import type { Range, RegionalTotals as Totals } from "../../domain/forecast/balance";
import { SECONDARY_MATERIALS } from "../../domain/materials";
import type { MessageKey } from "../../i18n/catalog";
import { useT } from "../../i18n/useT";
import { useFormat } from "../useFormat";
import "./charts.css";
import { materialKey } from "./labels";

const SCENARIO_KEYS: Record<Totals["scenario"], MessageKey> = {
  low: "charts.totals.scenario.low",
  mid: "charts.totals.scenario.mid",
  high: "charts.totals.scenario.high",
};

/** The region's figures for one year (`regionalTotals`): the scenario's value and the low–high range. */
export function RegionalTotals({ totals }: { totals: Totals }) {
  const t = useT();
  const { num } = useFormat();
  const headingId = useId();
  const rows: { label: string; value: number; range: Range }[] = [
    { label: t("charts.totals.surplus"), value: totals.surplusM3, range: totals.range.surplusM3 },
    { label: t("charts.totals.demand"), value: totals.demandM3, range: totals.range.demandM3 },
    { label: t("charts.totals.net"), value: totals.netM3, range: totals.range.netM3 },
    ...SECONDARY_MATERIALS.map((m) => ({
      label: t("charts.totals.secondary", { material: t(materialKey(m)) }),
      value: totals.secondaryTonnes[m],
      range: totals.range.secondaryTonnes[m],
    })),
  ];
  const year = String(totals.year);
  return (
    <section className="chart regional-totals" aria-labelledby={headingId}>
      <h3 id={headingId}>{t("charts.totals.title", { year })}</h3>
      <table className="chart-data">
        <thead>
          <tr>
            <th scope="col">{t("charts.totals.measure")}</th>
            <th scope="col">{t(SCENARIO_KEYS[totals.scenario])}</th>
            <th scope="col">{t("charts.totals.range")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.label}>
              <th scope="row">{row.label}</th>
              <td>{num(row.value)}</td>
              <td>{t("charts.rangeValue", { low: num(row.range.low), high: num(row.range.high) })}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="chart-note">
        {t("charts.totals.municipalities", { count: String(totals.municipalitiesWithData), year })}
      </p>
      {totals.illustrative && <p className="chart-note">{t("charts.illustrative")}</p>}
    </section>
  );
}
