import { useId } from "react";
import { shownForecastYear } from "../../domain/forecast/types";
import { useT } from "../../i18n/useT";
import { useViewStore } from "../../state/viewStore";

/**
 * The forecast year: moves the choropleth and filters the map's sites to those whose window
 * reaches into the year. A native range input, so arrow keys, Home and End work.
 */
export function YearSlider({ years, allowAll = true }: { years: readonly number[]; allowAll?: boolean }) {
  const t = useT();
  const id = useId();
  const year = useViewStore((s) => s.year);
  const setYear = useViewStore((s) => s.setYear);
  const first = years[0];
  const last = years.at(-1);
  if (first === undefined || last === undefined) return null;
  const shown = shownForecastYear(years, year) ?? first;
  return (
    <div className="year-slider">
      <label htmlFor={id}>{t("balance.year")}</label>
      <input
        id={id}
        type="range"
        min={first}
        max={last}
        step={1}
        value={shown}
        aria-valuetext={t("balance.yearValue", { year: String(shown) })}
        onChange={(e) => setYear(Number(e.target.value))}
      />
      <output htmlFor={id} aria-live="polite">
        {year === null ? t("balance.yearAll") : String(year)}
      </output>
      {allowAll && year !== null && (
        <button type="button" className="link" onClick={() => setYear(null)}>
          {t("balance.yearAll")}
        </button>
      )}
    </div>
  );
}
