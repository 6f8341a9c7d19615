import type { MatchObjective } from "../../domain/match";
import { useT } from "../../i18n/useT";
import { useMatchStore } from "../../state/matchStore";
import { useViewStore } from "../../state/viewStore";
import { HaulParamFields } from "../HaulParamFields";
import { NumberField } from "../NumberField";

const OBJECTIVES: MatchObjective[] = ["tkm", "co2", "cost"];
// The embedded data's windows run 2026-2031.
const YEARS = [2026, 2027, 2028, 2029, 2030, 2031];

/** The match's editable assumptions; every change re-runs the match once it has run. */
export function MatchParams() {
  const t = useT();
  const params = useViewStore((s) => s.params);
  const setParams = useViewStore((s) => s.setParams);
  const { objective, year, haulPriceDkkPerTonneKm, setObjective, setYear, setHaulPrice } = useMatchStore();
  return (
    <div className="match-params">
      <fieldset className="objective">
        <legend>{t("match.objective")}</legend>
        {OBJECTIVES.map((o) => (
          <label key={o}>
            <input type="radio" name="objective" checked={objective === o} onChange={() => setObjective(o)} />
            {t(`match.objective.${o}`)}
          </label>
        ))}
      </fieldset>
      <label>
        {t("match.year")}
        <select
          value={year ?? ""}
          onChange={(e) => setYear(e.target.value === "" ? null : Number(e.target.value))}
        >
          <option value="">{t("match.year.all")}</option>
          {YEARS.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </label>
      <HaulParamFields />
      <NumberField
        label={t("match.co2Factor")}
        value={params.co2eKgPerTonneKm}
        min={0}
        max={10}
        onChange={(co2eKgPerTonneKm) => setParams({ co2eKgPerTonneKm })}
      />
      <NumberField
        label={t("match.loadTonnes")}
        value={params.truckLoadTonnes}
        min={1}
        max={60}
        onChange={(truckLoadTonnes) => setParams({ truckLoadTonnes })}
      />
      <NumberField
        label={t("match.haulPrice")}
        value={haulPriceDkkPerTonneKm}
        min={0}
        max={100}
        onChange={setHaulPrice}
      />
    </div>
  );
}
