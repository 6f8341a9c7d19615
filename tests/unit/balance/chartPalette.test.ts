import { describe, expect, it } from "vitest";
import {
  CLASS_COLOURS,
  SECONDARY_COLOURS,
  SOIL_MATERIAL_COLOURS,
} from "../../../src/components/balance/chartPalette";
import { SOIL_CLASSES } from "../../../src/domain/materials";
import { BASE_COLOURS, SITE_COLOURS } from "../../../src/map/palette";

/** WCAG relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};

describe("chart palette", () => {
  it("darkens klasse 0 → 4 by a visible luminance step, so the order reads without hue", () => {
    for (const c of SOIL_CLASSES.slice(1)) {
      const lighter = CLASS_COLOURS[(c - 1) as 0 | 1 | 2 | 3];
      expect(luminance(CLASS_COLOURS[c])).toBeLessThan(luminance(lighter));
      expect(contrast(CLASS_COLOURS[c], lighter)).toBeGreaterThan(1.5);
    }
  });
  it("shares no colour with the map's sites and flows", () => {
    const map = [...Object.values(SITE_COLOURS), BASE_COLOURS.flowReuse, BASE_COLOURS.fitLine].map((c) =>
      c.toLowerCase(),
    );
    const chart = [CLASS_COLOURS, SOIL_MATERIAL_COLOURS, SECONDARY_COLOURS].flatMap((p) =>
      Object.values(p).map((c) => c.toLowerCase()),
    );
    for (const c of chart) expect(map).not.toContain(c);
    expect(new Set(chart).size).toBe(chart.length);
  });
});
