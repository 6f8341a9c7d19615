/**
 * A workspace kept in memory only: for sites given by the `?data=` URL parameter (tests,
 * benchmarks, demos), which must neither overwrite nor be mixed with the user's stored
 * workspaces. Same contract as the IndexedDB persistence, so the document store is unchanged.
 */
import type { Site } from "../domain/site";
import type { DocumentPersistence } from "../state/document/documentStore";
import { WORKSPACE_SCHEMA, type Workspace } from "./schema";
import type { StoredSite } from "./workspaces";

export function memoryPersistence(id: string, name: string, sites: readonly Site[]): DocumentPersistence {
  const now = new Date().toISOString();
  const workspaces = new Map<string, { workspace: Workspace; sites: Map<string, StoredSite> }>();
  const add = (
    wsId: string,
    wsName: string,
    entries: readonly StoredSite[],
    extra: Record<string, unknown>,
  ) => {
    const workspace: Workspace = {
      id: wsId,
      name: wsName,
      createdAt: now,
      updatedAt: now,
      revision: 0,
      schema: WORKSPACE_SCHEMA,
      extra,
    };
    workspaces.set(wsId, { workspace, sites: new Map(entries.map((e) => [e.site.properties.id, e])) });
    return workspace;
  };
  add(
    id,
    name,
    sites.map((site, i) => ({ seq: i + 1, site })),
    {},
  );
  const get = (wsId: string) => {
    const ws = workspaces.get(wsId);
    if (!ws) throw new Error(`workspace ${wsId} not found`);
    return ws;
  };
  return {
    async loadWorkspace(wsId) {
      const ws = get(wsId);
      return { workspace: ws.workspace, sites: [...ws.sites.values()].sort((a, b) => a.seq - b.seq) };
    },
    async saveChanges(wsId, changes, expectedRevision) {
      const ws = get(wsId);
      if (ws.workspace.revision !== expectedRevision) throw new Error("revision changed");
      for (const siteId of changes.remove) ws.sites.delete(siteId);
      for (const entry of changes.put) ws.sites.set(entry.site.properties.id, entry);
      ws.workspace = {
        ...ws.workspace,
        ...(changes.extra ? { extra: changes.extra } : {}),
        revision: expectedRevision + 1,
        updatedAt: new Date().toISOString(),
      };
      return ws.workspace;
    },
    async createWorkspaceFromEntries(wsName, entries, extra) {
      return add(`${id}-copy-${workspaces.size}`, wsName, entries, extra);
    },
  };
}
