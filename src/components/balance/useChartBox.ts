import { type RefObject, useLayoutEffect, useRef, useState } from "react";

export interface ChartBox {
  /** The container's width, px. */
  width: number;
  /** The chart text size, px (CSS `--chart-font`, larger in presentation mode). */
  fontPx: number;
}

/** Used where there is no layout (jsdom) or before the first measurement. */
const FALLBACK: ChartBox = { width: 440, fontPx: 12 };

/**
 * The width and font size a chart lays itself out for, measured from its container. The charts
 * draw in CSS px (no viewBox scaling), so text keeps the size CSS gives it and the margins grow
 * with it. `emProbe` is a 1em × 1em element inside the container: a font-size change (entering
 * presentation mode) resizes it even when the container's width stays put.
 */
export function useChartBox(): {
  containerRef: RefObject<HTMLDivElement | null>;
  emProbeRef: RefObject<HTMLSpanElement | null>;
  box: ChartBox;
} {
  const containerRef = useRef<HTMLDivElement>(null);
  const emProbeRef = useRef<HTMLSpanElement>(null);
  const [box, setBox] = useState(FALLBACK);
  useLayoutEffect(() => {
    const el = containerRef.current;
    if (!el) return;
    const measure = () => {
      const width = el.clientWidth > 0 ? el.clientWidth : FALLBACK.width;
      const fontPx = Number.parseFloat(getComputedStyle(el).fontSize);
      const next = { width, fontPx: fontPx > 0 ? fontPx : FALLBACK.fontPx };
      setBox((prev) => (prev.width === next.width && prev.fontPx === next.fontPx ? prev : next));
    };
    measure();
    if (typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    if (emProbeRef.current) observer.observe(emProbeRef.current);
    return () => observer.disconnect();
  }, []);
  return { containerRef, emProbeRef, box };
}
