/**
 * The open workspace: a document store over IndexedDB (the user's workspaces), or over memory
 * when the page was given `?data=` files (tests, benchmarks, demos never touch stored data).
 * The first start creates the example workspace from the embedded data, once.
 */
import { useQuery } from "@tanstack/react-query";
import { useEffect } from "react";
import type { StoreApi } from "zustand";
import type { Site } from "../domain/site";
import { broadcastChannel } from "../persist/channel";
import { type JordbalanceDB, openDatabase } from "../persist/db";
import { memoryPersistence } from "../persist/memory";
import { requestPersistentStorage } from "../persist/storage";
import { createWorkspace, ensureDefaultWorkspace, listWorkspaces } from "../persist/workspaces";
import { createDocumentStore, type DocumentState, idbPersistence } from "./document/documentStore";
import { useServices } from "./services";

export interface WorkspaceHandle {
  store: StoreApi<DocumentState>;
  /** null for a workspace kept in memory. */
  db: JordbalanceDB | null;
}

export const EXAMPLE_WORKSPACE_NAME = "Eksempeldata (illustrativ)";
const LAST_WORKSPACE_KEY = "jordbalance.workspace";
const PREVIEW_ID = "preview";

export function rememberWorkspace(id: string): void {
  try {
    localStorage.setItem(LAST_WORKSPACE_KEY, id);
  } catch {
    // storage blocked: the first workspace opens next time instead
  }
}

function lastWorkspace(): string | null {
  try {
    return localStorage.getItem(LAST_WORKSPACE_KEY);
  } catch {
    return null;
  }
}

async function openPersistent(seed: readonly Site[]): Promise<WorkspaceHandle> {
  void requestPersistentStorage();
  const db = await openDatabase({
    // Another tab upgrades the database: this one must let go; a reload picks up the new layout.
    onBlocking: () => window.location.reload(),
  });
  await ensureDefaultWorkspace(db, EXAMPLE_WORKSPACE_NAME, async () => seed);
  let workspaces = await listWorkspaces(db);
  if (workspaces.length === 0) {
    await createWorkspace(db, EXAMPLE_WORKSPACE_NAME, seed);
    workspaces = await listWorkspaces(db);
  }
  const last = lastWorkspace();
  const chosen = workspaces.find((w) => w.id === last) ?? workspaces[0];
  const store = createDocumentStore({ persistence: idbPersistence(db), ...withChannel() });
  if (chosen) await store.getState().load(chosen.id);
  return { store, db };
}

function withChannel() {
  const channel = broadcastChannel();
  return channel ? { channel } : {};
}

/**
 * Opens the workspace once the seed sites are known. `preview` (the page has `?data=`) keeps
 * everything in memory.
 */
export function useWorkspace(seed: readonly Site[] | undefined) {
  const { pageUrl } = useServices();
  const preview = pageUrl.searchParams.has("data");
  const query = useQuery({
    queryKey: ["workspace", preview],
    enabled: seed !== undefined,
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: Number.POSITIVE_INFINITY,
    retry: false,
    queryFn: async (): Promise<WorkspaceHandle> => {
      const sites = seed as readonly Site[];
      if (!preview) return openPersistent(sites);
      const store = createDocumentStore({ persistence: memoryPersistence(PREVIEW_ID, "Preview", sites) });
      await store.getState().load(PREVIEW_ID);
      return { store, db: null };
    },
  });
  const handle = query.data;
  useEffect(() => () => handle?.store.getState().dispose(), [handle]);
  return query;
}
