import { type FormEvent, useId, useState } from "react";
import type { StoreApi } from "zustand";
import { MAX_SCENES, type Storyboard } from "../../domain/scenes/scene";
import { sceneViewOf } from "../../domain/scenes/sceneView";
import {
  addScene,
  appendStoryboard,
  moveSceneBy,
  removeScene,
  renameScene,
  sceneNameProblem,
} from "../../domain/scenes/storyboard";
import { serializeStoryboard, storyboardFileName } from "../../domain/scenes/storyboardFile";
import type { MessageKey } from "../../i18n/catalog";
import { useT } from "../../i18n/useT";
import type { DocumentState } from "../../state/document/documentStore";
import {
  applyScene,
  captureScene,
  changeStoryboard,
  currentIndex,
  discardUnreadable,
  newSceneId,
  type StoryboardChange,
  stepScene,
  useScenesStore,
  useStoryboard,
} from "../../state/scenes";
import { useDocumentState } from "../../state/useDocument";
import { useViewStore } from "../../state/viewStore";
import { downloadText } from "../download";
import { SceneItem } from "./SceneItem";
import { StoryboardImport } from "./StoryboardImport";

/**
 * The workshop's scenes: save the current view as a named scene, order the scenes, step
 * through them, and move a storyboard in and out as a file. Kept in the open workspace.
 */
export function StoryboardPanel({ store }: { store: StoreApi<DocumentState> }) {
  const t = useT();
  const headingId = useId();
  const stored = useStoryboard(store);
  const workspaceName = useDocumentState(store, (s) => s.workspace?.name) ?? "";
  const current = useScenesStore((s) => s.current);
  const notice = useScenesStore((s) => s.notice);
  const dismissNotice = useScenesStore((s) => s.dismissNotice);
  const mapReady = useViewStore((s) => s.camera !== null);
  const [name, setName] = useState<string | null>(null);
  const [problem, setProblem] = useState<MessageKey | null>(null);

  if (!stored) return null;
  const board = stored.ok ? stored.storyboard : undefined;
  const scenes = board?.scenes ?? [];
  const at = board ? currentIndex(board, current) : -1;
  const shownName = name ?? t("scenes.defaultName", { n: String(scenes.length + 1) });

  /** Applies a change; a refusal is said where the user looks, a failed save in the save status. */
  const change = (edit: (b: Storyboard) => Storyboard): boolean => {
    let outcome: StoryboardChange;
    try {
      outcome = changeStoryboard(store, edit);
    } catch (e) {
      // The domain refuses a full storyboard with a RangeError.
      if (!(e instanceof RangeError)) throw e;
      setProblem("scenes.full");
      return false;
    }
    if (!outcome.ok) setProblem(outcome.reason === "busy" ? "scenes.busy" : null);
    else setProblem(null);
    return outcome.ok;
  };

  const save = (e: FormEvent) => {
    e.preventDefault();
    const why = sceneNameProblem(shownName);
    if (why) return setProblem(why === "empty" ? "scenes.name.empty" : "scenes.name.tooLong");
    const scene = captureScene(newSceneId(), shownName);
    if (!scene) return;
    if (change((b) => addScene(b, scene))) {
      setName(null);
      useScenesStore.setState({ current: { id: scene.id, view: sceneViewOf(scene) } });
    }
  };

  const exportFile = () => {
    if (!board) return;
    const now = new Date();
    const text = serializeStoryboard({ ...board, title: board.title || workspaceName });
    downloadText(text, storyboardFileName(now), "application/json");
  };

  return (
    <section className="panel-section storyboard" aria-labelledby={headingId}>
      <h2 id={headingId}>{t("scenes.title")}</h2>
      {notice && (
        <div className="warning" role="alert">
          <p>{t("scenes.notFound", { id: notice.id })}</p>
          <button type="button" onClick={dismissNotice}>
            {t("scenes.dismiss")}
          </button>
        </div>
      )}
      {!stored.ok && (
        <div className="warning" role="alert">
          <p>{t("scenes.unreadable", { detail: stored.detail })}</p>
          <button type="button" onClick={() => discardUnreadable(store)}>
            {t("scenes.discard")}
          </button>
        </div>
      )}
      {board && (
        <>
          <p className="muted">{t("scenes.intro")}</p>
          <form className="scene-save" onSubmit={save}>
            <label>
              {t("scenes.name")}
              <input value={shownName} onChange={(e) => setName(e.target.value)} />
            </label>
            <button type="submit" disabled={!mapReady || scenes.length >= MAX_SCENES}>
              {t(mapReady ? "scenes.save" : "scenes.waitForMap")}
            </button>
          </form>
          {problem && (
            <p className="field-error" role="alert">
              {t(problem, { max: String(MAX_SCENES) })}
            </p>
          )}
          {scenes.length === 0 ? (
            <p className="muted">{t("scenes.empty")}</p>
          ) : (
            <>
              <div className="scene-stepper">
                <button type="button" disabled={at === 0} onClick={() => stepScene(store, -1)}>
                  ← {t("scenes.previous")}
                </button>
                <span role="status">
                  {at >= 0
                    ? t("scenes.position", { n: String(at + 1), count: String(scenes.length) })
                    : t("scenes.noneShown", { count: String(scenes.length) })}
                </span>
                <button type="button" disabled={at === scenes.length - 1} onClick={() => stepScene(store, 1)}>
                  {t("scenes.next")} →
                </button>
              </div>
              <ol className="scene-list" aria-label={t("scenes.list")}>
                {scenes.map((scene, i) => (
                  <SceneItem
                    key={scene.id}
                    scene={scene}
                    position={i + 1}
                    count={scenes.length}
                    current={i === at}
                    onGo={() => applyScene(scene)}
                    onMove={(delta) => change((b) => moveSceneBy(b, scene.id, delta))}
                    onRename={(newName) => change((b) => renameScene(b, scene.id, newName))}
                    onDelete={() => change((b) => removeScene(b, scene.id))}
                  />
                ))}
              </ol>
            </>
          )}
          <div className="button-row">
            <button type="button" disabled={scenes.length === 0} onClick={exportFile}>
              {t("scenes.export")}
            </button>
          </div>
          <StoryboardImport
            onImport={(incoming, how) =>
              change((b) => (how === "replace" ? incoming : appendStoryboard(b, incoming, newSceneId)))
            }
          />
        </>
      )}
    </section>
  );
}
