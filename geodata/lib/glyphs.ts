import { cp, mkdir, readFile, stat, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";

const require = createRequire(import.meta.url);

/** The part of fontnik's native API we use; the package ships no types. */
interface Fontnik {
  range(
    options: { font: Buffer; start: number; end: number },
    callback: (error: Error | null, pbf?: Uint8Array) => void,
  ): void;
}

export interface FontStack {
  /** Name MapLibre asks for in `text-font`, and the folder the ranges go in. */
  name: string;
  ttf: string;
}

/** DejaVu from the dejavu-fonts-ttf package: regular and bold, both with Danish letters. */
export function dejaVuStacks(): FontStack[] {
  const ttfDir = path.join(path.dirname(require.resolve("dejavu-fonts-ttf/package.json")), "ttf");
  return [
    { name: "DejaVu Sans", ttf: path.join(ttfDir, "DejaVuSans.ttf") },
    { name: "DejaVu Sans Bold", ttf: path.join(ttfDir, "DejaVuSans-Bold.ttf") },
  ];
}

/** MapLibre requests glyphs in blocks of 256 code points; up to U+2FFF covers Latin, Greek, Cyrillic, symbols. */
const RANGE_SIZE = 256;
const LAST_CODE_POINT = 0x2fff;

/** File names of the ranges, "0-255.pbf" .. "12032-12287.pbf" (48 of them). */
export function glyphRanges(): { start: number; end: number; file: string }[] {
  const ranges = [];
  for (let start = 0; start <= LAST_CODE_POINT; start += RANGE_SIZE) {
    const end = start + RANGE_SIZE - 1;
    ranges.push({ start, end, file: `${start}-${end}.pbf` });
  }
  return ranges;
}

function renderRange(fontnik: Fontnik, font: Buffer, start: number, end: number): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    fontnik.range({ font, start, end }, (error, pbf) => {
      if (error || pbf === undefined) reject(error ?? new Error(`fontnik gave no data for ${start}-${end}`));
      else resolve(pbf);
    });
  });
}

/** True when every range file of a stack exists in dir and is newer than its TTF. */
async function upToDate(dir: string, ttf: string): Promise<boolean> {
  const ttfTime = (await stat(ttf)).mtimeMs;
  const times = await Promise.all(
    glyphRanges().map((r) => stat(path.join(dir, r.file)).catch(() => undefined)),
  );
  return times.every((t) => t !== undefined && t.mtimeMs > ttfTime);
}

/**
 * Writes SDF glyph ranges of each stack to `${outFontsDir}/${stack}/{start}-{end}.pbf`.
 * Rendering takes a few seconds, so ranges still fresh in `previousFontsDir` (the last build's
 * output) are copied instead. Returns the stacks it had to render.
 */
export async function writeGlyphs(
  stacks: readonly FontStack[],
  outFontsDir: string,
  previousFontsDir: string,
): Promise<string[]> {
  const rendered: string[] = [];
  for (const stack of stacks) {
    const out = path.join(outFontsDir, stack.name);
    const previous = path.join(previousFontsDir, stack.name);
    if (await upToDate(previous, stack.ttf)) {
      // preserveTimestamps keeps the files "newer than the TTF" for the next run's check.
      await cp(previous, out, { recursive: true, preserveTimestamps: true });
      continue;
    }
    const fontnik = require("fontnik") as Fontnik;
    const font = await readFile(stack.ttf);
    await mkdir(out, { recursive: true });
    for (const r of glyphRanges()) {
      await writeFile(path.join(out, r.file), await renderRange(fontnik, font, r.start, r.end));
    }
    rendered.push(stack.name);
  }
  return rendered;
}
