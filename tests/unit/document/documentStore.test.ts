import { beforeEach, describe, expect, it, vi } from "vitest";
import type { JordbalanceDB } from "../../../src/persist/db";
import { createWorkspace, deleteWorkspace, loadWorkspace } from "../../../src/persist/workspaces";
import { type DocumentPersistence, idbPersistence } from "../../../src/state/document/documentStore";
import { entryList, getSite, type SiteDocument } from "../../../src/state/document/siteDocument";
import { addSite, deleteSites, moveSite, updateSite } from "../../../src/state/document/transactions";
import { receiver, source } from "../helpers";
import { connect, freshIndexedDb, quotaError } from "../persist/freshDb";
import { channelHub, openTab } from "./tabs";

beforeEach(freshIndexedDb);

const sites = () => [
  source("a", 12.5, 55.7, { Kommentar: "behold" }),
  receiver("b", 12.6, 55.7),
  source("c", 12.7, 55.7),
];
const ids = (doc: SiteDocument) => entryList(doc).map((e) => e.site.properties.id);

/** What is stored, in the form the document holds it: order, position keys and sites. */
async function stored(db: JordbalanceDB, id: string) {
  return (await loadWorkspace(db, id)).sites;
}

describe("document store", () => {
  it("saves every edit at once, so a reload restores the document exactly", async () => {
    const db = await connect();
    const ws = await createWorkspace(db, "A", sites());
    const tab = await openTab(db, ws.id);
    const { apply } = tab.getState();
    apply(addSite(source("new", 12.4, 55.6)));
    apply(updateSite("a", { name: "Omdøbt" }));
    apply(moveSite("b", { type: "Point", coordinates: [12.3, 55.8] }, "0240"));
    apply(deleteSites(["c"]));
    expect(tab.getState().unsaved).toBeGreaterThan(0);
    await tab.getState().whenSaved();
    expect(tab.getState()).toMatchObject({ status: { type: "idle" }, unsaved: 0 });

    const reloaded = await openTab(await connect(), ws.id);
    expect(entryList(reloaded.getState().doc)).toEqual(entryList(tab.getState().doc));
    expect(ids(reloaded.getState().doc)).toEqual(["a", "b", "new"]);
    expect(getSite(reloaded.getState().doc, "a")?.properties.Kommentar).toBe("behold");
  });

  it("undoes and redoes one action at a time, exactly, and saves each step", async () => {
    const db = await connect();
    const ws = await createWorkspace(db, "A", sites());
    const tab = await openTab(db, ws.id);
    const initial = await stored(db, ws.id);
    tab.getState().apply(deleteSites(["b"]));
    tab.getState().apply(updateSite("a", { quantity: 5 }));
    await tab.getState().whenSaved();
    const edited = await stored(db, ws.id);

    expect(tab.getState().undoStack.map((t) => t.label)).toEqual(["delete", "edit"]);
    expect(tab.getState().undo()).toBe(true);
    expect(getSite(tab.getState().doc, "a")?.properties.quantity).toBe(1000);
    expect(ids(tab.getState().doc)).toEqual(["a", "c"]);
    tab.getState().undo();
    expect(tab.getState().undo()).toBe(false);
    await tab.getState().whenSaved();
    expect(await stored(db, ws.id)).toEqual(initial);

    tab.getState().redo();
    tab.getState().redo();
    await tab.getState().whenSaved();
    expect(await stored(db, ws.id)).toEqual(edited);
  });

  it("saves an edit made while a save of the same site was running", async () => {
    const db = await connect();
    const ws = await createWorkspace(db, "A", sites());
    const tab = await openTab(db, ws.id);
    tab.getState().apply(updateSite("a", { name: "first" }));
    expect(tab.getState().status).toEqual({ type: "saving" });
    tab.getState().apply(updateSite("a", { name: "second" }));
    await tab.getState().whenSaved();
    expect((await stored(db, ws.id))[0]?.site.properties.name).toBe("second");
  });

  it("clears redo when a new edit is made", async () => {
    const db = await connect();
    const tab = await openTab(db, (await createWorkspace(db, "A", sites())).id);
    tab.getState().apply(deleteSites(["b"]));
    tab.getState().undo();
    expect(tab.getState().redoStack).toHaveLength(1);
    tab.getState().apply(deleteSites(["c"]));
    expect(tab.getState().redoStack).toHaveLength(0);
  });

  it("refuses an invalid edit, changes nothing and saves nothing", async () => {
    const db = await connect();
    const ws = await createWorkspace(db, "A", sites());
    const persistence = idbPersistence(db);
    const save = vi.spyOn(persistence, "saveChanges");
    const tab = await openTab(db, ws.id, { persistence });
    const before = tab.getState().doc;
    const outcome = tab.getState().apply(updateSite("a", { quantity: -3 }));
    expect(outcome).toEqual({
      ok: false,
      reason: "invalid",
      issues: [{ ref: "a", field: "quantity", message: "quantity is negative" }],
    });
    expect(tab.getState().doc).toBe(before);
    expect(tab.getState().undoStack).toEqual([]);
    expect(save).not.toHaveBeenCalled();
  });

  it("shows a full disk as storage_full, keeps the edit, and saves it on retry", async () => {
    const db = await connect();
    const ws = await createWorkspace(db, "A", sites());
    const real = idbPersistence(db);
    let full = true;
    const persistence: DocumentPersistence = {
      ...real,
      saveChanges: (...args) => (full ? Promise.reject(quotaError()) : real.saveChanges(...args)),
    };
    const tab = await openTab(db, ws.id, { persistence });
    tab.getState().apply(deleteSites(["b"]));
    await tab.getState().whenSaved();
    expect(tab.getState().status).toMatchObject({ type: "error", code: "storage_full" });
    expect(tab.getState().unsaved).toBe(1);
    expect(ids(tab.getState().doc)).toEqual(["a", "c"]);
    expect((await loadWorkspace(db, ws.id)).sites).toHaveLength(3);

    full = false;
    expect(await tab.getState().retrySave()).toEqual({ ok: true });
    expect(tab.getState()).toMatchObject({ status: { type: "idle" }, unsaved: 0 });
    expect((await loadWorkspace(db, ws.id)).sites).toHaveLength(2);
  });

  it("refuses to open another workspace over unsaved changes unless told to discard them", async () => {
    const db = await connect();
    const ws = await createWorkspace(db, "A", sites());
    const other = await createWorkspace(db, "B");
    const real = idbPersistence(db);
    const tab = await openTab(db, ws.id, {
      persistence: { ...real, saveChanges: () => Promise.reject(quotaError()) },
    });
    tab.getState().apply(deleteSites(["b"]));
    await tab.getState().whenSaved();
    expect(await tab.getState().load(other.id)).toMatchObject({ ok: false, code: "unsaved_changes" });
    expect(tab.getState().workspace?.id).toBe(ws.id);
    expect(await tab.getState().load(other.id, { discardUnsaved: true })).toEqual({ ok: true });
    expect(tab.getState()).toMatchObject({
      workspace: { id: other.id },
      unsaved: 0,
      status: { type: "idle" },
    });
  });
});

describe("two tabs on one workspace", () => {
  async function twoTabs() {
    const db = await connect();
    const ws = await createWorkspace(db, "A", sites());
    const tabA = await openTab(db, ws.id);
    const persistenceB = idbPersistence(await connect());
    const saveB = vi.spyOn(persistenceB, "saveChanges");
    const tabB = await openTab(db, ws.id, { persistence: persistenceB });
    tabA.getState().apply(updateSite("a", { name: "A's name" }));
    await tabA.getState().whenSaved();
    tabB.getState().apply(updateSite("a", { name: "B's name" }));
    await tabB.getState().whenSaved();
    return { db, ws, tabA, tabB, saveB };
  }

  it("never lets the later tab overwrite the earlier one: it shows a conflict instead", async () => {
    const { db, ws, tabB, saveB } = await twoTabs();
    expect(tabB.getState().status).toMatchObject({ type: "conflict", reason: "changed" });
    expect(getSite(tabB.getState().doc, "a")?.properties.name).toBe("B's name");
    expect((await stored(db, ws.id))[0]?.site.properties.name).toBe("A's name");
    // No further save is tried while the conflict is open.
    tabB.getState().apply(deleteSites(["c"]));
    await tabB.getState().whenSaved();
    expect(saveB).toHaveBeenCalledTimes(1);
    expect(tabB.getState().unsaved).toBe(2);
  });

  it("resolves a conflict by reloading the stored workspace", async () => {
    const { tabB } = await twoTabs();
    expect(await tabB.getState().reloadFromDisk()).toEqual({ ok: true });
    expect(tabB.getState()).toMatchObject({ status: { type: "idle" }, unsaved: 0, undoStack: [] });
    expect(getSite(tabB.getState().doc, "a")?.properties.name).toBe("A's name");
  });

  it("resolves a conflict by saving this tab's document as a copy, keeping both", async () => {
    const { db, ws, tabB } = await twoTabs();
    expect(await tabB.getState().saveAsCopy("B's version")).toEqual({ ok: true });
    const copy = tabB.getState().workspace;
    expect(copy).toMatchObject({ name: "B's version", revision: 0 });
    expect(tabB.getState()).toMatchObject({ unsaved: 0, status: { type: "idle" } });
    expect(await stored(db, copy?.id as string)).toEqual(entryList(tabB.getState().doc));
    expect((await stored(db, ws.id))[0]?.site.properties.name).toBe("A's name");
    // Editing goes on in the copy, undo included.
    expect(tabB.getState().undo()).toBe(true);
    await tabB.getState().whenSaved();
    expect((await stored(db, copy?.id as string))[0]?.site.properties.name).toBe("a");
  });

  it("shows a workspace deleted in another tab as a conflict, and a copy saves the document", async () => {
    const db = await connect();
    const ws = await createWorkspace(db, "A", sites());
    const tab = await openTab(db, ws.id);
    await deleteWorkspace(await connect(), ws.id);
    tab.getState().apply(deleteSites(["b"]));
    await tab.getState().whenSaved();
    expect(tab.getState().status).toMatchObject({ type: "conflict", reason: "deleted" });
    expect(await tab.getState().reloadFromDisk()).toMatchObject({ ok: false, code: "not_found" });
    expect(await tab.getState().saveAsCopy("Reddet")).toEqual({ ok: true });
    expect(ids(tab.getState().doc)).toEqual(["a", "c"]);
  });

  it("an idle tab follows another tab's saves", async () => {
    const db = await connect();
    const ws = await createWorkspace(db, "A", sites());
    const hub = channelHub();
    const tabA = await openTab(db, ws.id, { channel: hub() });
    const tabB = await openTab(await connect(), ws.id, { channel: hub() });
    tabA.getState().apply(deleteSites(["b"]));
    await tabA.getState().whenSaved();
    await vi.waitFor(() => expect(ids(tabB.getState().doc)).toEqual(["a", "c"]));
    expect(tabB.getState().workspace?.revision).toBe(tabA.getState().workspace?.revision);
    // B can edit on top without a conflict.
    tabB.getState().apply(deleteSites(["c"]));
    await tabB.getState().whenSaved();
    expect(tabB.getState().status).toEqual({ type: "idle" });
  });

  it("a tab with unsaved changes is not reloaded under the user: it keeps them and meets the conflict", async () => {
    const db = await connect();
    const ws = await createWorkspace(db, "A", sites());
    const hub = channelHub();
    const real = idbPersistence(db);
    let full = true;
    const persistence: DocumentPersistence = {
      ...real,
      saveChanges: (...args) => (full ? Promise.reject(quotaError()) : real.saveChanges(...args)),
    };
    const tabA = await openTab(db, ws.id, { channel: hub() });
    const tabB = await openTab(db, ws.id, { channel: hub(), persistence });
    tabB.getState().apply(updateSite("a", { name: "unsaved in B" }));
    await tabB.getState().whenSaved();
    tabA.getState().apply(deleteSites(["c"]));
    await tabA.getState().whenSaved();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(getSite(tabB.getState().doc, "a")?.properties.name).toBe("unsaved in B");
    full = false;
    expect(await tabB.getState().retrySave()).toMatchObject({ ok: false, code: "conflict" });
  });
});
