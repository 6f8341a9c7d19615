import { useId, useMemo, useState } from "react";
import { useT } from "../i18n/useT";
import { REGION_BBOX } from "../map/regionBounds";
import { useViewStore } from "../state/viewStore";

export interface MunicipalityEntry {
  code: string;
  name: string;
  bbox: [number, number, number, number];
}

const BORNHOLM = "0400";

/** Lists the region's municipalities by name, searchable; choosing one selects and zooms to it. */
export function MunicipalityPicker({ municipalities }: { municipalities: readonly MunicipalityEntry[] }) {
  const t = useT();
  const [query, setQuery] = useState("");
  const select = useViewStore((s) => s.select);
  const zoomTo = useViewStore((s) => s.zoomTo);
  const selected = useViewStore((s) => (s.selection.type === "municipality" ? s.selection.code : null));
  const headingId = useId();
  const sorted = useMemo(
    () => [...municipalities].sort((a, b) => a.name.localeCompare(b.name, "da")),
    [municipalities],
  );
  const q = query.trim().toLocaleLowerCase("da");
  const shown =
    q === ""
      ? sorted
      : sorted.filter((m) => m.name.toLocaleLowerCase("da").includes(q) || m.code.includes(q));
  const choose = (m: MunicipalityEntry) => {
    select({ type: "municipality", code: m.code });
    zoomTo(m.bbox);
  };
  const bornholm = municipalities.find((m) => m.code === BORNHOLM);

  return (
    <section className="panel-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t("picker.title")}</h2>
      <div className="picker-jumps">
        <button type="button" onClick={() => zoomTo(REGION_BBOX)}>
          {t("picker.region")}
        </button>
        {bornholm && (
          <button type="button" onClick={() => choose(bornholm)}>
            {t("picker.bornholm")}
          </button>
        )}
      </div>
      <input
        type="search"
        className="picker-search"
        placeholder={t("picker.search")}
        aria-label={t("picker.search")}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
      />
      <ul className="picker-list" aria-label={t("picker.title")}>
        {shown.map((m) => (
          <li key={m.code}>
            <button
              type="button"
              aria-current={selected === m.code ? "true" : undefined}
              onClick={() => choose(m)}
            >
              {m.name}
            </button>
          </li>
        ))}
      </ul>
      {shown.length === 0 && <p className="muted">{t("picker.none")}</p>}
    </section>
  );
}
