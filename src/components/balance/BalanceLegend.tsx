import { BALANCE_CLASS_COUNT, BALANCE_PALETTE } from "../../domain/forecast/classBreaks";
import { useT } from "../../i18n/useT";
import { useFormat } from "../useFormat";

/** Drawn for municipalities without a forecast: neutral grey, unlike "balanced" off-white. */
export const NO_DATA_COLOUR = "#bdbdbd";

/**
 * The choropleth's key: one swatch per class, largest surplus on top, with its limits in m³,
 * and the "no forecast" swatch. Plain HTML so it scales with presentation mode's type.
 */
export function BalanceLegend({ year, edges }: { year: number; edges: readonly number[] }) {
  const t = useT();
  const { num } = useFormat();
  const rows = Array.from({ length: BALANCE_CLASS_COUNT }, (_, i) => BALANCE_CLASS_COUNT - 1 - i);
  const middle = (BALANCE_CLASS_COUNT - 1) / 2;
  return (
    <section className="balance-legend" aria-labelledby="balance-legend-title">
      <h2 id="balance-legend-title">{t("balance.legend.title", { year: String(year) })}</h2>
      <p className="legend-unit">{t("balance.legend.unit")}</p>
      <ul>
        {rows.map((i) => {
          const from = edges[i] ?? 0;
          const to = edges[i + 1] ?? 0;
          const side =
            i > middle
              ? "balance.legend.surplus"
              : i < middle
                ? "balance.legend.deficit"
                : "balance.legend.balanced";
          return (
            <li key={i}>
              <span className="swatch" style={{ background: BALANCE_PALETTE[i] }} aria-hidden="true" />
              <span>
                {t("balance.legend.range", { from: num(from), to: num(to) })}
                <span className="legend-side"> ({t(side)})</span>
              </span>
            </li>
          );
        })}
        <li>
          <span className="swatch" style={{ background: NO_DATA_COLOUR }} aria-hidden="true" />
          <span>{t("balance.legend.noData")}</span>
        </li>
      </ul>
    </section>
  );
}
