/**
 * Named workspaces in IndexedDB: each a record in `workspaces` and one record per site in
 * `sites`. Every function that writes does it in one IndexedDB transaction, so a workspace is
 * never half-created, half-saved or half-deleted. Errors come as PersistError.
 */
import type { IDBPTransaction } from "idb";
import type { Site } from "../domain/site";
import type { JordbalanceDB } from "./db";
import { ConflictError, PersistError } from "./errors";
import { type JordbalanceSchema, type SiteRecord, WORKSPACE_SCHEMA, type Workspace } from "./schema";
import { inTransaction, issued, type StoreName } from "./transaction";

/** A site with its position key, as the document and the `sites` store both hold it. */
export interface StoredSite {
  seq: number;
  site: Site;
}

export interface SiteChanges {
  put: readonly StoredSite[];
  remove: readonly string[];
  /** The workspace's whole `extra` (scenes, storyboard) when it changed; left as stored when absent. */
  extra?: Record<string, unknown>;
}

const now = () => new Date().toISOString();

/** Random and unguessable across tabs; getRandomValues works outside secure contexts too. */
function newWorkspaceId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return `ws-${Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("")}`;
}

const MAX_NAME_LENGTH = 200;

function checkedName(name: string): string {
  const trimmed = name.trim();
  if (trimmed === "" || trimmed.length > MAX_NAME_LENGTH)
    throw new PersistError("invalid_name", `a workspace name has 1 to ${MAX_NAME_LENGTH} characters`);
  return trimmed;
}

/** Every site of one workspace: keys [workspaceId, siteId] sort between [id] and [id, []]. */
const sitesOf = (workspaceId: string) => IDBKeyRange.bound([workspaceId], [workspaceId, []]);

const record = (workspaceId: string, { seq, site }: StoredSite): SiteRecord => ({
  workspaceId,
  siteId: site.properties.id,
  seq,
  site,
});

function notFound(id: string): PersistError {
  return new PersistError("not_found", `workspace ${id} is not there (deleted in another tab?)`);
}

/** Oldest first, so a list keeps its order as workspaces are added. */
export async function listWorkspaces(db: JordbalanceDB): Promise<Workspace[]> {
  const all = await inTransaction(db, ["workspaces"], "readonly", (tx) =>
    tx.objectStore("workspaces").getAll(),
  );
  return all.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
}

function writeNewWorkspace(
  tx: IDBPTransaction<JordbalanceSchema, ["workspaces", "sites", ...StoreName[]], "readwrite">,
  name: string,
  entries: readonly StoredSite[],
  extra: Record<string, unknown>,
): { workspace: Workspace; writes: Promise<unknown>[] } {
  const time = now();
  const workspace: Workspace = {
    id: newWorkspaceId(),
    name: checkedName(name),
    createdAt: time,
    updatedAt: time,
    revision: 0,
    schema: WORKSPACE_SCHEMA,
    extra,
  };
  const sites = tx.objectStore("sites");
  const writes = [
    issued(tx.objectStore("workspaces").add(workspace)),
    ...entries.map((e) => issued(sites.add(record(workspace.id, e)))),
  ];
  return { workspace, writes };
}

/**
 * Creates a workspace holding `entries` with their position keys (a copy of an open document
 * keeps its order). Sites are trusted to be valid: they come from the document or an import.
 */
export function createWorkspaceFromEntries(
  db: JordbalanceDB,
  name: string,
  entries: readonly StoredSite[],
  extra: Record<string, unknown> = {},
): Promise<Workspace> {
  return inTransaction(db, ["workspaces", "sites"], "readwrite", async (tx) => {
    const { workspace, writes } = writeNewWorkspace(tx, name, entries, extra);
    await Promise.all(writes);
    return workspace;
  });
}

/** Creates a workspace holding `sites` in this order. */
export function createWorkspace(db: JordbalanceDB, name: string, sites: readonly Site[] = []) {
  return createWorkspaceFromEntries(
    db,
    name,
    sites.map((site, seq) => ({ seq, site })),
  );
}

/** Renames without a new revision: a rename never conflicts with another tab's edits. */
export function renameWorkspace(db: JordbalanceDB, id: string, name: string): Promise<Workspace> {
  return inTransaction(db, ["workspaces"], "readwrite", async (tx) => {
    const store = tx.objectStore("workspaces");
    const current = await store.get(id);
    if (!current) throw notFound(id);
    const renamed = { ...current, name: checkedName(name), updatedAt: now() };
    await store.put(renamed);
    return renamed;
  });
}

/** Deletes a workspace and its sites; deleting one that is gone already is not an error. */
export function deleteWorkspace(db: JordbalanceDB, id: string): Promise<void> {
  return inTransaction(db, ["workspaces", "sites"], "readwrite", async (tx) => {
    await Promise.all([
      issued(tx.objectStore("workspaces").delete(id)),
      issued(tx.objectStore("sites").delete(sitesOf(id))),
    ]);
  });
}

export function duplicateWorkspace(db: JordbalanceDB, id: string, name: string): Promise<Workspace> {
  return inTransaction(db, ["workspaces", "sites"], "readwrite", async (tx) => {
    const [source, records] = await Promise.all([
      tx.objectStore("workspaces").get(id),
      tx.objectStore("sites").getAll(sitesOf(id)),
    ]);
    if (!source) throw notFound(id);
    const { workspace, writes } = writeNewWorkspace(tx, name, records, source.extra);
    await Promise.all(writes);
    return workspace;
  });
}

export interface LoadedWorkspace {
  workspace: Workspace;
  /** In document order. */
  sites: StoredSite[];
}

export function loadWorkspace(db: JordbalanceDB, id: string): Promise<LoadedWorkspace> {
  return inTransaction(db, ["workspaces", "sites"], "readonly", async (tx) => {
    const [workspace, records] = await Promise.all([
      tx.objectStore("workspaces").get(id),
      tx.objectStore("sites").getAll(sitesOf(id)),
    ]);
    if (!workspace) throw notFound(id);
    const sites = records.map(({ seq, site }) => ({ seq, site })).sort((a, b) => a.seq - b.seq);
    return { workspace, sites };
  });
}

/**
 * Saves changed sites (and `extra`, when given). Refused with ConflictError, writing nothing, unless the stored revision is
 * still `expectedRevision`: another tab that saved in between is never overwritten. The check
 * and the writes share one transaction, so no save can slip in between them.
 */
export function saveChanges(
  db: JordbalanceDB,
  id: string,
  changes: SiteChanges,
  expectedRevision: number,
): Promise<Workspace> {
  return inTransaction(db, ["workspaces", "sites"], "readwrite", async (tx) => {
    const workspaces = tx.objectStore("workspaces");
    const current = await workspaces.get(id);
    if (!current) throw notFound(id);
    if (current.revision !== expectedRevision)
      throw new ConflictError(
        `workspace ${id} is at revision ${current.revision}; this tab started from ${expectedRevision}`,
      );
    const next = {
      ...current,
      ...(changes.extra ? { extra: changes.extra } : {}),
      revision: current.revision + 1,
      updatedAt: now(),
    };
    const sites = tx.objectStore("sites");
    await Promise.all([
      ...changes.put.map((e) => issued(sites.put(record(id, e)))),
      ...changes.remove.map((siteId) => issued(sites.delete([id, siteId]))),
      issued(workspaces.put(next)),
    ]);
    return next;
  });
}

const DEFAULT_CREATED = "default-workspace";

/** True once the example workspace was created, or when there are workspaces anyway. */
async function defaultSettled(
  tx: IDBPTransaction<JordbalanceSchema, StoreName[], IDBTransactionMode>,
): Promise<boolean> {
  const [flag, count] = await Promise.all([
    tx.objectStore("meta").get(DEFAULT_CREATED),
    tx.objectStore("workspaces").count(),
  ]);
  return flag !== undefined || count > 0;
}

/**
 * Creates the example workspace the first time the app starts: only when no workspace exists
 * and it was never created before. Two tabs starting together may both load the sites, but the
 * check and the creation share one transaction, so only one creates it. Returns the created
 * workspace, or null.
 */
export async function ensureDefaultWorkspace(
  db: JordbalanceDB,
  name: string,
  loadSites: () => Promise<readonly Site[]>,
): Promise<Workspace | null> {
  if (await inTransaction(db, ["meta", "workspaces"], "readonly", defaultSettled)) return null;
  const sites = await loadSites();
  return inTransaction(db, ["workspaces", "sites", "meta"], "readwrite", async (tx) => {
    if (await defaultSettled(tx)) return null;
    const entries = sites.map((site, seq) => ({ seq, site }));
    const { workspace, writes } = writeNewWorkspace(tx, name, entries, {});
    const flag = { key: DEFAULT_CREATED, workspaceId: workspace.id, at: now() };
    await Promise.all([...writes, issued(tx.objectStore("meta").put(flag))]);
    return workspace;
  });
}
