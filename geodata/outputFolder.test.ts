import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { replaceFolder } from "./lib/outputFolder";

let parent: string;
let outDir: string;

beforeEach(async () => {
  parent = await mkdtemp(path.join(tmpdir(), "jordbalance-outfolder-"));
  outDir = path.join(parent, "generated");
  await mkdir(outDir);
  await writeFile(path.join(outDir, "old.txt"), "old");
});

afterEach(async () => {
  await rm(parent, { recursive: true, force: true });
});

describe("replaceFolder", () => {
  it("swaps in a fresh folder, dropping files of the last build", async () => {
    await replaceFolder(outDir, (dir) => writeFile(path.join(dir, "new.txt"), "new"));
    expect(await readdir(outDir)).toEqual(["new.txt"]);
    expect(await readdir(parent)).toEqual(["generated"]);
  });

  it("keeps the last output and leaves no scratch folder when filling fails", async () => {
    const failing = replaceFolder(outDir, async (dir) => {
      await writeFile(path.join(dir, "half.txt"), "half");
      throw new Error("disk full");
    });
    await expect(failing).rejects.toThrow("disk full");
    expect(await readFile(path.join(outDir, "old.txt"), "utf8")).toBe("old");
    expect(await readdir(parent)).toEqual(["generated"]);
  });

  it("clears scratch folders a killed build left behind", async () => {
    await mkdir(path.join(parent, "generated.tmp-99999"));
    await replaceFolder(outDir, async () => undefined);
    expect(await readdir(parent)).toEqual(["generated"]);
  });
});
