import { useEffect } from "react";
import type { StoreApi } from "zustand";
import type { MessageKey } from "../../i18n/catalog";
import { useT } from "../../i18n/useT";
import type { DocumentState } from "../../state/document/documentStore";

const LABELS: Record<string, MessageKey> = {
  add: "edit.label.add",
  edit: "edit.label.edit",
  move: "edit.label.move",
  delete: "edit.label.delete",
  import: "edit.label.import",
};

/** Typing in a field keeps the browser's own undo there. */
function inTextField(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
  );
}

/** Undo and redo of whole transactions: buttons naming the step, and Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y. */
export function UndoRedo({ store, state }: { store: StoreApi<DocumentState>; state: DocumentState }) {
  const t = useT();
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || inTextField(e.target)) return;
      const key = e.key.toLowerCase();
      if (key === "z" && !e.shiftKey) {
        e.preventDefault();
        store.getState().undo();
      } else if ((key === "z" && e.shiftKey) || key === "y") {
        e.preventDefault();
        store.getState().redo();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [store]);
  const label = (l: string | undefined) => (l && LABELS[l] ? t(LABELS[l] as MessageKey) : "");
  const nextUndo = state.undoStack.at(-1)?.label;
  const nextRedo = state.redoStack.at(-1)?.label;
  return (
    <div className="undo-redo">
      <button
        type="button"
        disabled={!nextUndo}
        onClick={() => state.undo()}
        title={nextUndo ? t("edit.undoWhat", { what: label(nextUndo) }) : undefined}
        aria-keyshortcuts="Control+Z"
      >
        ↶ {t("edit.undo")}
      </button>
      <button
        type="button"
        disabled={!nextRedo}
        onClick={() => state.redo()}
        title={nextRedo ? t("edit.redoWhat", { what: label(nextRedo) }) : undefined}
        aria-keyshortcuts="Control+Shift+Z"
      >
        ↷ {t("edit.redo")}
      </button>
    </div>
  );
}
