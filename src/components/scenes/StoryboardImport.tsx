import { type ChangeEvent, useId, useState } from "react";
import type { Storyboard } from "../../domain/scenes/scene";
import { parseStoryboardText } from "../../domain/scenes/storyboardFile";
import { formatStoryboardIssue, type StoryboardIssue } from "../../domain/scenes/storyboardSchema";
import { useT } from "../../i18n/useT";

type Step =
  | { type: "none" }
  | { type: "invalid"; file: string; issues: StoryboardIssue[] }
  | { type: "valid"; file: string; storyboard: Storyboard }
  | { type: "done"; count: number };

/**
 * Reads a storyboard file and shows what it found: the problems (nothing changes), or the
 * scenes with the choice to replace the current ones or add them after.
 */
export function StoryboardImport({
  onImport,
}: {
  onImport(board: Storyboard, how: "replace" | "append"): boolean;
}) {
  const t = useT();
  const inputId = useId();
  const [step, setStep] = useState<Step>({ type: "none" });

  const read = async (e: ChangeEvent<HTMLInputElement>) => {
    const input = e.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    const parsed = parseStoryboardText(await file.text());
    // The same file chosen again after a fix must fire `change` again.
    input.value = "";
    setStep(
      parsed.ok
        ? { type: "valid", file: file.name, storyboard: parsed.storyboard }
        : { type: "invalid", file: file.name, issues: parsed.issues },
    );
  };

  const choose = (how: "replace" | "append") => {
    if (step.type !== "valid") return;
    if (onImport(step.storyboard, how)) setStep({ type: "done", count: step.storyboard.scenes.length });
  };

  return (
    <div className="storyboard-import">
      <label htmlFor={inputId}>{t("scenes.importFile")}</label>
      <input id={inputId} type="file" accept=".json,application/json" onChange={(e) => void read(e)} />
      {step.type === "invalid" && (
        <div className="warning" role="alert">
          <p>{t("scenes.import.invalid", { file: step.file })}</p>
          <ul>
            {step.issues.map((issue) => (
              <li key={formatStoryboardIssue(issue)}>{formatStoryboardIssue(issue)}</li>
            ))}
          </ul>
        </div>
      )}
      {step.type === "valid" && (
        <div role="status">
          <p>{t("scenes.import.valid", { file: step.file, count: String(step.storyboard.scenes.length) })}</p>
          <div className="button-row">
            <button type="button" onClick={() => choose("replace")}>
              {t("scenes.import.replace")}
            </button>
            <button type="button" onClick={() => choose("append")}>
              {t("scenes.import.append")}
            </button>
            <button type="button" onClick={() => setStep({ type: "none" })}>
              {t("scenes.cancel")}
            </button>
          </div>
        </div>
      )}
      {step.type === "done" && <p role="status">{t("scenes.import.done", { count: String(step.count) })}</p>}
    </div>
  );
}
