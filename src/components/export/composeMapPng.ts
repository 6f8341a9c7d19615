/**
 * The map image for slides and reports: the map snapshot with a title, key figures, legend and
 * attribution painted over it at the snapshot's pixel size. Canvas 2D only; every text is drawn
 * with fillText, so user data never becomes markup.
 */
import type { LegendShape } from "../../state/mapExport";
import { type FontSpec, layoutMapPng, type MapPngSpec, unitFor } from "./mapPngLayout";

const FONT_FAMILY = '"DejaVu Sans", system-ui, sans-serif';
/** Dark text on near-opaque white boxes: high contrast over any part of the map. */
const INK = "#111827";
const PAPER = "rgba(255, 255, 255, 0.94)";
const EDGE = "#4b5563";
/** The site symbols' outline colour (src/map/icons.ts). */
const SYMBOL_OUTLINE = "#141414";

const css = (font: FontSpec) => `${font.bold ? "bold " : ""}${font.size}px ${FONT_FAMILY}`;

export async function composeMapPng(
  map: HTMLCanvasElement,
  spec: MapPngSpec,
  pixelRatio: number,
): Promise<Blob> {
  const canvas = document.createElement("canvas");
  canvas.width = map.width;
  canvas.height = map.height;
  const ctx = canvas.getContext("2d");
  if (!ctx) throw new Error("the browser gave no 2D canvas to draw the map image on");
  ctx.drawImage(map, 0, 0);
  const measure = (text: string, font: FontSpec) => {
    ctx.font = css(font);
    return ctx.measureText(text).width;
  };
  const unit = unitFor(canvas.width, canvas.height, pixelRatio);
  const layout = layoutMapPng({ width: canvas.width, height: canvas.height }, spec, measure, unit);
  const hairline = Math.max(1, Math.round(pixelRatio));
  ctx.textBaseline = "top";
  for (const op of layout.ops) {
    switch (op.op) {
      case "box":
        ctx.fillStyle = PAPER;
        ctx.fillRect(op.x, op.y, op.w, op.h);
        ctx.strokeStyle = EDGE;
        ctx.lineWidth = hairline;
        ctx.strokeRect(op.x + hairline / 2, op.y + hairline / 2, op.w - hairline, op.h - hairline);
        break;
      case "text": {
        ctx.font = css(op.font);
        ctx.fillStyle = INK;
        ctx.textAlign = op.align;
        // Centre the glyphs in the 1.3 × size line box.
        ctx.fillText(op.text, op.x, op.y + Math.round(op.font.size * 0.15));
        break;
      }
      case "symbol":
        drawSymbol(ctx, op.shape, op.color, op.x, op.y, op.size, hairline);
        break;
    }
  }
  return new Promise((ok, fail) =>
    canvas.toBlob(
      (blob) => (blob ? ok(blob) : fail(new Error("the browser could not encode the PNG"))),
      "image/png",
    ),
  );
}

function drawSymbol(
  ctx: CanvasRenderingContext2D,
  shape: LegendShape,
  color: string,
  x: number,
  y: number,
  size: number,
  hairline: number,
): void {
  const mid = y + size / 2;
  ctx.setLineDash([]);
  if (shape === "line" || shape === "dashed") {
    ctx.strokeStyle = color;
    ctx.lineWidth = Math.max(2 * hairline, Math.round(size / 4));
    if (shape === "dashed") ctx.setLineDash([size / 3, size / 5]);
    ctx.beginPath();
    ctx.moveTo(x, mid);
    ctx.lineTo(x + size, mid);
    ctx.stroke();
    ctx.setLineDash([]);
    return;
  }
  ctx.beginPath();
  const r = size / 2 - hairline;
  switch (shape) {
    case "circle":
      ctx.arc(x + size / 2, mid, r, 0, 2 * Math.PI);
      break;
    case "triangle":
      ctx.moveTo(x + size / 2, y + hairline);
      ctx.lineTo(x + size - hairline, y + size - hairline);
      ctx.lineTo(x + hairline, y + size - hairline);
      ctx.closePath();
      break;
    case "square":
    case "fill":
      ctx.rect(x + hairline, y + hairline, size - 2 * hairline, size - 2 * hairline);
      break;
  }
  ctx.fillStyle = color;
  ctx.fill();
  ctx.strokeStyle = shape === "fill" ? EDGE : SYMBOL_OUTLINE;
  ctx.lineWidth = shape === "fill" ? hairline : 2 * hairline;
  ctx.stroke();
}
