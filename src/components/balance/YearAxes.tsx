import type { YearChartLayout } from "./yearChartLayout";

/**
 * Axes of a chart with one bar group per year, drawn before the bars: the selected year's
 * slot, grid lines with tick labels, the zero line, the year labels and the unit above the
 * axis. Everything in the text colour, so it reads on white and on the dark presentation
 * background alike.
 */
export function YearAxes({
  layout,
  years,
  selectedYear,
  unitLabel,
}: {
  layout: YearChartLayout;
  years: readonly number[];
  selectedYear: number | null;
  unitLabel: string;
}) {
  const { plot, bands, ticks, em } = layout;
  const selectedIndex = selectedYear === null ? -1 : years.indexOf(selectedYear);
  const selectedBand = bands[selectedIndex];
  const slot = years.length > 0 ? (plot.right - plot.left) / years.length : 0;
  return (
    <g className="chart-axes">
      {selectedBand && (
        <rect
          className="chart-selected-year"
          data-year={selectedYear ?? undefined}
          x={selectedBand.mid - slot / 2}
          y={plot.top - 0.4 * em}
          width={slot}
          height={layout.yearLabelY - plot.top + 0.8 * em}
        />
      )}
      {ticks.map((tick) => (
        <g key={tick.value}>
          <line
            className={tick.value === 0 ? "chart-zero" : "chart-grid"}
            x1={plot.left}
            x2={plot.right}
            y1={tick.y}
            y2={tick.y}
          />
          <text x={plot.left - 0.3 * em} y={tick.y} dy="0.35em" textAnchor="end">
            {tick.label}
          </text>
        </g>
      ))}
      <text x={0} y={layout.unitLabelY}>
        {unitLabel}
      </text>
      {layout.yearLabels.map((i) => {
        const band = bands[i];
        const year = years[i];
        if (!band || year === undefined) return null;
        return (
          <text
            key={year}
            x={band.mid}
            y={layout.yearLabelY}
            textAnchor="middle"
            className={year === selectedYear ? "chart-year selected" : "chart-year"}
          >
            {year}
          </text>
        );
      })}
    </g>
  );
}
