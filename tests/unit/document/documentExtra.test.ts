// The workspace's `extra` (where the storyboard lives) in the document store: loaded, saved at
// once, reported when a save fails, followed across tabs and kept through copies and files.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { memoryPersistence } from "../../../src/persist/memory";
import { parseWorkspaceFile, workspaceFileText } from "../../../src/persist/workspaceFile";
import { createWorkspace, loadWorkspace, saveChanges } from "../../../src/persist/workspaces";
import { type DocumentPersistence, idbPersistence } from "../../../src/state/document/documentStore";
import { siteList } from "../../../src/state/document/siteDocument";
import { updateSite } from "../../../src/state/document/transactions";
import { source } from "../helpers";
import { connect, freshIndexedDb, quotaError } from "../persist/freshDb";
import { channelHub, openTab } from "./tabs";

beforeEach(freshIndexedDb);

const board = (title: string) => ({ schema: "jordbalance/storyboard@1", title, scenes: [] });

describe("workspace extra", () => {
  it("saveChanges writes extra when given and keeps it when not", async () => {
    const db = await connect();
    const ws = await createWorkspace(db, "A", [source("a", 12.5, 55.7)]);
    await saveChanges(db, ws.id, { put: [], remove: [], extra: { storyboard: board("x") } }, 0);
    await saveChanges(db, ws.id, { put: [], remove: ["a"] }, 1);
    const { workspace, sites } = await loadWorkspace(db, ws.id);
    expect(workspace).toMatchObject({ revision: 2, extra: { storyboard: board("x") } });
    expect(sites).toEqual([]);
  });

  it("is loaded with the workspace, saved at once, and read back after a reload", async () => {
    const db = await connect();
    const ws = await createWorkspace(db, "A", [source("a", 12.5, 55.7)]);
    const tab = await openTab(db, ws.id);
    expect(tab.getState().extra).toEqual({});
    expect(tab.getState().setExtra("storyboard", board("Nord"))).toEqual({ ok: true });
    expect(tab.getState()).toMatchObject({ extra: { storyboard: board("Nord") }, extraUnsaved: true });
    await tab.getState().whenSaved();
    expect(tab.getState()).toMatchObject({ extraUnsaved: false, status: { type: "idle" } });

    // A reload: a new connection on the same (fake) IndexedDB.
    const reloaded = await openTab(await connect(), ws.id);
    expect(reloaded.getState().extra).toEqual({ storyboard: board("Nord") });
    // Removing a key is a change too; the sites are untouched by it.
    reloaded.getState().setExtra("storyboard", undefined);
    await reloaded.getState().whenSaved();
    expect((await loadWorkspace(db, ws.id)).workspace.extra).toEqual({});
    expect(siteList(reloaded.getState().doc)).toHaveLength(1);
  });

  it("is refused while no workspace is open", async () => {
    const { createDocumentStore } = await import("../../../src/state/document/documentStore");
    const store = createDocumentStore({ persistence: idbPersistence(await connect()) });
    expect(store.getState().setExtra("storyboard", board("x"))).toEqual({ ok: false, reason: "busy" });
  });

  it("shows a failed save, keeps the change, refuses to switch over it and saves it on retry", async () => {
    const db = await connect();
    const ws = await createWorkspace(db, "A");
    const other = await createWorkspace(db, "B");
    const real = idbPersistence(db);
    let full = true;
    const persistence: DocumentPersistence = {
      ...real,
      saveChanges: (...args) => (full ? Promise.reject(quotaError()) : real.saveChanges(...args)),
    };
    const tab = await openTab(db, ws.id, { persistence });
    tab.getState().setExtra("storyboard", board("Syd"));
    await tab.getState().whenSaved();
    expect(tab.getState()).toMatchObject({
      status: { type: "error", code: "storage_full" },
      extraUnsaved: true,
      extra: { storyboard: board("Syd") },
    });
    expect(await tab.getState().load(other.id)).toMatchObject({
      ok: false,
      code: "unsaved_changes",
      detail: expect.stringMatching(/scenes/),
    });
    full = false;
    expect(await tab.getState().retrySave()).toEqual({ ok: true });
    expect((await loadWorkspace(db, ws.id)).workspace.extra).toEqual({ storyboard: board("Syd") });
  });

  it("saves a change made while a save of extra was running", async () => {
    const db = await connect();
    const tab = await openTab(db, (await createWorkspace(db, "A")).id);
    tab.getState().setExtra("storyboard", board("first"));
    expect(tab.getState().status).toEqual({ type: "saving" });
    tab.getState().setExtra("storyboard", board("second"));
    await tab.getState().whenSaved();
    expect(tab.getState().extraUnsaved).toBe(false);
    expect((await loadWorkspace(db, tab.getState().workspace?.id as string)).workspace.extra).toEqual({
      storyboard: board("second"),
    });
  });

  it("an idle tab follows another tab's change of extra; a conflicting one is not overwritten", async () => {
    const db = await connect();
    const ws = await createWorkspace(db, "A", [source("a", 12.5, 55.7)]);
    const hub = channelHub();
    const tabA = await openTab(db, ws.id, { channel: hub() });
    const tabB = await openTab(await connect(), ws.id, { channel: hub() });
    tabA.getState().setExtra("storyboard", board("from A"));
    await tabA.getState().whenSaved();
    await vi.waitFor(() => expect(tabB.getState().extra).toEqual({ storyboard: board("from A") }));

    // A third tab that missed the message saves over a stale revision: a conflict, nothing lost.
    const tabC = await openTab(await connect(), ws.id);
    tabA.getState().apply(updateSite("a", { name: "renamed in A" }));
    await tabA.getState().whenSaved();
    tabC.getState().setExtra("storyboard", board("from C"));
    await tabC.getState().whenSaved();
    expect(tabC.getState().status).toMatchObject({ type: "conflict", reason: "changed" });
    expect((await loadWorkspace(db, ws.id)).workspace.extra).toEqual({ storyboard: board("from A") });
  });

  it("is carried into a copy and into the workspace file", async () => {
    const db = await connect();
    const ws = await createWorkspace(db, "A");
    const tab = await openTab(db, ws.id);
    tab.getState().setExtra("storyboard", board("Kopi"));
    await tab.getState().whenSaved();
    expect(await tab.getState().saveAsCopy("A, kopi")).toEqual({ ok: true });
    const copy = tab.getState().workspace;
    expect(copy?.id).not.toBe(ws.id);
    expect((await loadWorkspace(db, copy?.id as string)).workspace.extra).toEqual({
      storyboard: board("Kopi"),
    });
    const file = workspaceFileText("A", [], tab.getState().extra);
    expect(parseWorkspaceFile(file).extra).toEqual({ storyboard: board("Kopi") });
  });

  it("a workspace file with a broken storyboard is refused, naming scene and field", () => {
    const text = workspaceFileText("A", [], {
      storyboard: { ...board("x"), scenes: [{ id: "s", name: "" }] },
    });
    expect(() => parseWorkspaceFile(text)).toThrow(/extra\.storyboard: scene 1, name: name is empty/);
  });

  it("the in-memory preview workspace keeps extra too", async () => {
    const p = memoryPersistence("ws", "Preview", []);
    await p.saveChanges("ws", { put: [], remove: [], extra: { storyboard: board("m") } }, 0);
    await p.saveChanges("ws", { put: [], remove: [] }, 1);
    expect((await p.loadWorkspace("ws")).workspace.extra).toEqual({ storyboard: board("m") });
  });
});
