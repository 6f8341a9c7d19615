import { readFileSync } from "node:fs";
import { openDB } from "idb";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { DB_VERSION, setAsideKey, type WorkspaceV1 } from "../../../src/persist/migrations";
import { DB_NAME } from "../../../src/persist/schema";
import { listWorkspaces, loadWorkspace } from "../../../src/persist/workspaces";
import { connect, freshIndexedDb } from "./freshDb";

beforeEach(freshIndexedDb);
afterEach(() => vi.restoreAllMocks());

const fixture = JSON.parse(
  readFileSync(new URL("../../fixtures/persist/workspaces-v1.json", import.meta.url), "utf8"),
) as { databaseVersion: number; workspaces: WorkspaceV1[] };

/** Writes the fixture as a version-1 database, by hand, without the app's migration code. */
async function writeVersion1Database(): Promise<void> {
  const old = await openDB(DB_NAME, fixture.databaseVersion, {
    upgrade: (db) => void db.createObjectStore("workspaces", { keyPath: "id" }),
  });
  for (const w of fixture.workspaces) await old.put("workspaces", w);
  old.close();
}

describe("database migrations", () => {
  it("creates a new database at the current version with its stores", async () => {
    const db = await connect();
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(["meta", "sites", "workspaces"]);
  });

  it("splits version-1 blobs into one record per site, in order, unknown properties kept", async () => {
    await writeVersion1Database();
    const db = await connect();
    const list = await listWorkspaces(db);
    expect(list.map((w) => [w.id, w.name, w.revision, w.schema])).toEqual([
      ["ws-v1-egedal", "Egedal 2027 scenarie", 0, "jordbalance/workspace@1"],
      ["ws-v1-kladde", "Kladde", 0, "jordbalance/workspace@1"],
    ]);
    expect(list[0]).not.toHaveProperty("sites");
    const egedal = await loadWorkspace(db, "ws-v1-egedal");
    const blob = fixture.workspaces[0]?.sites as { features: unknown[] };
    expect(egedal.sites.map((s) => s.site)).toEqual(blob.features);
    expect(egedal.sites[0]?.site.properties.Sagsnummer).toBe("EG-2026-114");
  });

  it("sets aside what did not validate, with the issues, instead of losing it", async () => {
    await writeVersion1Database();
    const db = await connect();
    const kladde = await loadWorkspace(db, "ws-v1-kladde");
    expect(kladde.sites.map((s) => s.site.properties.id)).toEqual(["ok"]);
    const setAside = await db.get("meta", setAsideKey("ws-v1-kladde"));
    expect(setAside?.blob).toEqual(fixture.workspaces[1]?.sites);
    expect(setAside?.issues).toEqual([
      { ref: "negative", field: "quantity", message: "quantity is negative" },
    ]);
    expect(await db.get("meta", setAsideKey("ws-v1-egedal"))).toBeUndefined();
  });

  it("leaves a version-1 database untouched when the migration fails", async () => {
    await writeVersion1Database();
    vi.spyOn(IDBObjectStore.prototype, "put").mockImplementation(() => {
      throw new DOMException("disk went away", "UnknownError");
    });
    await expect(connect()).rejects.toMatchObject({ code: "io" });
    vi.restoreAllMocks();
    const old = await openDB(DB_NAME);
    expect(old.version).toBe(1);
    expect([...old.objectStoreNames]).toEqual(["workspaces"]);
    expect(await old.getAll("workspaces")).toEqual(fixture.workspaces);
    old.close();
  });
});
