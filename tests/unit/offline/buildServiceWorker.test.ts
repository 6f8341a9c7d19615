import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { contentVersion, listFiles } from "../../../build/serviceWorker";

describe("the service worker build's file list and cache version", () => {
  let dir = "";
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), "sw-build-"));
    await mkdir(join(dir, "generated", "fonts", "DejaVu Sans"), { recursive: true });
    await writeFile(join(dir, "index.html"), "<html></html>");
    await writeFile(join(dir, "generated", "fonts", "DejaVu Sans", "0-255.pbf"), "glyphs");
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it("lists nested files with '/' separators", async () => {
    expect((await listFiles(dir)).sort()).toEqual(["generated/fonts/DejaVu Sans/0-255.pbf", "index.html"]);
  });

  it("changes the version when a file's bytes change, and only then", async () => {
    const files = await listFiles(dir);
    const first = await contentVersion(dir, files);
    expect(await contentVersion(dir, files)).toBe(first);
    await writeFile(join(dir, "index.html"), "<html><body></body></html>");
    expect(await contentVersion(dir, files)).not.toBe(first);
  });
});
