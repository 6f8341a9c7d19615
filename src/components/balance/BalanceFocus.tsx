import { useMemo, useState } from "react";
import { type SurplusStackBy, seriesForMunicipality, seriesForRegion } from "../../domain/forecast/series";
import type { ForecastTable } from "../../domain/forecast/types";
import { useT } from "../../i18n/useT";
import { useViewStore } from "../../state/viewStore";
import { ForecastChart } from "./ForecastChart";

/**
 * The forecast chart of what is selected: a municipality of the region, or else the region as a
 * whole; surplus stacked by class or by soil type.
 */
export function BalanceFocus(props: {
  table: ForecastTable;
  municipalityCode: string | undefined;
  municipalityName(code: string): string;
}) {
  const t = useT();
  const year = useViewStore((s) => s.year);
  const select = useViewStore((s) => s.select);
  const [stackBy, setStackBy] = useState<SurplusStackBy>("class");
  const { table, municipalityCode } = props;
  const series = useMemo(
    () =>
      municipalityCode
        ? seriesForMunicipality(table, municipalityCode, { stackBy })
        : seriesForRegion(table, { stackBy }),
    [table, municipalityCode, stackBy],
  );
  const areaName = municipalityCode ? props.municipalityName(municipalityCode) : t("balance.region");
  return (
    <section className="panel-section balance-focus" aria-labelledby="balance-focus-title">
      <h3 id="balance-focus-title">
        {areaName}
        {municipalityCode && (
          <>
            {" "}
            <button type="button" className="link" onClick={() => select({ type: "none" })}>
              {t("balance.showRegion")}
            </button>
          </>
        )}
      </h3>
      <fieldset className="scenario-switch">
        <legend>{t("balance.stackBy")}</legend>
        {(["class", "material"] as const).map((by) => (
          <label key={by}>
            <input
              type="radio"
              name="forecast-stack-by"
              value={by}
              checked={stackBy === by}
              onChange={() => setStackBy(by)}
            />
            {t(`balance.stackBy.${by}`)}
          </label>
        ))}
      </fieldset>
      <ForecastChart series={series} areaName={areaName} selectedYear={year} />
    </section>
  );
}
