import { useId } from "react";
import type { SeriesPoint } from "../../domain/forecast/series";
import { useT } from "../../i18n/useT";
import { useFormat } from "../useFormat";
import { ChartSvg } from "./ChartSvg";
import "./charts.css";
import { ChartLegend, HatchPattern, type LegendItem } from "./ChartLegend";
import { SecondaryTable, SoilTable } from "./ForecastTables";
import { materialKey, secondaryColour, surplusKeyColour, surplusKeyLabel, unitKey } from "./labels";
import { stack } from "./scale";
import { type ChartBox, useChartBox } from "./useChartBox";
import { YearAxes } from "./YearAxes";
import { yearChartLayout } from "./yearChartLayout";

export interface ForecastChartProps {
  /** `seriesForMunicipality` or `seriesForRegion`: one point per forecast year. */
  series: readonly SeriesPoint[];
  /** Whose forecast: a municipality's name or the region's. */
  areaName: string;
  /** The year the view shows; null = none highlighted. */
  selectedYear: number | null;
}

/**
 * A forecast over its years: surplus soil stacked by class or soil type, demand below the zero
 * line, the net balance as a line of diamonds with its low–high whiskers (m³); secondary
 * materials in tonnes as a second, smaller chart. The numbers are also in a table.
 */
export function ForecastChart({ series, areaName, selectedYear }: ForecastChartProps) {
  const t = useT();
  const { containerRef, emProbeRef, box } = useChartBox();
  if (series.length === 0) return null;
  const years = series.map((p) => p.year);
  const selected = selectedYear !== null && years.includes(selectedYear) ? selectedYear : null;
  const hasSecondary = series.some((p) => p.secondaryTonnes.some((s) => s.band.high > 0));
  return (
    <div className="chart forecast-chart" ref={containerRef}>
      <span className="chart-em-probe" ref={emProbeRef} aria-hidden="true" />
      <SoilFigure series={series} areaName={areaName} selectedYear={selected} box={box} />
      {hasSecondary ? (
        <SecondaryFigure series={series} areaName={areaName} selectedYear={selected} box={box} />
      ) : (
        <p className="chart-note">{t("charts.secondary.none", { area: areaName })}</p>
      )}
      {series.some((p) => p.illustrative) && <p className="chart-note">{t("charts.illustrative")}</p>}
      <details className="chart-tables">
        <summary>{t("charts.showTable")}</summary>
        <SoilTable series={series} areaName={areaName} selectedYear={selected} />
        {hasSecondary && <SecondaryTable series={series} areaName={areaName} selectedYear={selected} />}
      </details>
    </div>
  );
}

interface FigureProps {
  series: readonly SeriesPoint[];
  areaName: string;
  selectedYear: number | null;
  box: ChartBox;
}

function SoilFigure({ series, areaName, selectedYear, box }: FigureProps) {
  const t = useT();
  const { num } = useFormat();
  const titleId = useId();
  const hatchId = useId();
  const years = series.map((p) => p.year);
  const layout = yearChartLayout({
    width: box.width,
    fontPx: box.fontPx,
    years,
    selectedYear,
    min: Math.min(...series.flatMap((p) => [-p.demandM3.high, p.netM3.low])),
    max: Math.max(...series.flatMap((p) => [p.surplusTotalM3.high, p.netM3.high])),
    plotHeightEm: 14,
    formatTick: num,
  });
  const { y, em } = layout;
  const keys = series[0]?.surplusM3.map((s) => s.key) ?? [];
  const stackBy = typeof keys[0] === "number" ? "class" : "material";

  const first = series[0] as SeriesPoint;
  const last = series.at(-1) as SeriesPoint;
  const point = series.find((p) => p.year === selectedYear);
  const common = {
    area: areaName,
    from: String(first.year),
    to: String(last.year),
    stack: t(stackBy === "class" ? "charts.stack.class" : "charts.stack.material"),
  };
  const summary = point
    ? t("charts.forecast.summaryYear", {
        ...common,
        year: String(point.year),
        surplus: num(point.surplusTotalM3.mid),
        demand: num(point.demandM3.mid),
        net: num(point.netM3.mid),
        low: num(point.netM3.low),
        high: num(point.netM3.high),
      })
    : t("charts.forecast.summary", { ...common, first: num(first.netM3.mid), last: num(last.netM3.mid) });

  const legend: LegendItem[] = [
    ...keys.map(
      (key): LegendItem => ({
        id: `s-${key}`,
        label: t(surplusKeyLabel(key)),
        swatch: { type: "fill", colour: surplusKeyColour(key) },
      }),
    ),
    { id: "demand", label: t("charts.demand"), swatch: { type: "hatch" } },
    { id: "net", label: t("charts.net"), swatch: { type: "net" } },
    { id: "range", label: t("charts.range"), swatch: { type: "range" } },
  ];

  // Within a year's band: the bar on the left three fifths, the net marker to its right.
  const geometry = series.map((p, i) => {
    const band = layout.bands[i] ?? { x: 0, width: 0, mid: 0 };
    const barWidth = band.width * 0.6;
    return {
      p,
      barX: band.x,
      barWidth,
      barMid: band.x + barWidth / 2,
      netX: band.x + band.width * 0.83,
      band,
    };
  });
  const marker = Math.max(3, Math.min(0.35 * em, 0.14 * (layout.bands[0]?.width ?? 0)));
  const netPath = geometry.map((g, i) => `${i === 0 ? "M" : "L"}${g.netX},${y(g.p.netM3.mid)}`).join(" ");

  return (
    <figure className="chart-figure">
      <figcaption>{t("charts.forecast.caption", { area: areaName })}</figcaption>
      <ChartSvg titleId={titleId} summary={summary} size={layout}>
        <defs>
          <HatchPattern id={hatchId} />
        </defs>
        <YearAxes
          layout={layout}
          years={years}
          selectedYear={selectedYear}
          unitLabel={t("charts.axis", { unit: t(unitKey("m3", layout.magnitude)) })}
        />
        {geometry.map(({ p, barX, barWidth, barMid }) => {
          const cap = barWidth * 0.25;
          return (
            <g key={p.year} className="chart-year-group" data-year={p.year}>
              <StackedBar
                segments={p.surplusM3.map((s) => ({
                  key: s.key,
                  value: s.band.mid,
                  fill: surplusKeyColour(s.key),
                }))}
                x={barX}
                width={barWidth}
                y={y}
              />
              {p.demandM3.mid > 0 && (
                <rect
                  className="chart-outline"
                  fill={`url(#${hatchId})`}
                  x={barX}
                  width={barWidth}
                  y={y(0)}
                  height={y(-p.demandM3.mid) - y(0)}
                />
              )}
              <Whisker x={barMid} y1={y(p.surplusTotalM3.low)} y2={y(p.surplusTotalM3.high)} cap={cap} />
              <Whisker x={barMid} y1={y(-p.demandM3.low)} y2={y(-p.demandM3.high)} cap={cap} />
            </g>
          );
        })}
        <path className="chart-net-line" d={netPath} />
        {geometry.map(({ p, netX }) => (
          <g key={p.year} className="chart-net">
            <Whisker x={netX} y1={y(p.netM3.low)} y2={y(p.netM3.high)} cap={marker} strong />
            <path
              className="chart-net-marker"
              d={`M${netX} ${y(p.netM3.mid) - marker} l${marker} ${marker} l${-marker} ${marker} l${-marker} ${-marker} Z`}
            />
          </g>
        ))}
      </ChartSvg>
      <ChartLegend items={legend} label={t("charts.legend")} />
    </figure>
  );
}

/** A vertical low–high range with caps; `strong` for the net range, which the chart is about. */
function Whisker(props: { x: number; y1: number; y2: number; cap: number; strong?: boolean }) {
  const { x, y1, y2, cap } = props;
  if (y1 === y2) return null;
  return (
    <path
      className={props.strong ? "chart-whisker strong" : "chart-whisker"}
      d={`M${x - cap} ${y1} H${x + cap} M${x} ${y1} V${y2} M${x - cap} ${y2} H${x + cap}`}
    />
  );
}

function SecondaryFigure({ series, areaName, selectedYear, box }: FigureProps) {
  const t = useT();
  const { num } = useFormat();
  const titleId = useId();
  const years = series.map((p) => p.year);
  const totals = series.map((p) => ({
    low: p.secondaryTonnes.reduce((sum, s) => sum + s.band.low, 0),
    high: p.secondaryTonnes.reduce((sum, s) => sum + s.band.high, 0),
  }));
  const layout = yearChartLayout({
    width: box.width,
    fontPx: box.fontPx,
    years,
    selectedYear,
    min: 0,
    max: Math.max(...totals.map((r) => r.high)),
    plotHeightEm: 7,
    formatTick: num,
  });
  const { y } = layout;
  const materials = series[0]?.secondaryTonnes.map((s) => s.key) ?? [];
  const point = series.find((p) => p.year === selectedYear);
  const common = { area: areaName, from: String(years[0]), to: String(years.at(-1)) };
  const summary = point
    ? t("charts.secondary.summaryYear", {
        ...common,
        year: String(point.year),
        list: point.secondaryTonnes.map((s) => `${t(materialKey(s.key))} ${num(s.band.mid)} t`).join(", "),
      })
    : t("charts.secondary.summary", common);
  const legend: LegendItem[] = [
    ...materials.map(
      (m): LegendItem => ({
        id: m,
        label: t(materialKey(m)),
        swatch: { type: "fill", colour: secondaryColour(m) },
      }),
    ),
    { id: "range", label: t("charts.range"), swatch: { type: "range" } },
  ];
  return (
    <figure className="chart-figure">
      <figcaption>{t("charts.secondary.caption", { area: areaName })}</figcaption>
      <ChartSvg titleId={titleId} summary={summary} size={layout}>
        <YearAxes
          layout={layout}
          years={years}
          selectedYear={selectedYear}
          unitLabel={t("charts.axis", { unit: t(unitKey("t", layout.magnitude)) })}
        />
        {series.map((p, i) => {
          const band = layout.bands[i];
          const range = totals[i];
          if (!band || !range) return null;
          return (
            <g key={p.year} className="chart-year-group" data-year={p.year}>
              <StackedBar
                segments={p.secondaryTonnes.map((s) => ({
                  key: s.key,
                  value: s.band.mid,
                  fill: secondaryColour(s.key),
                }))}
                x={band.x}
                width={band.width}
                y={y}
              />
              <Whisker x={band.mid} y1={y(range.low)} y2={y(range.high)} cap={band.width * 0.2} />
            </g>
          );
        })}
      </ChartSvg>
      <ChartLegend items={legend} label={t("charts.legend")} />
    </figure>
  );
}

/** One year's stacked bar: segments bottom up from zero, empty ones left out. */
function StackedBar(props: {
  segments: readonly { key: string | number; value: number; fill: string }[];
  x: number;
  width: number;
  y(value: number): number;
}) {
  const { x, width, y } = props;
  const stacked = stack(props.segments.map((s) => s.value));
  return props.segments.map((s, k) => {
    const seg = stacked[k] ?? { y0: 0, y1: 0 };
    if (seg.y1 === seg.y0) return null;
    return (
      <rect
        key={s.key}
        className="chart-outline"
        fill={s.fill}
        x={x}
        width={width}
        y={y(seg.y1)}
        height={y(seg.y0) - y(seg.y1)}
      />
    );
  });
}
