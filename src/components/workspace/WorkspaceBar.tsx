import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useId, useRef, useState } from "react";
import { useT } from "../../i18n/useT";
import { PersistError } from "../../persist/errors";
import { exportWorkspaceFile, importWorkspaceFile, workspaceFileText } from "../../persist/workspaceFile";
import {
  createWorkspace,
  deleteWorkspace,
  duplicateWorkspace,
  listWorkspaces,
  renameWorkspace,
} from "../../persist/workspaces";
import { siteList } from "../../state/document/siteDocument";
import { useDocumentState } from "../../state/useDocument";
import { useViewStore } from "../../state/viewStore";
import { rememberWorkspace, type WorkspaceHandle } from "../../state/workspace";
import { downloadText } from "../download";
import { SaveStatus } from "./SaveStatus";
import { UndoRedo } from "./UndoRedo";

type NameAction = { type: "new" } | { type: "rename" } | { type: "duplicate" };

/** The open workspace: switch, create, rename, copy, delete, save to and open from a file. */
export function WorkspaceBar({
  handle,
  onImport,
  onExport,
  tableOpen,
  onToggleTable,
}: {
  handle: WorkspaceHandle;
  onImport(): void;
  onExport(): void;
  tableOpen: boolean;
  onToggleTable(): void;
}) {
  const t = useT();
  const id = useId();
  const queryClient = useQueryClient();
  const state = useDocumentState(handle.store, (s) => s);
  const editMode = useViewStore((s) => s.editMode);
  const setEditMode = useViewStore((s) => s.setEditMode);
  const { db } = handle;
  const workspaces = useQuery({
    queryKey: ["workspaces", state?.workspace?.revision, state?.workspace?.id],
    enabled: db !== null,
    queryFn: () => listWorkspaces(db as NonNullable<typeof db>),
  });
  const [naming, setNaming] = useState<NameAction | null>(null);
  const [name, setName] = useState("");
  const [message, setMessage] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (editMode !== "add") return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === "Escape") setEditMode("none");
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [editMode, setEditMode]);
  if (!state?.workspace) return null;
  const current = state.workspace;

  const run = async (work: () => Promise<void>) => {
    setMessage(null);
    try {
      await work();
      await queryClient.invalidateQueries({ queryKey: ["workspaces"] });
    } catch (e) {
      const detail = e instanceof PersistError ? e.detail : e instanceof Error ? e.message : String(e);
      setMessage(t("ws.error.generic", { detail }));
    }
  };
  const open = async (workspaceId: string) => {
    const result = await state.load(workspaceId);
    if (!result.ok) throw new PersistError(result.code, result.detail);
    rememberWorkspace(workspaceId);
  };
  const startNaming = (action: NameAction) => {
    setNaming(action);
    setName(
      action.type === "new"
        ? t("ws.defaultNewName")
        : action.type === "duplicate"
          ? t("ws.copyOf", { name: current.name })
          : current.name,
    );
  };
  const submitName = () =>
    run(async () => {
      if (!db || !naming) return;
      if (naming.type === "rename") await renameWorkspace(db, current.id, name);
      else {
        const created =
          naming.type === "new"
            ? await createWorkspace(db, name)
            : await duplicateWorkspace(db, current.id, name);
        await open(created.id);
      }
      setNaming(null);
    });

  return (
    <section className="panel-section workspace-bar" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t("ws.title")}</h2>
      {db === null ? (
        <p className="muted">{t("ws.preview")}</p>
      ) : (
        <>
          <select
            aria-label={t("ws.choose")}
            value={current.id}
            onChange={(e) => void run(() => open(e.target.value))}
          >
            {(workspaces.data ?? [current]).map((w) => (
              <option key={w.id} value={w.id}>
                {w.name}
              </option>
            ))}
          </select>
          <div className="button-row">
            <button type="button" onClick={() => startNaming({ type: "new" })}>
              {t("ws.new")}
            </button>
            <button type="button" onClick={() => startNaming({ type: "rename" })}>
              {t("ws.rename")}
            </button>
            <button type="button" onClick={() => startNaming({ type: "duplicate" })}>
              {t("ws.duplicate")}
            </button>
            <button
              type="button"
              onClick={() => {
                if (!window.confirm(t("ws.confirmDelete", { name: current.name }))) return;
                void run(async () => {
                  await deleteWorkspace(db, current.id);
                  const rest = await listWorkspaces(db);
                  const next = rest[0] ?? (await createWorkspace(db, t("ws.defaultNewName")));
                  await open(next.id);
                });
              }}
            >
              {t("ws.delete")}
            </button>
          </div>
          {naming && (
            <form
              className="name-form"
              onSubmit={(e) => {
                e.preventDefault();
                void submitName();
              }}
            >
              <label>
                {t("ws.newName")}
                <input value={name} maxLength={200} required onChange={(e) => setName(e.target.value)} />
              </label>
              <button type="submit">{t("edit.save")}</button>
              <button type="button" onClick={() => setNaming(null)}>
                {t("edit.cancel")}
              </button>
            </form>
          )}
          <div className="button-row">
            <button
              type="button"
              onClick={() =>
                void run(async () => {
                  // With a failing disk the stored copy may lag: export what is open.
                  const text =
                    state.status.type === "idle"
                      ? await exportWorkspaceFile(db, current.id)
                      : workspaceFileText(current.name, siteList(state.doc), state.extra);
                  const date = new Date().toISOString().slice(0, 10);
                  downloadText(
                    text,
                    `jordbalance_${current.name.replace(/[^\wæøåÆØÅ-]+/g, "_")}_${date}.json`,
                    "application/json",
                  );
                })
              }
            >
              {t("ws.export")}
            </button>
            <button type="button" onClick={() => fileInput.current?.click()}>
              {t("ws.import")}
            </button>
            <input
              ref={fileInput}
              type="file"
              accept=".json,application/json"
              hidden
              onChange={(e) => {
                const file = e.target.files?.[0];
                e.target.value = "";
                if (!file) return;
                void run(async () => {
                  const imported = await importWorkspaceFile(db, await file.text(), { fileName: file.name });
                  await open(imported.workspace.id);
                  setMessage(
                    t("ws.imported", {
                      name: imported.workspace.name,
                      count: String(siteList(handle.store.getState().doc).length),
                    }),
                  );
                });
              }}
            />
          </div>
        </>
      )}
      <div className="button-row">
        <button type="button" onClick={onImport}>
          {t("import.open")}
        </button>
        <button type="button" onClick={onExport}>
          {t("export.open")}
        </button>
        <button type="button" aria-pressed={tableOpen} onClick={onToggleTable}>
          {t("table.open")}
        </button>
      </div>
      <div className="button-row">
        <UndoRedo store={handle.store} state={state} />
        <button
          type="button"
          aria-pressed={editMode === "add"}
          onClick={() => setEditMode(editMode === "add" ? "none" : "add")}
        >
          + {t("edit.addSite")}
        </button>
      </div>
      {editMode === "add" && (
        <p className="hint" role="status">
          {t("edit.addHint")}
        </p>
      )}
      <SaveStatus state={state} copyName={t("ws.copyOf", { name: current.name })} />
      {message && <p role="status">{message}</p>}
    </section>
  );
}
