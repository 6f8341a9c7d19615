import { useId } from "react";
import type { IntakeBasis, SiteCapacitySeries } from "../../domain/forecast/remainingCapacity";
import type { MessageKey } from "../../i18n/catalog";
import { useT } from "../../i18n/useT";
import { SiteSymbol } from "../SiteSymbol";
import { useFormat } from "../useFormat";
import { ChartSvg } from "./ChartSvg";
import "./charts.css";
import { unitKey } from "./labels";
import { largestSites } from "./largestSites";
import { type ChartBox, useChartBox } from "./useChartBox";
import { YearAxes } from "./YearAxes";
import { yearChartLayout } from "./yearChartLayout";

const BASIS_KEYS: Record<IntakeBasis, MessageKey> = {
  flows: "charts.capacity.basis.flows",
  rate: "charts.capacity.basis.rate",
  even_spread: "charts.capacity.basis.even_spread",
  unknown: "charts.capacity.basis.unknown",
};

export interface CapacityChartProps {
  /** `remainingCapacityByYear`'s output. */
  series: readonly SiteCapacitySeries[];
  selectedYear: number | null;
  /** How many of the largest sites to draw; default 6. */
  maxSites?: number;
}

/**
 * Remaining capacity of the largest receivers and pits, one small chart per site (each scaled
 * from 0 to its own capacity, since Nordhavn's 18 Mt would flatten every other line), with when
 * it is full and what the intake assumption is, in words.
 */
export function CapacityChart({ series, selectedYear, maxSites = 6 }: CapacityChartProps) {
  const t = useT();
  const { num } = useFormat();
  const headingId = useId();
  const { containerRef, emProbeRef, box } = useChartBox();
  const { shown, leftOut } = largestSites(series, maxSites);
  const years = shown[0]?.years.map((y) => y.year) ?? [];
  const selected = selectedYear !== null && years.includes(selectedYear) ? selectedYear : null;
  const shownYear = selected ?? years.at(-1);
  // Two columns once each can be 20 em wide (presentation mode on a wide screen).
  const columns = box.width >= 41 * box.fontPx ? 2 : 1;
  const cellBox = { fontPx: box.fontPx, width: (box.width - (columns - 1) * box.fontPx) / columns };
  return (
    <section className="chart capacity-chart" aria-labelledby={headingId} ref={containerRef}>
      <span className="chart-em-probe" ref={emProbeRef} aria-hidden="true" />
      <h3 id={headingId}>{t("charts.capacity.title")}</h3>
      {shown.length === 0 ? (
        <p className="chart-note">{t("charts.capacity.none")}</p>
      ) : (
        <>
          <p className="chart-note">{t("charts.capacity.each")}</p>
          <ul className="capacity-grid" style={{ gridTemplateColumns: `repeat(${columns}, 1fr)` }}>
            {shown.map((site) => (
              <SiteCapacity key={site.siteId} site={site} selectedYear={selected} box={cellBox} />
            ))}
          </ul>
          {leftOut > 0 && (
            <p className="chart-note">{t("charts.capacity.leftOut", { count: String(leftOut) })}</p>
          )}
          <details className="chart-tables">
            <summary>{t("charts.showTable")}</summary>
            <table className="chart-data">
              <caption>{t("charts.capacity.sitesCaption")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("charts.capacity.col.site")}</th>
                  <th scope="col">{t("charts.capacity.col.kind")}</th>
                  <th scope="col">{t("charts.capacity.col.capacity")}</th>
                  <th scope="col">{t("charts.capacity.col.remaining", { year: String(shownYear) })}</th>
                  <th scope="col">{t("charts.capacity.col.full")}</th>
                  <th scope="col">{t("charts.capacity.col.basis")}</th>
                </tr>
              </thead>
              <tbody>
                {shown.map((site) => (
                  <tr key={site.siteId}>
                    <th scope="row">{site.name}</th>
                    <td>{t(site.kind === "pit" ? "kind.pit" : "kind.receiver")}</td>
                    <td>{num(site.capacityTonnes)}</td>
                    <td>{num(site.years.find((y) => y.year === shownYear)?.remainingTonnes ?? 0)}</td>
                    <td>{site.fullInYear ?? "–"}</td>
                    <td>{t(BASIS_KEYS[site.basis])}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <table className="chart-data">
              <caption>{t("charts.capacity.tableCaption")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("charts.col.year")}</th>
                  {shown.map((site) => (
                    <th scope="col" key={site.siteId}>
                      {site.name}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {years.map((year) => (
                  <tr
                    key={year}
                    aria-current={year === selected ? "true" : undefined}
                    className={year === selected ? "selected" : undefined}
                  >
                    <th scope="row">
                      {year}
                      {year === selected && (
                        <span className="visually-hidden"> ({t("charts.selectedYear")})</span>
                      )}
                    </th>
                    {shown.map((site) => (
                      <td key={site.siteId}>
                        {num(site.years.find((y) => y.year === year)?.remainingTonnes ?? 0)}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        </>
      )}
    </section>
  );
}

function SiteCapacity({
  site,
  selectedYear,
  box,
}: {
  site: SiteCapacitySeries;
  selectedYear: number | null;
  box: ChartBox;
}) {
  const t = useT();
  const { num } = useFormat();
  const titleId = useId();
  const years = site.years.map((y) => y.year);
  const lastYear = years.at(-1) ?? 0;
  const shownYear = selectedYear ?? lastYear;
  const remaining = site.years.find((y) => y.year === shownYear)?.remainingTonnes ?? site.capacityTonnes;
  const full =
    site.fullInYear === undefined
      ? t("charts.capacity.notFull", { year: String(lastYear) })
      : t("charts.capacity.fullIn", { year: String(site.fullInYear) });
  const basis = t(BASIS_KEYS[site.basis]);
  const summary = t("charts.capacity.summary", {
    name: site.name,
    capacity: num(site.capacityTonnes),
    year: String(shownYear),
    remaining: num(remaining),
    full,
    basis,
  });
  const layout = yearChartLayout({
    width: box.width,
    fontPx: box.fontPx,
    years,
    selectedYear,
    min: 0,
    max: site.capacityTonnes,
    plotHeightEm: 5,
    tickCount: 3,
    formatTick: num,
  });
  const points = site.years.map((y, i) => ({
    x: layout.bands[i]?.mid ?? 0,
    y: layout.y(y.remainingTonnes),
    year: y.year,
  }));
  const line = points.map((p, i) => `${i === 0 ? "M" : "L"}${p.x},${p.y}`).join(" ");
  const first = points[0];
  const last = points.at(-1);
  const area = first && last ? `${line} L${last.x},${layout.y(0)} L${first.x},${layout.y(0)} Z` : "";
  const dot = Math.max(2.5, 0.25 * box.fontPx);
  return (
    <li className="capacity-site">
      <h4>
        <SiteSymbol kind={site.kind} size={Math.round(box.fontPx * 1.1)} /> {site.name}
      </h4>
      <p className="chart-note">
        {t("charts.capacity.capacity", { capacity: num(site.capacityTonnes) })} ·{" "}
        {t("charts.capacity.remainingAt", { year: String(shownYear), t: num(remaining) })} · {full}
        {site.excessTonnes > 0 && <> · {t("charts.capacity.excess", { t: num(site.excessTonnes) })}</>}
        <br />
        {basis}
      </p>
      <ChartSvg titleId={titleId} summary={summary} size={layout}>
        <YearAxes
          layout={layout}
          years={years}
          selectedYear={selectedYear}
          unitLabel={t("charts.capacity.axis", { unit: t(unitKey("t", layout.magnitude)) })}
        />
        <path className="capacity-area" d={area} />
        <path className="capacity-line" d={line} />
        {points.map((p) => (
          <circle
            key={p.year}
            className={p.year === selectedYear ? "capacity-dot selected" : "capacity-dot"}
            cx={p.x}
            cy={p.y}
            r={p.year === selectedYear ? dot * 1.8 : dot}
          />
        ))}
      </ChartSvg>
    </li>
  );
}
