import { useMemo } from "react";
import { BALANCE_CLASS_COUNT, BALANCE_PALETTE } from "../../domain/forecast/classBreaks";
import { useT } from "../../i18n/useT";
import { type LegendGroup, useMapExportExtras } from "../../state/mapExport";
import { useFormat } from "../useFormat";

/** Drawn for municipalities without a forecast: neutral grey, unlike "balanced" off-white. */
export const NO_DATA_COLOUR = "#bdbdbd";

/** Class indices top to bottom: largest surplus first. */
const ROWS = Array.from({ length: BALANCE_CLASS_COUNT }, (_, i) => BALANCE_CLASS_COUNT - 1 - i);
const MIDDLE = (BALANCE_CLASS_COUNT - 1) / 2;
const sideOf = (i: number) =>
  i > MIDDLE ? "balance.legend.surplus" : i < MIDDLE ? "balance.legend.deficit" : "balance.legend.balanced";

/**
 * The choropleth's key: one swatch per class, largest surplus on top, with its limits in m³,
 * and the "no forecast" swatch. Plain HTML so it scales with presentation mode's type.
 */
export function BalanceLegend({ year, edges }: { year: number; edges: readonly number[] }) {
  const t = useT();
  const { num } = useFormat();
  // The same key goes into the exported map image.
  const exported = useMemo(
    (): LegendGroup => ({
      title: `${t("balance.legend.title", { year: String(year) })} (${t("balance.legend.unit")})`,
      items: [
        ...ROWS.map((i) => ({
          color: BALANCE_PALETTE[i] as string,
          shape: "fill" as const,
          label: `${t("balance.legend.range", { from: num(edges[i] ?? 0), to: num(edges[i + 1] ?? 0) })} (${t(sideOf(i))})`,
        })),
        { color: NO_DATA_COLOUR, shape: "fill" as const, label: t("balance.legend.noData") },
      ],
    }),
    [t, num, year, edges],
  );
  useMapExportExtras("balance", { legend: exported });
  return (
    <section className="balance-legend" aria-labelledby="balance-legend-title">
      <h2 id="balance-legend-title">{t("balance.legend.title", { year: String(year) })}</h2>
      <p className="legend-unit">{t("balance.legend.unit")}</p>
      <ul>
        {ROWS.map((i) => {
          const from = edges[i] ?? 0;
          const to = edges[i + 1] ?? 0;
          const side = sideOf(i);
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
