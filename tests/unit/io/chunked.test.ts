import { describe, expect, it } from "vitest";
import { runChunked } from "../../../src/io/formats/chunked";

/** Work that takes about `ms` milliseconds of CPU, so the loop has to slice. */
function busy(ms: number) {
  const end = performance.now() + ms;
  while (performance.now() < end) {
    // spin
  }
}

describe("runChunked", () => {
  it("does every item once, in order", async () => {
    const seen: number[] = [];
    await runChunked(1000, (i) => seen.push(i));
    expect(seen).toEqual(Array.from({ length: 1000 }, (_, i) => i));
  });

  it("reports progress within its share of the bar, rising to the end", async () => {
    const fractions: number[] = [];
    await runChunked(2000, () => busy(0.05), { onProgress: (f) => fractions.push(f) }, 0.3, 1);
    expect(fractions.length).toBeGreaterThan(1);
    expect(
      fractions.every((f, k) => f >= 0.3 && f <= 1 && (k === 0 || f >= (fractions[k - 1] as number))),
    ).toBe(true);
    expect(fractions.at(-1)).toBe(1);
  });

  it("refuses to start when already cancelled", async () => {
    const controller = new AbortController();
    controller.abort();
    let calls = 0;
    await expect(runChunked(10, () => calls++, { signal: controller.signal })).rejects.toThrow(/abort/i);
    expect(calls).toBe(0);
  });

  it("stops between slices when cancelled meanwhile (a worker's cancel message gets through)", async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 0);
    let calls = 0;
    const run = runChunked(
      100_000,
      () => {
        calls++;
        busy(0.01);
      },
      { signal: controller.signal },
    );
    await expect(run).rejects.toThrow(/abort/i);
    expect(calls).toBeGreaterThan(0);
    expect(calls).toBeLessThan(100_000);
  });
});
