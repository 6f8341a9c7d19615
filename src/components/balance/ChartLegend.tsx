import { useId } from "react";

export type SwatchKind =
  | { type: "fill"; colour: string }
  | { type: "hatch" }
  | { type: "net" }
  | { type: "range" };

export interface LegendItem {
  id: string;
  label: string;
  swatch: SwatchKind;
}

/**
 * Diagonal lines in the text colour: demand's fill. A pattern, not a hue, so it cannot be
 * confused with any class colour and it shows on both backgrounds.
 */
export function HatchPattern({ id }: { id: string }) {
  return (
    <pattern id={id} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
      <rect width="6" height="6" className="chart-hatch-ground" />
      <line x1="0" y1="0" x2="0" y2="6" className="chart-hatch-line" />
    </pattern>
  );
}

/** A 1em × 1em sample of what a legend entry stands for. */
function Swatch({ swatch }: { swatch: SwatchKind }) {
  const patternId = useId();
  return (
    <svg className="chart-swatch" viewBox="0 0 12 12" aria-hidden="true">
      {swatch.type === "fill" && (
        <rect x="1" y="1" width="10" height="10" fill={swatch.colour} className="chart-outline" />
      )}
      {swatch.type === "hatch" && (
        <>
          <defs>
            <HatchPattern id={patternId} />
          </defs>
          <rect x="1" y="1" width="10" height="10" fill={`url(#${patternId})`} className="chart-outline" />
        </>
      )}
      {swatch.type === "net" && (
        <>
          <line x1="0" y1="6" x2="12" y2="6" className="chart-net-line" />
          <path d="M6 2 L10 6 L6 10 L2 6 Z" className="chart-net-marker" />
        </>
      )}
      {swatch.type === "range" && <path d="M3 1 H9 M6 1 V11 M3 11 H9" className="chart-whisker" />}
    </svg>
  );
}

/** The legend as an HTML list: its text wraps and scales with the chart font. */
export function ChartLegend({ items, label }: { items: readonly LegendItem[]; label: string }) {
  return (
    <ul className="chart-legend" aria-label={label}>
      {items.map((item) => (
        <li key={item.id}>
          <Swatch swatch={item.swatch} />
          {item.label}
        </li>
      ))}
    </ul>
  );
}
