import { useT } from "../../i18n/useT";
import type { DocumentState } from "../../state/document/documentStore";

/** Whether the workspace is saved; failures are shown with what the user can do, never silent. */
export function SaveStatus({ state, copyName }: { state: DocumentState; copyName: string }) {
  const t = useT();
  const { status } = state;
  switch (status.type) {
    case "idle":
      return <p className="save-status muted">{t("ws.saved")}</p>;
    case "loading":
    case "saving":
      return (
        <p className="save-status muted" role="status">
          {t("ws.saving")}
        </p>
      );
    case "error":
      return (
        <div className="save-status warning" role="alert">
          <p>
            {status.code === "storage_full"
              ? t("ws.error.storage_full")
              : t("ws.error.io", { detail: status.detail })}
          </p>
          <p>{t("ws.unsaved", { count: String(state.unsaved) })}</p>
          {state.extraUnsaved && <p>{t("scenes.unsaved")}</p>}
          <button type="button" onClick={() => void state.retrySave()}>
            {t("ws.retry")}
          </button>
        </div>
      );
    case "conflict":
      return (
        <div className="save-status warning" role="alert">
          <p>{status.reason === "deleted" ? t("ws.error.deleted") : t("ws.error.conflict")}</p>
          <p>{t("ws.unsaved", { count: String(state.unsaved) })}</p>
          {state.extraUnsaved && <p>{t("scenes.unsaved")}</p>}
          {status.reason === "changed" && (
            <button type="button" onClick={() => void state.reloadFromDisk()}>
              {t("ws.reload")}
            </button>
          )}
          <button type="button" onClick={() => void state.saveAsCopy(copyName)}>
            {t("ws.saveCopy")}
          </button>
        </div>
      );
  }
}
