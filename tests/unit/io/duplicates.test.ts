import { describe, expect, it } from "vitest";
import { resolveDuplicates } from "../../../src/io/formats/duplicates";
import { source } from "../helpers";

const incoming = [source("a", 12.5, 55.7), source("b", 12.5, 55.7), source("c", 12.5, 55.7)];
const loaded = new Set(["a", "c", "c-2"]);

describe("resolveDuplicates", () => {
  it("skips imported sites whose id is loaded", () => {
    const r = resolveDuplicates(incoming, loaded, "skip");
    expect(r.toAdd.map((s) => s.properties.id)).toEqual(["b"]);
    expect(r).toMatchObject({ toReplace: [], skipped: ["a", "c"], renamed: [] });
  });

  it("replaces the loaded sites with the imported ones", () => {
    const r = resolveDuplicates(incoming, loaded, "replace");
    expect(r.toAdd.map((s) => s.properties.id)).toEqual(["b"]);
    expect(r.toReplace.map((s) => s.properties.id)).toEqual(["a", "c"]);
  });

  it("gives duplicates new free ids, leaving the input untouched", () => {
    const r = resolveDuplicates(incoming, loaded, "new_id");
    expect(r.toAdd.map((s) => s.properties.id)).toEqual(["a-2", "b", "c-3"]);
    expect(r.renamed).toEqual([
      { from: "a", to: "a-2" },
      { from: "c", to: "c-3" },
    ]);
    expect(incoming[0]?.properties.id).toBe("a");
  });

  it("never renames onto an id the import itself brings", () => {
    const r = resolveDuplicates([source("a", 12, 55), source("a-2", 12, 55)], new Set(["a"]), "new_id");
    expect(r.toAdd.map((s) => s.properties.id)).toEqual(["a-3", "a-2"]);
  });
});
