/** Plain-text tables for the terminal: columns padded to their widest cell, numbers right-aligned. */

export function table(header: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const numeric = header.map((_, i) => rows.every((r) => /^[\d\s.,×%–+−-]*$/.test(r[i] ?? "")));
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => (numeric[i] ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0)))
      .join("  ")
      .trimEnd();
  return [line(header), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n");
}

/** Milliseconds, rounded to what the noise allows: whole ms from 100 up, else one decimal. */
export const ms = (v: number | undefined) =>
  v === undefined || Number.isNaN(v) ? "–" : v >= 100 ? Math.round(v).toLocaleString("en-GB") : v.toFixed(1);

export const ratio = (v: number) => (Number.isNaN(v) ? "–" : `${v.toFixed(2)}×`);
