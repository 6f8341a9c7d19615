import { useEffect, useRef } from "react";
import { useT } from "../../i18n/useT";
import { useScenesStore } from "../../state/scenes";
import { useViewStore } from "../../state/viewStore";
import { KpiBanner, type KpiItem } from "./KpiBanner";
import { toggleFullscreen } from "./usePresentationKeys";

/**
 * Presentation mode's header: title, where the show is, the key figures, and buttons for what
 * the keys do (so a mouse or a touch screen works too).
 */
export function PresentationBar(props: {
  subtitle: string;
  /** 1-based position in the steps, and how many there are; absent when there is nothing to step. */
  step?: { at: number; count: number };
  onStep(delta: 1 | -1): void;
  kpis: readonly KpiItem[];
}) {
  const t = useT();
  const setMode = useViewStore((s) => s.setMode);
  // The sidebar that normally says so is hidden here.
  const notice = useScenesStore((s) => s.notice);
  // Keyboard focus starts in the bar (the button that opened it is gone).
  const bar = useRef<HTMLElement>(null);
  useEffect(() => bar.current?.focus(), []);
  return (
    <header className="presentation-bar" ref={bar} tabIndex={-1}>
      <div className="presentation-title">
        <h1>
          {t("app.title")} – {t("present.region")}
        </h1>
        <p>
          {props.subtitle}
          {props.step && props.step.at > 0 && (
            <span className="presentation-step">
              {" · "}
              {t("present.step", { at: String(props.step.at), count: String(props.step.count) })}
            </span>
          )}
        </p>
        {notice && (
          <p role="alert" className="presentation-notice">
            {t("scenes.notFound", { id: notice.id })}
          </p>
        )}
      </div>
      <KpiBanner title={t("present.kpis")} items={props.kpis} />
      <nav className="presentation-controls" aria-label={t("present.keysHelp")}>
        <button type="button" onClick={() => props.onStep(-1)} disabled={!props.step}>
          ← {t("present.previous")}
        </button>
        <button type="button" onClick={() => props.onStep(1)} disabled={!props.step}>
          {t("present.next")} →
        </button>
        <button type="button" onClick={toggleFullscreen}>
          {t("present.fullscreen")}
        </button>
        <button type="button" onClick={() => setMode("normal")}>
          {t("present.leave")}
        </button>
      </nav>
    </header>
  );
}
