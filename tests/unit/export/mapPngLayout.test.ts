import { describe, expect, it } from "vitest";
import {
  type DrawOp,
  type FontSpec,
  fitText,
  layoutMapPng,
  type MapPngSpec,
  type Rect,
  unitFor,
  wrapText,
} from "../../../src/components/export/mapPngLayout";

/** A fixed-width font: every character 0.6 × the size wide. */
const measure = (text: string, font: FontSpec) => Array.from(text).length * font.size * 0.6;
const FONT: FontSpec = { size: 10, bold: false }; // 6 px a character

const overlaps = (a: Rect, b: Rect) =>
  a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
const inside = (r: Rect, outer: Rect) =>
  r.x >= outer.x && r.y >= outer.y && r.x + r.w <= outer.x + outer.w && r.y + r.h <= outer.y + outer.h;
const texts = (ops: DrawOp[]) => ops.flatMap((o) => (o.op === "text" ? [o] : []));

const SPEC: MapPngSpec = {
  title: "Jordbalance – Region Hovedstaden",
  subtitle: "Kort pr. 6. dec. 2026",
  legend: [
    {
      title: "Lokaliteter",
      items: [
        { color: "#D55E00", label: "Jordkilder (overskud)", shape: "circle" },
        { color: "#0072B2", label: "Modtagere", shape: "square" },
      ],
    },
  ],
  kpis: [
    { label: "Jordkilder (overskud)", value: "174" },
    { label: "Modtagere", value: "34" },
  ],
  attribution: ["Indeholder data fra Styrelsen for Dataforsyning og Infrastruktur, DAGI", "Natural Earth"],
};

describe("cutting text to a width", () => {
  it("leaves text that fits alone", () => {
    expect(fitText("Egedal", 36, FONT, measure)).toBe("Egedal");
  });

  it("cuts a long name with an ellipsis and stays within the width", () => {
    const cut = fitText("Genbrugsplads Nordhavn, etape 3", 60, FONT, measure);
    expect(cut).toBe("Genbrugsp…"); // 9 letters and the ellipsis: 60 px
    expect(measure(cut, FONT)).toBeLessThanOrEqual(60);
  });

  it("is an ellipsis alone where not even one letter fits", () => {
    expect(fitText("Egedal", 8, FONT, measure)).toBe("…");
  });
});

describe("wrapping text into lines", () => {
  it("breaks between words, each line within the width", () => {
    const lines = wrapText("Jordbalance – Region Hovedstaden", 90, FONT, measure, 3);
    expect(lines).toEqual(["Jordbalance –", "Region", "Hovedstaden"]);
    for (const l of lines) expect(measure(l, FONT)).toBeLessThanOrEqual(90);
  });

  it("ends the last allowed line with an ellipsis when there is more", () => {
    const lines = wrapText("en to tre fire fem seks syv otte", 60, FONT, measure, 2);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toBe("en to tre");
    expect(lines[1]).toMatch(/…$/);
    expect(measure(lines[1] as string, FONT)).toBeLessThanOrEqual(60);
  });

  it("cuts a single word longer than a line", () => {
    expect(wrapText("Jordhåndteringsregulativ", 60, FONT, measure, 2)).toEqual(["Jordhåndt…"]);
  });
});

describe("laying the map image out", () => {
  const W = 1280;
  const H = 720;
  const unit = unitFor(W, H, 1);
  const image = { x: 0, y: 0, w: W, h: H };

  it("puts the title top left, the key figures under it, the legend bottom left and the credits bottom right", () => {
    const layout = layoutMapPng({ width: W, height: H }, SPEC, measure, unit);
    expect(layout.title).toMatchObject({ x: unit, y: unit });
    expect(layout.kpis?.x).toBe(unit);
    expect(layout.kpis?.y).toBeGreaterThan(layout.title.y + layout.title.h);
    expect(layout.legend?.x).toBe(unit);
    expect((layout.legend as Rect).y + (layout.legend as Rect).h).toBe(H - unit);
    expect((layout.attribution as Rect).x + (layout.attribution as Rect).w).toBe(W - unit);
    expect((layout.attribution as Rect).y + (layout.attribution as Rect).h).toBe(H - unit);
    const boxes = [layout.title, layout.kpis, layout.legend, layout.attribution] as Rect[];
    for (const [i, a] of boxes.entries()) {
      expect(inside(a, image)).toBe(true);
      for (const b of boxes.slice(i + 1)) expect(overlaps(a, b)).toBe(false);
    }
    expect(texts(layout.ops).map((t) => t.text)).toEqual(
      expect.arrayContaining(["Jordbalance – Region Hovedstaden", "174", "Lokaliteter", "Natural Earth"]),
    );
  });

  it("draws each legend item's symbol in its colour and shape, beside its label", () => {
    const layout = layoutMapPng({ width: W, height: H }, SPEC, measure, unit);
    const symbols = layout.ops.flatMap((o) => (o.op === "symbol" ? [o] : []));
    expect(symbols.map((s) => [s.shape, s.color])).toEqual([
      ["circle", "#D55E00"],
      ["square", "#0072B2"],
    ]);
    for (const s of symbols)
      expect(inside({ x: s.x, y: s.y, w: s.size, h: s.size }, layout.legend as Rect)).toBe(true);
  });

  it("cuts a long legend name to the legend box, which stays narrow", () => {
    const long = "Modtageanlæg for let forurenet jord ved Avedøre Holme, Hvidovre Kommune (etape 2)";
    const spec = { ...SPEC, legend: [{ title: "Lokaliteter", items: [{ color: "#000", label: long }] }] };
    const layout = layoutMapPng({ width: W, height: H }, spec, measure, unit);
    const legend = layout.legend as Rect;
    expect(legend.w).toBeLessThanOrEqual(0.4 * W);
    const label = texts(layout.ops).find((t) => t.text.startsWith("Modtageanlæg"));
    expect(label?.text).toMatch(/…$/);
    expect(
      (label?.x as number) + measure(label?.text as string, label?.font as FontSpec),
    ).toBeLessThanOrEqual(legend.x + legend.w);
  });

  it("keeps as many legend rows as fit under the key figures and marks the cut", () => {
    const items = Array.from({ length: 60 }, (_, i) => ({ color: "#123456", label: `Klasse ${i + 1}` }));
    const spec = { ...SPEC, legend: [{ title: "Balance", items }] };
    const layout = layoutMapPng({ width: W, height: H }, spec, measure, unit);
    const legend = layout.legend as Rect;
    const kpis = layout.kpis as Rect;
    expect(legend.y).toBeGreaterThan(kpis.y + kpis.h);
    const shown = texts(layout.ops).filter((t) => t.text.startsWith("Klasse"));
    expect(shown.length).toBeGreaterThan(5);
    expect(shown.length).toBeLessThan(60);
    expect(texts(layout.ops).some((t) => t.text === "…")).toBe(true);
  });

  it("wraps many key figures into rows within the image", () => {
    const kpis = Array.from({ length: 12 }, (_, i) => ({
      label: `Nøgletal nummer ${i + 1}`,
      value: "1.234.567 t",
    }));
    const layout = layoutMapPng({ width: W, height: H }, { ...SPEC, kpis }, measure, unit);
    const strip = layout.kpis as Rect;
    expect(strip.x + strip.w).toBeLessThanOrEqual(W - unit);
    const valueTops = new Set(
      texts(layout.ops)
        .filter((t) => t.text === "1.234.567 t")
        .map((t) => t.y),
    );
    expect(valueTops.size).toBeGreaterThan(1);
  });

  it("keeps the credits beside the legend on a narrow image", () => {
    const layout = layoutMapPng({ width: 480, height: 640 }, SPEC, measure, unitFor(480, 640, 1));
    expect(overlaps(layout.legend as Rect, layout.attribution as Rect)).toBe(false);
    expect((layout.attribution as Rect).x).toBeGreaterThanOrEqual(0);
  });

  it("leaves out the strip and legend when there is nothing to put in them", () => {
    const spec = { ...SPEC, kpis: [], legend: [{ title: "Tom", items: [] }] };
    const layout = layoutMapPng({ width: W, height: H }, spec, measure, unit);
    expect(layout.kpis).toBeNull();
    expect(layout.legend).toBeNull();
    expect(texts(layout.ops).some((t) => t.text === "Tom")).toBe(false);
  });
});

describe("the base text size", () => {
  it("grows with the image and the pixel ratio, never below 13 CSS px", () => {
    expect(unitFor(600, 400, 1)).toBe(13);
    expect(unitFor(600, 400, 2)).toBe(26);
    expect(unitFor(3840, 2160, 1)).toBe(54);
  });
});
