import { useId, useState } from "react";
import { useT } from "../i18n/useT";
import { type Basemap, useViewStore } from "../state/viewStore";

/** Settings: the basemap. Offline by default; an online basemap is an explicit opt-in. */
export function SettingsPanel({ onClose }: { onClose(): void }) {
  const t = useT();
  const basemap = useViewStore((s) => s.basemap);
  const setBasemap = useViewStore((s) => s.setBasemap);
  const [type, setType] = useState<Basemap["type"]>(basemap.type);
  const [url, setUrl] = useState(basemap.type === "offline" ? "" : basemap.url);
  const id = useId();
  const urlValid = /^https?:\/\/\S+$/.test(url);
  const apply = () => {
    if (type === "offline") setBasemap({ type: "offline" });
    else if (urlValid) setBasemap({ type, url });
    onClose();
  };
  return (
    <section className="settings" role="dialog" aria-modal="false" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t("settings.title")}</h2>
      <fieldset>
        <legend>{t("settings.basemap")}</legend>
        {(["offline", "style", "raster"] as const).map((option) => (
          <label key={option}>
            <input
              type="radio"
              name={`${id}-basemap`}
              checked={type === option}
              onChange={() => setType(option)}
            />
            {t(`settings.basemap.${option}`)}
          </label>
        ))}
        {type !== "offline" && (
          <>
            <label>
              {t("settings.basemap.url")}
              <input
                type="url"
                value={url}
                aria-invalid={!urlValid}
                onChange={(e) => setUrl(e.target.value)}
              />
            </label>
            <p className="warning">{t("settings.basemap.warning")}</p>
          </>
        )}
      </fieldset>
      <div className="actions">
        <button type="button" onClick={apply} disabled={type !== "offline" && !urlValid}>
          OK
        </button>
        <button type="button" onClick={onClose}>
          {t("details.close")}
        </button>
      </div>
    </section>
  );
}
