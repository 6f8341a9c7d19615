import { type FormEvent, useState } from "react";
import type { Scene } from "../../domain/scenes/scene";
import { sceneNameProblem } from "../../domain/scenes/storyboard";
import { useT } from "../../i18n/useT";

export interface SceneItemProps {
  scene: Scene;
  position: number;
  count: number;
  current: boolean;
  onGo(): void;
  onMove(delta: -1 | 1): void;
  onRename(name: string): void;
  onDelete(): void;
}

/** One scene in the storyboard: go to it, move it, rename it, delete it (after a question). */
export function SceneItem({ scene, position, count, current, ...on }: SceneItemProps) {
  const t = useT();
  const [mode, setMode] = useState<"view" | "rename" | "delete">("view");
  const [name, setName] = useState(scene.name);
  const [problem, setProblem] = useState<string | null>(null);
  const vars = { name: scene.name };

  const rename = (e: FormEvent) => {
    e.preventDefault();
    const why = sceneNameProblem(name);
    if (why) return setProblem(t(why === "empty" ? "scenes.name.empty" : "scenes.name.tooLong"));
    on.onRename(name);
    setMode("view");
  };

  if (mode === "rename")
    return (
      <li>
        <form className="scene-rename" onSubmit={rename}>
          <label>
            {t("scenes.rename.field", vars)}
            <input value={name} onChange={(e) => setName(e.target.value)} />
          </label>
          {problem && (
            <p className="field-error" role="alert">
              {problem}
            </p>
          )}
          <div className="button-row">
            <button type="submit">{t("scenes.rename.save")}</button>
            <button type="button" onClick={() => setMode("view")}>
              {t("scenes.cancel")}
            </button>
          </div>
        </form>
      </li>
    );

  if (mode === "delete")
    return (
      <li>
        <p role="alert">{t("scenes.delete.confirm", vars)}</p>
        <div className="button-row">
          <button type="button" onClick={on.onDelete}>
            {t("scenes.delete.yes")}
          </button>
          <button type="button" onClick={() => setMode("view")}>
            {t("scenes.cancel")}
          </button>
        </div>
      </li>
    );

  return (
    <li className="scene-item">
      {/* The list gives screen readers the position; the number is for the eye. */}
      <span className="scene-number" aria-hidden="true">
        {position}.
      </span>
      <button
        type="button"
        className="scene-go"
        aria-current={current ? "true" : undefined}
        onClick={on.onGo}
      >
        {/* Visible text inside the accessible name, as voice control expects. */}
        <span className="visually-hidden">{t("scenes.goPrefix")}</span> {scene.name}
      </button>
      <span className="scene-tools">
        <button
          type="button"
          aria-label={t("scenes.up", vars)}
          title={t("scenes.up", vars)}
          disabled={position === 1}
          onClick={() => on.onMove(-1)}
        >
          ↑
        </button>
        <button
          type="button"
          aria-label={t("scenes.down", vars)}
          title={t("scenes.down", vars)}
          disabled={position === count}
          onClick={() => on.onMove(1)}
        >
          ↓
        </button>
        <button
          type="button"
          aria-label={t("scenes.rename", vars)}
          title={t("scenes.rename", vars)}
          onClick={() => {
            setName(scene.name);
            setProblem(null);
            setMode("rename");
          }}
        >
          ✎
        </button>
        <button
          type="button"
          aria-label={t("scenes.delete", vars)}
          title={t("scenes.delete", vars)}
          onClick={() => setMode("delete")}
        >
          ✕
        </button>
      </span>
    </li>
  );
}
