import type { Ref } from "react";
import { useT } from "../i18n/useT";
import { useViewStore } from "../state/viewStore";

export function Header({
  onOpenSettings,
  presentButtonRef,
}: {
  onOpenSettings(): void;
  /** Focus returns here when presentation mode ends. */
  presentButtonRef?: Ref<HTMLButtonElement>;
}) {
  const t = useT();
  const language = useViewStore((s) => s.language);
  const setLanguage = useViewStore((s) => s.setLanguage);
  const panel = useViewStore((s) => s.panel);
  const setPanel = useViewStore((s) => s.setPanel);
  const setMode = useViewStore((s) => s.setMode);
  return (
    <header className="app-header">
      <div className="app-title">
        <h1>{t("app.title")}</h1>
        <p>{t("app.subtitle")}</p>
      </div>
      <p className="badge-illustrative" title={t("app.illustrativeLong")}>
        {t("app.illustrative")}
      </p>
      <fieldset className="language-switch">
        <legend className="visually-hidden">{t("lang.switch")}</legend>
        {(["da", "en"] as const).map((lang) => (
          <button
            key={lang}
            type="button"
            aria-pressed={language === lang}
            lang={lang}
            onClick={() => setLanguage(lang)}
          >
            {t(lang === "da" ? "lang.da" : "lang.en")}
          </button>
        ))}
      </fieldset>
      <button
        type="button"
        aria-pressed={panel === "match"}
        onClick={() => setPanel(panel === "match" ? "explore" : "match")}
      >
        {t("match.open")}
      </button>
      <button
        type="button"
        aria-pressed={panel === "balance"}
        onClick={() => setPanel(panel === "balance" ? "explore" : "balance")}
      >
        {t("balance.open")}
      </button>
      <button
        ref={presentButtonRef}
        type="button"
        title={t("present.openHint")}
        onClick={() => setMode("present")}
      >
        {t("present.open")}
      </button>
      <button type="button" onClick={onOpenSettings}>
        {t("settings.title")}
      </button>
    </header>
  );
}
