import { useEffect, useId, useRef } from "react";
import type { Column, Translate } from "./columns";

/**
 * The in-place editor of one cell. Its text is held by the table, so a failed edit, or a row
 * scrolled out of view and back, never loses what the user typed. Enter or leaving the field
 * commits, Escape cancels.
 */
export function CellEditor(props: {
  column: Column;
  label: string;
  text: string;
  error: string | null;
  t: Translate;
  onChange(text: string): void;
  /** Applies the edit; false when it was refused, and the editor stays open. */
  onCommit(): boolean;
  onCancel(): void;
}) {
  const { column, t } = props;
  const input = useRef<HTMLInputElement>(null);
  const select = useRef<HTMLSelectElement>(null);
  // Set once Enter or Escape has settled the edit, so the blur that follows does not commit again.
  const settled = useRef(false);
  const errorId = useId();

  useEffect(() => {
    input.current?.select();
    (input.current ?? select.current)?.focus();
  }, []);

  const onKeyDown = (e: React.KeyboardEvent) => {
    // The cell's own keys (arrows, Enter) must not act while editing.
    e.stopPropagation();
    if (e.key === "Enter") {
      e.preventDefault();
      settled.current = props.onCommit();
    } else if (e.key === "Escape") {
      e.preventDefault();
      settled.current = true;
      props.onCancel();
    }
  };
  const common = {
    "aria-label": props.label,
    "aria-invalid": props.error !== null,
    "aria-describedby": props.error === null ? undefined : errorId,
    className: "cell-editor",
    onKeyDown,
    onBlur: () => {
      if (!settled.current) props.onCommit();
    },
  };

  const editor = column.editor;
  return (
    <>
      {editor.type === "select" ? (
        <select ref={select} value={props.text} onChange={(e) => props.onChange(e.target.value)} {...common}>
          {editor.optional && <option value="">{t("none")}</option>}
          {editor.options.map((o) => (
            <option key={o} value={o}>
              {editor.optionLabel(o, t)}
            </option>
          ))}
        </select>
      ) : (
        <input
          ref={input}
          type={editor.type === "date" ? "date" : "text"}
          inputMode={editor.type === "number" ? "decimal" : undefined}
          value={props.text}
          onChange={(e) => props.onChange(e.target.value)}
          {...common}
        />
      )}
      {props.error !== null && (
        <span id={errorId} role="alert" className="cell-error">
          {props.error}
        </span>
      )}
    </>
  );
}
