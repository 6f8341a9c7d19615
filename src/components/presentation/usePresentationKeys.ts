import { useEffect } from "react";
import { useViewStore } from "../../state/viewStore";

/** Typing in a field must not step the show or leave it. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLInputElement)
    return !["checkbox", "radio", "button", "range"].includes(target.type);
  return target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement;
}

export function toggleFullscreen(): void {
  if (document.fullscreenElement) void document.exitFullscreen?.().catch(() => undefined);
  // Refused without a user gesture or in an iframe: presentation mode works without it.
  else void document.documentElement.requestFullscreen?.().catch(() => undefined);
}

/**
 * The facilitator's keys: P enters presentation mode; in it ←/→ (and a clicker's PageUp/PageDown)
 * step, F toggles full screen, Esc leaves (in full screen the browser takes the first Esc).
 */
export function usePresentationKeys(step: (delta: 1 | -1) => void): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || isTyping(e.target)) return;
      const view = useViewStore.getState();
      if (view.mode !== "present") {
        if (e.key === "p" || e.key === "P") {
          e.preventDefault();
          view.setMode("present");
        }
        return;
      }
      // A range input (the year slider) keeps its own arrow keys.
      const onSlider = e.target instanceof HTMLInputElement && e.target.type === "range";
      if ((e.key === "ArrowRight" && !onSlider) || e.key === "PageDown") {
        e.preventDefault();
        step(1);
      } else if ((e.key === "ArrowLeft" && !onSlider) || e.key === "PageUp") {
        e.preventDefault();
        step(-1);
      } else if (e.key === "f" || e.key === "F") {
        e.preventDefault();
        toggleFullscreen();
      } else if (e.key === "Escape") {
        view.setMode("normal");
        if (document.fullscreenElement) void document.exitFullscreen?.().catch(() => undefined);
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [step]);
}
