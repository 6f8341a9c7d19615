import { describe, expect, it } from "vitest";
import { memoryPersistence } from "../../src/persist/memory";
import { source } from "./helpers";

describe("memoryPersistence", () => {
  const a = source("a", 12, 55);
  const b = source("b", 12, 55);

  it("loads the seeded sites in order and applies saves with a revision check", async () => {
    const p = memoryPersistence("ws", "Preview", [a, b]);
    const loaded = await p.loadWorkspace("ws");
    expect(loaded.sites.map((s) => s.site.properties.id)).toEqual(["a", "b"]);
    const c = source("c", 12, 55);
    const ws = await p.saveChanges("ws", { put: [{ seq: 3, site: c }], remove: ["a"] }, 0);
    expect(ws.revision).toBe(1);
    expect((await p.loadWorkspace("ws")).sites.map((s) => s.site.properties.id)).toEqual(["b", "c"]);
    await expect(p.saveChanges("ws", { put: [], remove: [] }, 0)).rejects.toThrow(/revision/);
  });

  it("keeps a copy as its own workspace", async () => {
    const p = memoryPersistence("ws", "Preview", [a]);
    const copy = await p.createWorkspaceFromEntries("Kopi", [{ seq: 1, site: b }], {});
    expect((await p.loadWorkspace(copy.id)).sites.map((s) => s.site.properties.id)).toEqual(["b"]);
    expect((await p.loadWorkspace("ws")).sites.map((s) => s.site.properties.id)).toEqual(["a"]);
  });
});
