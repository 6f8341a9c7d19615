import { useMemo } from "react";
import { municipalityFlowBalance } from "../../domain/flowBalance";
import type { MatchFlow } from "../../domain/match";
import { useT } from "../../i18n/useT";
import { useFormat } from "../useFormat";

export function MunicipalityBalance(props: {
  flows: readonly MatchFlow[];
  municipalityOf(siteId: string): string | undefined;
  municipalityName(code: string): string;
}) {
  const t = useT();
  const { num } = useFormat();
  const { flows, municipalityOf, municipalityName } = props;
  const rows = useMemo(() => municipalityFlowBalance(flows, municipalityOf), [flows, municipalityOf]);
  return (
    <section className="panel-section" aria-labelledby="muni-balance-title">
      <h3 id="muni-balance-title">{t("match.muni.title")}</h3>
      <table className="kpi-table">
        <thead>
          <tr>
            <th scope="col">{t("picker.title")}</th>
            <th scope="col">{t("match.muni.out")}</th>
            <th scope="col">{t("match.muni.in")}</th>
            <th scope="col">{t("match.muni.net")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.code}>
              <th scope="row">{r.code === "" ? "–" : municipalityName(r.code)}</th>
              <td>{num(r.outTonnes)}</td>
              <td>{num(r.inTonnes)}</td>
              <td>{num(r.netTonnes)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
