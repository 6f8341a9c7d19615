import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { PersistError } from "../../../src/persist/errors";
import {
  exportWorkspaceFile,
  importWorkspaceFile,
  parseWorkspaceFile,
  workspaceFileText,
} from "../../../src/persist/workspaceFile";
import { createWorkspace, listWorkspaces, loadWorkspace } from "../../../src/persist/workspaces";
import { receiver, source } from "../helpers";
import { connect, freshIndexedDb, quotaError } from "./freshDb";

beforeEach(freshIndexedDb);
afterEach(() => vi.restoreAllMocks());

const sites = () => [
  source("z-first", 12.5, 55.7, { Kommentar: "æøå", extra: { nested: [1, { a: null }] } }),
  receiver("a-second", 12.6, 55.7),
];

function refusal(run: () => unknown): PersistError {
  try {
    run();
  } catch (e) {
    expect(e).toBeInstanceOf(PersistError);
    return e as PersistError;
  }
  throw new Error("expected a refusal");
}

const fileWith = (patch: Record<string, unknown>) =>
  JSON.stringify({ ...JSON.parse(workspaceFileText("W", sites())), ...patch });

describe("workspace file", () => {
  it("exports a workspace and imports it back as a new workspace with the same sites in order", async () => {
    const db = await connect();
    const ws = await createWorkspace(db, "Egedal 2027 scenarie", sites());
    const text = await exportWorkspaceFile(db, ws.id);
    const file = JSON.parse(text);
    expect(file).toMatchObject({
      schema: "jordbalance/workspace@1",
      name: "Egedal 2027 scenarie",
      extra: {},
    });
    expect(file.sites.schema).toBe("jordbalance/sites@1");
    expect(Date.parse(file.exportedAt)).not.toBeNaN();

    const { workspace, issues } = await importWorkspaceFile(db, text);
    expect(issues).toEqual([]);
    expect(workspace.id).not.toBe(ws.id);
    expect(workspace.name).toBe("Egedal 2027 scenarie");
    expect((await loadWorkspace(db, workspace.id)).sites.map((s) => s.site)).toEqual(sites());
  });

  it("keeps what the file holds under extra", () => {
    const text = workspaceFileText("W", sites(), { scenes: [{ title: "Nord" }] });
    expect(parseWorkspaceFile(text).extra).toEqual({ scenes: [{ title: "Nord" }] });
  });

  it("drops __proto__ keys at any depth and pollutes no prototype", () => {
    const text = workspaceFileText("W", sites()).replace(
      '"Kommentar":"æøå"',
      '"Kommentar":"æøå","__proto__":{"polluted":true},"deep":{"__proto__":{"polluted":true}}',
    );
    const withTop = `{"__proto__":{"polluted":true},${text.slice(1)}`;
    const parsed = parseWorkspaceFile(withTop);
    expect(parsed.droppedUnsafeKeys).toBe(3);
    const props = parsed.sites[0]?.properties as Record<string, unknown>;
    expect(Object.getPrototypeOf(props)).toBe(Object.prototype);
    expect(Object.hasOwn(props, "__proto__")).toBe(false);
    expect(Object.hasOwn(props.deep as object, "__proto__")).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(props.Kommentar).toBe("æøå");
  });

  it("refuses a file from a newer version, saying so", () => {
    const error = refusal(() => parseWorkspaceFile(fileWith({ schema: "jordbalance/workspace@2" })));
    expect(error.code).toBe("invalid_file");
    expect(error.detail).toMatch(/newer jordbalance \(workspace@2\)/);
  });

  it.each([
    ["a plain GeoJSON file", JSON.stringify({ type: "FeatureCollection", features: [] })],
    ["another schema", fileWith({ schema: "kepler/map@1" })],
    ["a JSON array", "[]"],
  ])("refuses %s as not a workspace file", (_, text) => {
    expect(refusal(() => parseWorkspaceFile(text)).detail).toMatch(/not a jordbalance workspace file/);
  });

  it("says where a broken file broke", () => {
    const error = refusal(() => parseWorkspaceFile('{\n  "schema": }', "scenarie.json"));
    expect(error.code).toBe("invalid_file");
    expect(error.detail).toMatch(/^scenarie\.json is not valid JSON/);
  });

  it("refuses a file with an invalid site whole, unless the user accepts leaving it out", async () => {
    const db = await connect();
    const bad = source("bad", 12.5, 55.7, { quantity: -1 });
    const text = workspaceFileText("W", [...sites(), bad]);
    const error = await importWorkspaceFile(db, text).catch((e: PersistError) => e);
    expect(error).toMatchObject({
      code: "invalid_file",
      issues: [{ ref: "bad", field: "quantity", message: "quantity is negative" }],
    });
    expect(await listWorkspaces(db)).toEqual([]);

    const { workspace, issues } = await importWorkspaceFile(db, text, { acceptIssues: true, name: "Del" });
    expect(issues).toHaveLength(1);
    expect(workspace.name).toBe("Del");
    expect((await loadWorkspace(db, workspace.id)).sites).toHaveLength(2);
  });

  it("refuses sites that are not a schema-v1 collection even when issues are accepted", () => {
    const text = fileWith({ sites: { type: "FeatureCollection", features: [] } });
    expect(refusal(() => parseWorkspaceFile(text)).detail).toMatch(/sites: expected "jordbalance\/sites@1"/);
  });

  it("imports all or nothing: a failure while writing leaves no workspace and no site", async () => {
    const db = await connect();
    const add = IDBObjectStore.prototype.add;
    let calls = 0;
    vi.spyOn(IDBObjectStore.prototype, "add").mockImplementation(function (this: IDBObjectStore, ...args) {
      if (++calls === 3) throw quotaError(); // the workspace and one site are already written
      return add.apply(this, args);
    });
    const error = await importWorkspaceFile(db, workspaceFileText("W", sites())).catch(
      (e: PersistError) => e,
    );
    expect(error).toMatchObject({ code: "storage_full" });
    vi.restoreAllMocks();
    expect(await listWorkspaces(db)).toEqual([]);
    expect(await db.count("sites")).toBe(0);
  });
});
