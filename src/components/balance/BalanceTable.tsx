import type { MunicipalityBalance } from "../../domain/forecast/balance";
import type { ForecastScenario } from "../../domain/forecast/types";
import { useT } from "../../i18n/useT";
import { useViewStore } from "../../state/viewStore";
import { useFormat } from "../useFormat";

/** Every municipality's net balance in the year, largest surplus first; a name selects it. */
export function BalanceTable(props: {
  year: number;
  scenario: ForecastScenario;
  balances: readonly MunicipalityBalance[];
  municipalityName(code: string): string;
}) {
  const t = useT();
  const { num } = useFormat();
  const select = useViewStore((s) => s.select);
  const selection = useViewStore((s) => s.selection);
  const rows = [...props.balances].sort(
    (a, b) => Number(b.recordCount > 0) - Number(a.recordCount > 0) || b.netM3 - a.netM3,
  );
  return (
    <table className="balance-table">
      <caption>
        {t("balance.table.caption", {
          year: String(props.year),
          scenario: t(`balance.scenario.${props.scenario}`).toLowerCase(),
        })}
      </caption>
      <thead>
        <tr>
          <th scope="col">{t("balance.table.municipality")}</th>
          <th scope="col" className="num">
            {t("balance.table.net")}
          </th>
          <th scope="col" className="num">
            {t("balance.table.range")}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((b) => {
          const selected = selection.type === "municipality" && selection.code === b.municipalityCode;
          return (
            <tr key={b.municipalityCode} aria-selected={selected}>
              <th scope="row">
                <button
                  type="button"
                  className="link"
                  aria-pressed={selected}
                  onClick={() => select({ type: "municipality", code: b.municipalityCode })}
                >
                  {props.municipalityName(b.municipalityCode)}
                </button>
              </th>
              {b.recordCount > 0 ? (
                <>
                  <td className="num">{num(b.netM3)}</td>
                  <td className="num">
                    {num(b.range.netM3.low)} … {num(b.range.netM3.high)}
                  </td>
                </>
              ) : (
                <td colSpan={2} className="muted">
                  {t("balance.table.noData")}
                </td>
              )}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
