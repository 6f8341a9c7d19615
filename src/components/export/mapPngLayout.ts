/**
 * Where the map image's title, key figures, legend and attribution go, as a list of drawing
 * steps: pure, with text measured by a function the caller gives (a canvas in the app, a
 * fixed-width estimate in tests). All lengths are image pixels.
 */
import type { Kpi, LegendGroup, LegendShape } from "../../state/mapExport";

export interface MapPngSpec {
  title: string;
  subtitle: string;
  legend: readonly LegendGroup[];
  kpis: readonly Kpi[];
  attribution: readonly string[];
}

export interface FontSpec {
  /** px */
  size: number;
  bold: boolean;
}

export type Measure = (text: string, font: FontSpec) => number;

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

export type DrawOp =
  | ({ op: "box" } & Rect)
  | { op: "text"; text: string; x: number; y: number; font: FontSpec; align: "left" | "right" }
  | { op: "symbol"; shape: LegendShape; color: string; x: number; y: number; size: number };

export interface MapPngLayout {
  title: Rect;
  kpis: Rect | null;
  legend: Rect | null;
  attribution: Rect | null;
  /** In painting order; text y is the top of the line box. */
  ops: DrawOp[];
}

const ELLIPSIS = "…";

/**
 * The base text size: about 1/40 of the image's shorter side, so text stays legible when the
 * image is shown on a slide, and never below 13 CSS px.
 */
export function unitFor(width: number, height: number, pixelRatio: number): number {
  return Math.round(Math.max(13 * pixelRatio, Math.min(width, height) / 40));
}

/** The text, cut with an ellipsis where it would be wider than maxWidth. */
export function fitText(text: string, maxWidth: number, font: FontSpec, measure: Measure): string {
  if (measure(text, font) <= maxWidth) return text;
  const chars = Array.from(text);
  let lo = 0;
  let hi = chars.length;
  // The longest prefix that fits with the ellipsis (binary search: widths grow with length).
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (measure(chars.slice(0, mid).join("").trimEnd() + ELLIPSIS, font) <= maxWidth) lo = mid;
    else hi = mid - 1;
  }
  return lo === 0 ? ELLIPSIS : chars.slice(0, lo).join("").trimEnd() + ELLIPSIS;
}

/**
 * Word-wrapped lines no wider than maxWidth, at most maxLines; what does not fit ends the last
 * line with an ellipsis. A word longer than a line is cut.
 */
export function wrapText(
  text: string,
  maxWidth: number,
  font: FontSpec,
  measure: Measure,
  maxLines: number,
): string[] {
  const words = text.split(/\s+/).filter((w) => w !== "");
  const lines: string[] = [];
  let line = "";
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string;
    const next = line === "" ? word : `${line} ${word}`;
    if (measure(next, font) <= maxWidth) {
      line = next;
      continue;
    }
    if (line !== "") lines.push(line);
    line = word;
    if (lines.length === maxLines) {
      line = [lines.pop() as string, ...words.slice(i)].join(" ");
      break;
    }
  }
  if (line !== "") lines.push(line);
  return lines.map((l) => fitText(l, maxWidth, font, measure));
}

/** Lays the spec out over a map image of the given size, with base text size `unit` px. */
export function layoutMapPng(
  size: { width: number; height: number },
  spec: MapPngSpec,
  measure: Measure,
  unit: number,
): MapPngLayout {
  const { width: W, height: H } = size;
  const margin = unit;
  const pad = Math.round(unit * 0.6);
  const gap = Math.round(unit * 0.5);
  const lineHeight = (font: FontSpec) => Math.round(font.size * 1.3);
  const ops: DrawOp[] = [];
  const textBlock = (lines: string[], font: FontSpec, x: number, y: number, align: "left" | "right") => {
    for (const [i, text] of lines.entries())
      ops.push({ op: "text", text, x, y: y + i * lineHeight(font), font, align });
    return lines.length * lineHeight(font);
  };
  const widest = (lines: string[], font: FontSpec) => Math.max(0, ...lines.map((l) => measure(l, font)));

  // Title box, top left.
  const titleFont = { size: Math.round(unit * 1.6), bold: true };
  const subtitleFont = { size: Math.round(unit * 0.95), bold: false };
  const titleInner = Math.max(unit, Math.min(W - 2 * margin, Math.max(0.62 * W, 24 * unit)) - 2 * pad);
  const titleLines = wrapText(spec.title, titleInner, titleFont, measure, 3);
  const subtitleLines = wrapText(spec.subtitle, titleInner, subtitleFont, measure, 2);
  const title: Rect = {
    x: margin,
    y: margin,
    w: Math.ceil(Math.max(widest(titleLines, titleFont), widest(subtitleLines, subtitleFont))) + 2 * pad,
    h: titleLines.length * lineHeight(titleFont) + subtitleLines.length * lineHeight(subtitleFont) + 2 * pad,
  };
  ops.push({ op: "box", ...title });
  const afterTitle = textBlock(titleLines, titleFont, title.x + pad, title.y + pad, "left");
  textBlock(subtitleLines, subtitleFont, title.x + pad, title.y + pad + afterTitle, "left");
  let topBottom = title.y + title.h;

  // Key figures: a strip of cards under the title, wrapping into rows.
  let kpis: Rect | null = null;
  if (spec.kpis.length > 0) {
    const valueFont = { size: Math.round(unit * 1.25), bold: true };
    const labelFont = { size: Math.round(unit * 0.8), bold: false };
    const cardInnerMax = 11 * unit;
    const cards = spec.kpis.map((k) => {
      const value = fitText(k.value, cardInnerMax, valueFont, measure);
      const label = wrapText(k.label, cardInnerMax, labelFont, measure, 2);
      const inner = Math.ceil(Math.max(measure(value, valueFont), widest(label, labelFont)));
      return { value, label, w: inner + 2 * pad };
    });
    const maxLabelLines = Math.max(...cards.map((c) => c.label.length));
    const cardH = lineHeight(valueFont) + maxLabelLines * lineHeight(labelFont) + 2 * pad;
    const rowWidth = W - 2 * margin;
    let x = margin;
    let y = topBottom + gap;
    let right = margin;
    for (const card of cards) {
      const w = Math.min(card.w, rowWidth);
      if (x > margin && x + w > margin + rowWidth) {
        x = margin;
        y += cardH + gap;
      }
      ops.push({ op: "box", x, y, w, h: cardH });
      ops.push({ op: "text", text: card.value, x: x + pad, y: y + pad, font: valueFont, align: "left" });
      textBlock(card.label, labelFont, x + pad, y + pad + lineHeight(valueFont), "left");
      right = Math.max(right, x + w);
      x += w + gap;
    }
    kpis = { x: margin, y: topBottom + gap, w: right - margin, h: y + cardH - (topBottom + gap) };
    topBottom = kpis.y + kpis.h;
  }

  // Legend, bottom left: group titles and symbol rows, as many as fit below the top boxes.
  let legend: Rect | null = null;
  const groups = spec.legend.filter((g) => g.items.length > 0);
  if (groups.length > 0) {
    const headFont = { size: Math.round(unit * 0.95), bold: true };
    const itemFont = { size: Math.round(unit * 0.9), bold: false };
    const symbol = Math.round(unit * 0.9);
    const rowH = Math.max(lineHeight(itemFont), symbol + Math.round(unit * 0.3));
    const inner = Math.max(4 * unit, Math.min(0.4 * W, 22 * unit) - 2 * pad);
    const labelMax = inner - symbol - gap;
    // A group after the first starts with some space above its title.
    type Row = { head: string; space: number } | { item: LegendGroup["items"][number]; label: string };
    let rows: Row[] = groups.flatMap((g, i): Row[] => [
      { head: fitText(g.title, inner, headFont, measure), space: i === 0 ? 0 : gap },
      ...g.items.map((item) => ({ item, label: fitText(item.label, labelMax, itemFont, measure) })),
    ]);
    const rowHeight = (r: Row) => ("head" in r ? r.space + lineHeight(headFont) : rowH);
    const room = H - margin - (topBottom + gap) - 2 * pad;
    const total = (rs: Row[]) => rs.reduce((sum, r) => sum + rowHeight(r), 0);
    if (total(rows) > room) {
      // Keep what fits and say that more was cut.
      while (rows.length > 0 && total(rows) + lineHeight(headFont) > room) rows = rows.slice(0, -1);
      while (rows.length > 0 && "head" in (rows[rows.length - 1] as Row)) rows = rows.slice(0, -1);
      rows.push({ head: ELLIPSIS, space: 0 });
    }
    const rowWidth = (r: Row) =>
      "head" in r ? measure(r.head, headFont) : symbol + gap + measure(r.label, itemFont);
    const w = Math.ceil(Math.max(...rows.map(rowWidth))) + 2 * pad;
    const h = total(rows) + 2 * pad;
    legend = { x: margin, y: H - margin - h, w, h };
    ops.push({ op: "box", ...legend });
    let y = legend.y + pad;
    for (const row of rows) {
      if ("head" in row) {
        const ty = y + row.space;
        ops.push({ op: "text", text: row.head, x: legend.x + pad, y: ty, font: headFont, align: "left" });
      } else {
        const shape = row.item.shape ?? "fill";
        const sy = y + Math.round((rowH - symbol) / 2);
        ops.push({ op: "symbol", shape, color: row.item.color, x: legend.x + pad, y: sy, size: symbol });
        const ty = y + Math.round((rowH - lineHeight(itemFont)) / 2);
        const tx = legend.x + pad + symbol + gap;
        ops.push({ op: "text", text: row.label, x: tx, y: ty, font: itemFont, align: "left" });
      }
      y += rowHeight(row);
    }
  }

  // Attribution, bottom right, never reaching into the legend.
  let attribution: Rect | null = null;
  if (spec.attribution.length > 0) {
    const font = { size: Math.max(Math.round(unit * 0.7), 10), bold: false };
    const beside = legend ? W - 2 * margin - legend.w - gap : W - 2 * margin;
    const inner = Math.max(unit, Math.min(0.5 * W, 30 * unit, beside) - 2 * pad);
    const lines = spec.attribution.flatMap((a) => wrapText(a, inner, font, measure, 3));
    const w = Math.ceil(widest(lines, font)) + 2 * pad;
    const h = lines.length * lineHeight(font) + 2 * pad;
    attribution = { x: W - margin - w, y: H - margin - h, w, h };
    ops.push({ op: "box", ...attribution });
    textBlock(lines, font, W - margin - pad, attribution.y + pad, "right");
  }

  return { title, kpis, legend, attribution, ops };
}
