import { describe, expect, it } from "vitest";
import { catchDownload, waitForMapIdle } from "./driver";
import { browserSession } from "./lifecycle";

const session = browserSession();
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

describe("the map as a PNG for slides", () => {
  it("downloads the map at its pixel size with the map drawn and the boxes over it", async () => {
    const app = await session.open("", { width: 1280, height: 720 });
    await waitForMapIdle(app.page);
    await app.page.getByRole("button", { name: "Eksportér", exact: true }).click();
    const { fileName, bytes } = await catchDownload(app.page, () =>
      app.page.getByRole("button", { name: "Eksportér kort som PNG" }).click(),
    );
    expect(fileName).toMatch(/^jordbalance_kort_\d{4}-\d{2}-\d{2}\.png$/);
    expect([...bytes.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    expect(bytes.subarray(12, 16).toString("latin1")).toBe("IHDR");
    const size = await app.page.evaluate(() => {
      const map = document.querySelector(".map") as HTMLElement;
      return { w: map.clientWidth, h: map.clientHeight, dpr: window.devicePixelRatio };
    });
    expect(bytes.readUInt32BE(16)).toBe(Math.floor(size.w * size.dpr));
    expect(bytes.readUInt32BE(20)).toBe(Math.floor(size.h * size.dpr));

    // Decoded in the page: many colours, the map's sea and land among them (the WebGL frame
    // was captured, not a blank buffer), and the title box's white and dark text top left.
    const seen = await app.page.evaluate(async (b64) => {
      const blob = new Blob([Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))], { type: "image/png" });
      const bitmap = await createImageBitmap(blob);
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const ctx = canvas.getContext("2d") as OffscreenCanvasRenderingContext2D;
      ctx.drawImage(bitmap, 0, 0);
      const { data, width, height } = ctx.getImageData(0, 0, bitmap.width, bitmap.height);
      const colourAt = (x: number, y: number) => {
        const o = (y * width + x) * 4;
        return [data[o], data[o + 1], data[o + 2]] as [number, number, number];
      };
      const near = (c: number[], hex: string, tol = 12) =>
        [0, 2, 4].every(
          (i, k) => Math.abs((c[k] as number) - Number.parseInt(hex.slice(i + 1, i + 3), 16)) <= tol,
        );
      const all = new Set<string>();
      let sea = 0;
      let land = 0;
      for (let y = 0; y < height; y += 7) {
        for (let x = 0; x < width; x += 7) {
          const c = colourAt(x, y);
          all.add(c.join(","));
          if (near(c, "#c9dbe8")) sea++;
          if (near(c, "#fbfaf5", 4)) land++;
        }
      }
      let dark = 0;
      for (let y = 20; y < 60; y++)
        for (let x = 20; x < 300; x++) if (colourAt(x, y).every((v) => v < 80)) dark++;
      return { colours: all.size, sea, land, dark };
    }, bytes.toString("base64"));
    expect(seen.colours).toBeGreaterThan(20);
    expect(seen.sea).toBeGreaterThan(100);
    expect(seen.land).toBeGreaterThan(100);
    expect(seen.dark).toBeGreaterThan(50);
    expect(app.consoleErrors).toEqual([]);
  });
});
