import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Site } from "../../../src/domain/site";
import { ConflictError, PersistError } from "../../../src/persist/errors";
import {
  createWorkspace,
  deleteWorkspace,
  duplicateWorkspace,
  ensureDefaultWorkspace,
  listWorkspaces,
  loadWorkspace,
  renameWorkspace,
  saveChanges,
} from "../../../src/persist/workspaces";
import { receiver, source } from "../helpers";
import { connect, freshIndexedDb, quotaError } from "./freshDb";

beforeEach(freshIndexedDb);
afterEach(() => vi.restoreAllMocks());

const sites = () => [
  source("z-first", 12.5, 55.7, { Kommentar: "æøå", extra: { nested: [1, { a: null }] } }),
  receiver("a-second", 12.6, 55.7),
  source("m-third", 12.7, 55.7),
];
const idsOf = (loaded: { sites: { site: Site }[] }) => loaded.sites.map((s) => s.site.properties.id);

async function rejection(promise: Promise<unknown>): Promise<PersistError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(PersistError);
  return error as PersistError;
}

describe("workspaces", () => {
  it("stores a workspace and loads its sites back in their order, unknown properties kept", async () => {
    const db = await connect();
    const ws = await createWorkspace(db, "  Egedal 2027 scenarie ", sites());
    expect(ws).toMatchObject({
      name: "Egedal 2027 scenarie",
      revision: 0,
      schema: "jordbalance/workspace@1",
    });
    const loaded = await loadWorkspace(db, ws.id);
    expect(idsOf(loaded)).toEqual(["z-first", "a-second", "m-third"]);
    expect(loaded.sites.map((s) => s.site)).toEqual(sites());
    expect(await listWorkspaces(db)).toEqual([ws]);
  });

  it("renames without a new revision and refuses an empty name", async () => {
    const db = await connect();
    const ws = await createWorkspace(db, "A");
    const renamed = await renameWorkspace(db, ws.id, "B");
    expect(renamed).toMatchObject({ name: "B", revision: 0 });
    expect((await rejection(renameWorkspace(db, ws.id, "  "))).code).toBe("invalid_name");
  });

  it("duplicates a workspace into an independent copy", async () => {
    const db = await connect();
    const ws = await createWorkspace(db, "A", sites());
    const copy = await duplicateWorkspace(db, ws.id, "A (kopi)");
    await saveChanges(db, copy.id, { put: [], remove: ["a-second"] }, 0);
    expect(idsOf(await loadWorkspace(db, copy.id))).toEqual(["z-first", "m-third"]);
    expect(idsOf(await loadWorkspace(db, ws.id))).toEqual(["z-first", "a-second", "m-third"]);
  });

  it("deletes a workspace with all its sites and leaves the others", async () => {
    const db = await connect();
    const a = await createWorkspace(db, "A", sites());
    const b = await createWorkspace(db, "B", sites());
    await deleteWorkspace(db, a.id);
    expect((await rejection(loadWorkspace(db, a.id))).code).toBe("not_found");
    expect(await db.count("sites")).toBe(3);
    expect(idsOf(await loadWorkspace(db, b.id))).toHaveLength(3);
  });
});

describe("saveChanges", () => {
  it("writes puts and removes and counts the revision up", async () => {
    const db = await connect();
    const ws = await createWorkspace(db, "A", sites());
    const changed = source("m-third", 12.7, 55.7, { quantity: 5 });
    const saved = await saveChanges(db, ws.id, { put: [{ seq: 2, site: changed }], remove: ["z-first"] }, 0);
    expect(saved.revision).toBe(1);
    const loaded = await loadWorkspace(db, ws.id);
    expect(idsOf(loaded)).toEqual(["a-second", "m-third"]);
    expect(loaded.sites[1]?.site.properties.quantity).toBe(5);
  });

  it("refuses a save from a stale revision and writes nothing (another tab saved first)", async () => {
    const [tabA, tabB] = [await connect(), await connect()];
    const ws = await createWorkspace(tabA, "A", sites());
    await saveChanges(tabA, ws.id, { put: [], remove: ["z-first"] }, 0);
    const error = await rejection(saveChanges(tabB, ws.id, { put: [], remove: ["a-second"] }, 0));
    expect(error).toBeInstanceOf(ConflictError);
    expect(error.code).toBe("conflict");
    expect(idsOf(await loadWorkspace(tabA, ws.id))).toEqual(["a-second", "m-third"]);
  });

  it("is atomic: a write that fails halfway leaves the workspace as it was", async () => {
    const db = await connect();
    const ws = await createWorkspace(db, "A", sites());
    // A function cannot be stored: the second put fails after the first was issued.
    const unstorable = source("bad", 12, 55, { callback: () => 1 });
    const put = [
      { seq: 0, site: source("z-first", 12.5, 55.7, { quantity: 1 }) },
      { seq: 9, site: unstorable },
    ];
    expect((await rejection(saveChanges(db, ws.id, { put, remove: ["m-third"] }, 0))).code).toBe("io");
    const loaded = await loadWorkspace(db, ws.id);
    expect(loaded.workspace.revision).toBe(0);
    expect(loaded.sites.map((s) => s.site)).toEqual(sites());
  });

  it("reports a refused quota as storage_full, never silently", async () => {
    const db = await connect();
    const ws = await createWorkspace(db, "A", sites());
    vi.spyOn(IDBObjectStore.prototype, "put").mockImplementation(() => {
      throw quotaError();
    });
    const error = await rejection(
      saveChanges(db, ws.id, { put: [{ seq: 3, site: source("new", 12, 55) }], remove: [] }, 0),
    );
    expect(error.code).toBe("storage_full");
    expect(error.detail).toContain("QuotaExceededError");
    vi.restoreAllMocks();
    expect((await loadWorkspace(db, ws.id)).workspace.revision).toBe(0);
  });

  it("says not_found when the workspace was deleted (e.g. in another tab)", async () => {
    const db = await connect();
    const ws = await createWorkspace(db, "A");
    await deleteWorkspace(db, ws.id);
    expect((await rejection(saveChanges(db, ws.id, { put: [], remove: [] }, 0))).code).toBe("not_found");
  });
});

describe("ensureDefaultWorkspace", () => {
  it("creates the example workspace once, even when two tabs start together", async () => {
    const [tabA, tabB] = [await connect(), await connect()];
    const load = vi.fn(async () => sites());
    const [a, b] = await Promise.all([
      ensureDefaultWorkspace(tabA, "Eksempeldata (illustrativ)", load),
      ensureDefaultWorkspace(tabB, "Eksempeldata (illustrativ)", load),
    ]);
    expect([a, b].filter((w) => w !== null)).toHaveLength(1);
    const list = await listWorkspaces(tabA);
    expect(list.map((w) => w.name)).toEqual(["Eksempeldata (illustrativ)"]);
    expect(await tabA.count("sites")).toBe(3);
  });

  it("does not bring the example back once it was deleted", async () => {
    const db = await connect();
    const created = await ensureDefaultWorkspace(db, "Eksempel", async () => sites());
    await deleteWorkspace(db, created?.id as string);
    const load = vi.fn(async () => sites());
    expect(await ensureDefaultWorkspace(db, "Eksempel", load)).toBeNull();
    expect(load).not.toHaveBeenCalled();
  });

  it("creates nothing when the user already has workspaces", async () => {
    const db = await connect();
    await createWorkspace(db, "Mine");
    expect(await ensureDefaultWorkspace(db, "Eksempel", async () => sites())).toBeNull();
    expect((await listWorkspaces(db)).map((w) => w.name)).toEqual(["Mine"]);
  });
});
