import type { ReactNode } from "react";
import type { SeriesPoint } from "../../domain/forecast/series";
import { useT } from "../../i18n/useT";
import { useFormat } from "../useFormat";
import { materialKey, surplusKeyLabel } from "./labels";

/** Central value and low–high range as table cells, full numbers (the axes round, tables do not). */
function useBandCells() {
  const t = useT();
  const { num } = useFormat();
  return (band: { low: number; mid: number; high: number }) => [
    num(band.mid),
    t("charts.rangeValue", { low: num(band.low), high: num(band.high) }),
  ];
}

/** A year's row: the year as its header, marked (for sight and for screen readers) when selected. */
function YearRow({
  year,
  selectedYear,
  children,
}: {
  year: number;
  selectedYear: number | null;
  children: ReactNode;
}) {
  const t = useT();
  const selected = year === selectedYear;
  return (
    <tr aria-current={selected ? "true" : undefined} className={selected ? "selected" : undefined}>
      <th scope="row">
        {year}
        {selected && <span className="visually-hidden"> ({t("charts.selectedYear")})</span>}
      </th>
      {children}
    </tr>
  );
}

/** The soil chart's numbers: per year each surplus segment, the total, demand and net with ranges. */
export function SoilTable({
  series,
  areaName,
  selectedYear,
}: {
  series: readonly SeriesPoint[];
  areaName: string;
  selectedYear: number | null;
}) {
  const t = useT();
  const { num } = useFormat();
  const cells = useBandCells();
  const keys = series[0]?.surplusM3.map((s) => s.key) ?? [];
  return (
    <table className="chart-data">
      <caption>{t("charts.forecast.tableCaption", { area: areaName })}</caption>
      <thead>
        <tr>
          <th scope="col">{t("charts.col.year")}</th>
          {keys.map((key) => (
            <th scope="col" key={key}>
              {t(surplusKeyLabel(key))}
            </th>
          ))}
          <th scope="col">{t("charts.col.surplusTotal")}</th>
          <th scope="col">{t("charts.col.surplusRange")}</th>
          <th scope="col">{t("charts.col.demand")}</th>
          <th scope="col">{t("charts.col.demandRange")}</th>
          <th scope="col">{t("charts.col.net")}</th>
          <th scope="col">{t("charts.col.netRange")}</th>
        </tr>
      </thead>
      <tbody>
        {series.map((p) => (
          <YearRow key={p.year} year={p.year} selectedYear={selectedYear}>
            {p.surplusM3.map((s) => (
              <td key={s.key}>{num(s.band.mid)}</td>
            ))}
            {[...cells(p.surplusTotalM3), ...cells(p.demandM3), ...cells(p.netM3)].map((text, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: six fixed columns
              <td key={i}>{text}</td>
            ))}
          </YearRow>
        ))}
      </tbody>
    </table>
  );
}

/** The secondary chart's numbers: per year and material, central value and range, in t. */
export function SecondaryTable({
  series,
  areaName,
  selectedYear,
}: {
  series: readonly SeriesPoint[];
  areaName: string;
  selectedYear: number | null;
}) {
  const t = useT();
  const cells = useBandCells();
  const materials = series[0]?.secondaryTonnes.map((s) => s.key) ?? [];
  return (
    <table className="chart-data">
      <caption>{t("charts.secondary.tableCaption", { area: areaName })}</caption>
      <thead>
        <tr>
          <th scope="col">{t("charts.col.year")}</th>
          {materials.flatMap((m) => [
            <th scope="col" key={m}>
              {t(materialKey(m))}
            </th>,
            <th scope="col" key={`${m}-range`}>
              {t("charts.range")}
            </th>,
          ])}
        </tr>
      </thead>
      <tbody>
        {series.map((p) => (
          <YearRow key={p.year} year={p.year} selectedYear={selectedYear}>
            {p.secondaryTonnes.flatMap((s) =>
              cells(s.band).map((text, i) => <td key={`${s.key}-${i === 0 ? "mid" : "range"}`}>{text}</td>),
            )}
          </YearRow>
        ))}
      </tbody>
    </table>
  );
}
