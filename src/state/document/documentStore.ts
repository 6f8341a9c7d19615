/**
 * The document the user edits, as a zustand store: the open workspace, its sites, undo and redo,
 * and whether everything is saved. Every edit is one transaction (./transactions.ts), applied
 * in memory at once and saved at once; a failed save keeps the document and says so in
 * `status`, never silently. API and behaviour: docs/persistence.md.
 *
 * A vanilla store (no React): the UI reads it with zustand's `useStore(store, selector)`, and
 * tests run two of them on one database as two tabs.
 */
import { createStore, type StoreApi } from "zustand/vanilla";
import type { SiteIssue } from "../../domain/siteSchema";
import type { Channel } from "../../persist/channel";
import type { JordbalanceDB } from "../../persist/db";
import { type PersistErrorCode, toPersistError } from "../../persist/errors";
import type { Workspace } from "../../persist/schema";
import {
  createWorkspaceFromEntries,
  type LoadedWorkspace,
  loadWorkspace,
  type SiteChanges,
  type StoredSite,
  saveChanges,
} from "../../persist/workspaces";
import { documentFromEntries, emptyDocument, entryList, getEntry, type SiteDocument } from "./siteDocument";
import {
  applyTransaction,
  type ResolvedTransaction,
  replayTransaction,
  type Transaction,
} from "./transactions";

/** What the store needs from storage; `idbPersistence` is the real one, tests may wrap it. */
export interface DocumentPersistence {
  loadWorkspace(id: string): Promise<LoadedWorkspace>;
  saveChanges(id: string, changes: SiteChanges, expectedRevision: number): Promise<Workspace>;
  createWorkspaceFromEntries(
    name: string,
    entries: readonly StoredSite[],
    extra: Record<string, unknown>,
  ): Promise<Workspace>;
}

export const idbPersistence = (db: JordbalanceDB): DocumentPersistence => ({
  loadWorkspace: (id) => loadWorkspace(db, id),
  saveChanges: (id, changes, revision) => saveChanges(db, id, changes, revision),
  createWorkspaceFromEntries: (name, entries, extra) => createWorkspaceFromEntries(db, name, entries, extra),
});

export type SaveStatus =
  | { type: "idle" }
  | { type: "loading" }
  | { type: "saving" }
  /** The last save failed; the document is kept and the next edit or `retrySave` tries again. */
  | { type: "error"; code: "storage_full" | "io"; detail: string }
  /**
   * Another tab saved this workspace ("changed") or deleted it ("deleted"). Nothing is saved
   * until the user picks `reloadFromDisk` or `saveAsCopy`.
   */
  | { type: "conflict"; reason: "changed" | "deleted"; detail: string };

export type ApplyOutcome =
  | { ok: true }
  | { ok: false; reason: "invalid"; issues: SiteIssue[] }
  /** No workspace is open, or one is loading. */
  | { ok: false; reason: "busy" };

export type ActionResult = { ok: true } | { ok: false; code: PersistErrorCode; detail: string };

export interface DocumentState {
  workspace: Workspace | null;
  doc: SiteDocument;
  /** Inverses of applied transactions, newest last; `label` names the edit for "Undo …". */
  undoStack: readonly ResolvedTransaction[];
  redoStack: readonly ResolvedTransaction[];
  status: SaveStatus;
  /** How many sites differ from what is stored. */
  unsaved: number;
  /**
   * The workspace's `extra` as this tab holds it (the storyboard and an imported forecast: docs/workshop.md);
   * `workspace.extra` is what was last stored.
   */
  extra: Record<string, unknown>;
  /** `extra` differs from what is stored. */
  extraUnsaved: boolean;
  apply(tx: Transaction): ApplyOutcome;
  /**
   * Sets one key of `extra` (undefined removes it) and saves it at once, like a site edit. Not
   * undoable with the sites: a feature that keeps data there has its own way back.
   */
  setExtra(key: string, value: unknown): ApplyOutcome;
  /** False when there is nothing to undo (or no workspace is ready). */
  undo(): boolean;
  redo(): boolean;
  /** Opens a workspace. Refused with "unsaved_changes" while changes are unsaved, unless discarded. */
  load(workspaceId: string, options?: { discardUnsaved?: boolean }): Promise<ActionResult>;
  /** Saves again after an error. */
  retrySave(): Promise<ActionResult>;
  /** Drops this tab's unsaved changes and history and reads the workspace as stored. */
  reloadFromDisk(): Promise<ActionResult>;
  /** Stores this tab's document as a new workspace and continues there, history kept. */
  saveAsCopy(name: string): Promise<ActionResult>;
  /** Resolves when no save is running. */
  whenSaved(): Promise<void>;
  /** Stops listening to other tabs. */
  dispose(): void;
}

export interface DocumentStoreOptions {
  persistence: DocumentPersistence;
  /** Other tabs' saves; without it a tab learns of them when its own save is refused. */
  channel?: Channel;
}

const IDLE: SaveStatus = { type: "idle" };

function statusFor(error: { code: PersistErrorCode; detail: string }): SaveStatus {
  if (error.code === "conflict") return { type: "conflict", reason: "changed", detail: error.detail };
  if (error.code === "not_found") return { type: "conflict", reason: "deleted", detail: error.detail };
  return { type: "error", code: error.code === "storage_full" ? "storage_full" : "io", detail: error.detail };
}

function failed(error: unknown): ActionResult {
  const { code, detail } = toPersistError(error);
  return { ok: false, code, detail };
}

export function createDocumentStore({ persistence, channel }: DocumentStoreOptions): StoreApi<DocumentState> {
  // Ids whose site in memory may differ from the stored one. An id leaves only when a save
  // succeeded with the very entry that is still in the document.
  let dirty = new Set<string>();
  // `extra` differs from the stored one; cleared only by a save of the very object still held.
  let extraDirty = false;
  const unsavedAnything = () => dirty.size > 0 || extraDirty;
  let inFlight: Promise<void> | undefined;
  // Loading and copying replace what saves would write to: saves wait while they run.
  let switching = false;
  let queue: Promise<unknown> = Promise.resolve();
  let unsubscribe: (() => void) | undefined;

  return createStore<DocumentState>()((set, get) => {
    /** Runs workspace-level actions one after another, never interleaved. */
    function exclusive<T>(action: () => Promise<T>): Promise<T> {
      const run = queue.then(async () => {
        await inFlight;
        switching = true;
        try {
          return await action();
        } finally {
          switching = false;
        }
      });
      queue = run.catch(() => {});
      return run;
    }

    function startSaving(): Promise<void> {
      const { status, workspace } = get();
      if (switching || !workspace || status.type === "conflict" || status.type === "loading")
        return inFlight ?? Promise.resolve();
      inFlight ??= saveLoop().finally(() => {
        inFlight = undefined;
      });
      return inFlight;
    }

    async function saveLoop(): Promise<void> {
      while (unsavedAnything()) {
        const { doc, workspace, extra } = get();
        if (!workspace) return;
        const snapshot = new Map([...dirty].map((id) => [id, getEntry(doc, id)]));
        const changes: SiteChanges = {
          put: [...snapshot.values()].filter((e) => e !== undefined),
          remove: [...snapshot].filter(([, e]) => e === undefined).map(([id]) => id),
          ...(extraDirty ? { extra } : {}),
        };
        set({ status: { type: "saving" } });
        try {
          const saved = await persistence.saveChanges(workspace.id, changes, workspace.revision);
          for (const [id, entry] of snapshot) if (getEntry(get().doc, id) === entry) dirty.delete(id);
          if (changes.extra === get().extra) extraDirty = false;
          set({ workspace: saved, unsaved: dirty.size, extraUnsaved: extraDirty });
          channel?.post({ type: "saved", workspaceId: saved.id, revision: saved.revision });
        } catch (e) {
          set({ status: statusFor(toPersistError(e)) });
          return;
        }
      }
      set({ status: IDLE });
    }

    function markDirty(ids: readonly string[]): void {
      for (const id of ids) dirty.add(id);
    }

    function ready(): boolean {
      const { workspace, status } = get();
      return workspace !== null && status.type !== "loading";
    }

    function step(from: "undoStack" | "redoStack"): boolean {
      const entry = get()[from].at(-1);
      if (!entry || !ready()) return false;
      const replayed = replayTransaction(get().doc, entry);
      markDirty(replayed.changedIds);
      const popped = get()[from].slice(0, -1);
      const pushed = (stack: readonly ResolvedTransaction[]) => [...stack, replayed.inverse];
      set((s) => ({
        doc: replayed.doc,
        ...(from === "undoStack"
          ? { undoStack: popped, redoStack: pushed(s.redoStack) }
          : { redoStack: popped, undoStack: pushed(s.undoStack) }),
        unsaved: dirty.size,
      }));
      void startSaving();
      return true;
    }

    async function open(workspaceId: string): Promise<ActionResult> {
      const before = get().status;
      set({ status: { type: "loading" } });
      try {
        const loaded = await persistence.loadWorkspace(workspaceId);
        dirty = new Set();
        extraDirty = false;
        set({
          workspace: loaded.workspace,
          doc: documentFromEntries(loaded.sites),
          undoStack: [],
          redoStack: [],
          status: IDLE,
          unsaved: 0,
          extra: loaded.workspace.extra,
          extraUnsaved: false,
        });
        return { ok: true };
      } catch (e) {
        set({ status: before });
        return failed(e);
      }
    }

    // An idle tab with nothing unsaved follows another tab's saves (its history goes: it no
    // longer fits); a tab with unsaved changes keeps them and meets the conflict on its next save.
    unsubscribe = channel?.subscribe((message) => {
      const newer = (w: Workspace | null) => w?.id === message.workspaceId && message.revision > w.revision;
      if (!newer(get().workspace)) return;
      void exclusive(async () => {
        if (newer(get().workspace) && !unsavedAnything() && get().status.type === "idle")
          await open(message.workspaceId);
      });
    });

    return {
      workspace: null,
      doc: emptyDocument(),
      undoStack: [],
      redoStack: [],
      status: IDLE,
      unsaved: 0,
      extra: {},
      extraUnsaved: false,

      apply(tx) {
        if (!ready()) return { ok: false, reason: "busy" };
        const result = applyTransaction(get().doc, tx);
        if (!result.ok) return { ok: false, reason: "invalid", issues: result.issues };
        if (result.changedIds.length === 0) return { ok: true };
        markDirty(result.changedIds);
        set((s) => ({
          doc: result.doc,
          undoStack: [...s.undoStack, result.inverse],
          redoStack: [],
          unsaved: dirty.size,
        }));
        void startSaving();
        return { ok: true };
      },

      setExtra(key, value) {
        if (!ready()) return { ok: false, reason: "busy" };
        const { [key]: _old, ...rest } = get().extra;
        extraDirty = true;
        set({ extra: value === undefined ? rest : { ...rest, [key]: value }, extraUnsaved: true });
        void startSaving();
        return { ok: true };
      },

      undo: () => step("undoStack"),
      redo: () => step("redoStack"),

      load(workspaceId, options = {}) {
        return exclusive(async (): Promise<ActionResult> => {
          if (unsavedAnything() && !options.discardUnsaved)
            return {
              ok: false,
              code: "unsaved_changes",
              detail: `${dirty.size} site(s)${extraDirty ? " and the scenes or forecast" : ""} not saved in the open workspace`,
            };
          return open(workspaceId);
        });
      },

      async retrySave() {
        await startSaving();
        const { status } = get();
        if (status.type === "error") return { ok: false, code: status.code, detail: status.detail };
        if (status.type === "conflict")
          return {
            ok: false,
            code: status.reason === "changed" ? "conflict" : "not_found",
            detail: status.detail,
          };
        return { ok: true };
      },

      reloadFromDisk() {
        return exclusive(async (): Promise<ActionResult> => {
          const { workspace } = get();
          if (!workspace) return { ok: false, code: "not_found", detail: "no workspace is open" };
          return open(workspace.id);
        });
      },

      saveAsCopy(name) {
        return exclusive(async (): Promise<ActionResult> => {
          const { doc, extra } = get();
          try {
            const copy = await persistence.createWorkspaceFromEntries(name, entryList(doc), extra);
            // The copy holds `doc`; only edits made while it was written remain to be saved.
            const now = get().doc;
            dirty = new Set([...dirty].filter((id) => getEntry(now, id) !== getEntry(doc, id)));
            extraDirty = get().extra !== extra;
            set({ workspace: copy, status: IDLE, unsaved: dirty.size, extraUnsaved: extraDirty });
            return { ok: true };
          } catch (e) {
            return failed(e);
          }
        }).finally(() => void startSaving());
      },

      async whenSaved() {
        while (inFlight) await inFlight;
      },

      dispose: () => unsubscribe?.(),
    };
  });
}
