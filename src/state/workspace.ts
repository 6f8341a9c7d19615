/**
 * The open workspace: a document store over IndexedDB (the user's workspaces), or over memory
 * when the page was given `?data=` files (tests, benchmarks, demos never touch stored data).
 * The first start creates the example workspace from the embedded data, once.
 */
import { useQuery } from "@tanstack/react-query";
import { useEffect, useState } from "react";
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

/**
 * `seed` resolves with the embedded sites once their files have loaded. Only a first start
 * needs them, so the database opens (and a returning user's workspace loads) without waiting.
 */
async function openPersistent(seed: () => Promise<readonly Site[]>): Promise<WorkspaceHandle> {
  void requestPersistentStorage();
  const db = await openDatabase({
    // Another tab upgrades the database: this one must let go; a reload picks up the new layout.
    onBlocking: () => window.location.reload(),
  });
  await ensureDefaultWorkspace(db, EXAMPLE_WORKSPACE_NAME, seed);
  let workspaces = await listWorkspaces(db);
  if (workspaces.length === 0) {
    await createWorkspace(db, EXAMPLE_WORKSPACE_NAME, await seed());
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
 * Opens the workspace: the stored ones at once, the seed sites joining on a first start;
 * `preview` (the page has `?data=`) keeps everything in memory, from the seed.
 */
export function useWorkspace(seed: readonly Site[] | undefined) {
  const { pageUrl } = useServices();
  const preview = pageUrl.searchParams.has("data");
  // The seed as a promise the persistent open can wait on, only if it turns out to need it.
  const [seedReady] = useState(() => {
    let resolve: (sites: readonly Site[]) => void = () => undefined;
    const promise = new Promise<readonly Site[]>((ok) => {
      resolve = ok;
    });
    return { promise, resolve };
  });
  useEffect(() => {
    if (seed) seedReady.resolve(seed);
  }, [seed, seedReady]);
  const query = useQuery({
    queryKey: ["workspace", preview],
    enabled: !preview || seed !== undefined,
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: Number.POSITIVE_INFINITY,
    retry: false,
    queryFn: async (): Promise<WorkspaceHandle> => {
      if (!preview) return openPersistent(() => seedReady.promise);
      const store = createDocumentStore({
        persistence: memoryPersistence(PREVIEW_ID, "Preview", seed as readonly Site[]),
      });
      await store.getState().load(PREVIEW_ID);
      return { store, db: null };
    },
  });
  const handle = query.data;
  useEffect(() => () => handle?.store.getState().dispose(), [handle]);
  return query;
}
