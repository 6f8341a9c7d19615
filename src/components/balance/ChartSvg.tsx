import type { ReactNode } from "react";

/**
 * A chart's drawing: an image for assistive technology, named by a sentence that sums it up
 * (the numbers themselves are in the tables beside it), at the layout's pixel size.
 */
export function ChartSvg(props: {
  titleId: string;
  summary: string;
  size: { width: number; height: number };
  children: ReactNode;
}) {
  const { width, height } = props.size;
  return (
    <svg
      role="img"
      aria-labelledby={props.titleId}
      className="chart-svg"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
    >
      <title id={props.titleId}>{props.summary}</title>
      {props.children}
    </svg>
  );
}
