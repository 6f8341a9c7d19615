/**
 * Where everything goes in a chart with one bar group per year: margins from the font size and
 * the widest tick label, a y scale over round ticks, the year bands and which year labels fit.
 * Pure, so the geometry is unit-tested; all sizes in CSS px.
 */
import {
  type Band,
  bands,
  linearScale,
  MAGNITUDE_DIVISOR,
  type Magnitude,
  magnitudeFor,
  niceTicks,
  stepDecimals,
  textWidthPx,
  yearLabelIndices,
} from "./scale";

export interface YearChartInput {
  width: number;
  fontPx: number;
  years: readonly number[];
  selectedYear: number | null;
  /** The data's extent in the chart's unit (m³ or t); 0 is always included. */
  min: number;
  max: number;
  /** Plot height in em of the chart font, so the chart grows with its text. */
  plotHeightEm: number;
  /** About how many intervals the y axis has; default 5. */
  tickCount?: number;
  /** Prints a tick value (already divided by the magnitude) with `decimals` decimals. */
  formatTick(value: number, decimals: number): string;
}

export interface Tick {
  value: number;
  y: number;
  label: string;
}

export interface YearChartLayout {
  /** The font size, px: the unit of every margin. */
  em: number;
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  /** Value (chart unit) → y, px. */
  y(value: number): number;
  ticks: Tick[];
  magnitude: Magnitude;
  /** One band per year, in the order of `years`. */
  bands: Band[];
  /** Indices of the years whose label is printed. */
  yearLabels: number[];
  /** Text baseline of the year labels and of the unit label above the axis. */
  yearLabelY: number;
  unitLabelY: number;
}

export function yearChartLayout(input: YearChartInput): YearChartLayout {
  const { width, fontPx, years } = input;
  const em = fontPx;
  const lo = Math.min(0, input.min);
  const hi = Math.max(0, input.max);
  const values = niceTicks(lo, hi, input.tickCount ?? 5);
  const magnitude = magnitudeFor(Math.max(Math.abs(values[0] ?? 0), Math.abs(values.at(-1) ?? 0)));
  const divisor = MAGNITUDE_DIVISOR[magnitude];
  const step = values.length > 1 ? (values[1] as number) - (values[0] as number) : 1;
  const decimals = stepDecimals(step / divisor);
  const labels = values.map((v) => input.formatTick(v / divisor, decimals));

  const top = 1.8 * em; // the unit label sits above the axis
  const plotHeight = input.plotHeightEm * em;
  const bottom = top + plotHeight;
  const left = Math.max(...labels.map((l) => textWidthPx(l, fontPx))) + 0.6 * em;
  const right = width - 0.5 * em;
  const y = linearScale([values[0] ?? 0, values.at(-1) ?? 1], [bottom, top]);

  const yearBands = bands(years.length, left, right, 0.25);
  const slot = years.length > 0 ? (right - left) / years.length : 1;
  const every = (textWidthPx("2026", fontPx) + 0.4 * em) / slot;
  const selectedIndex = input.selectedYear === null ? -1 : years.indexOf(input.selectedYear);

  return {
    em,
    width,
    height: bottom + 1.6 * em,
    plot: { left, right, top, bottom },
    y,
    ticks: values.map((value, i) => ({ value, y: y(value), label: labels[i] ?? "" })),
    magnitude,
    bands: yearBands,
    yearLabels: yearLabelIndices(years.length, every, selectedIndex),
    yearLabelY: bottom + 1.25 * em,
    unitLabelY: 1.1 * em,
  };
}
