import type { MatchResult, Saving, SystemScenario } from "../../domain/match";
import type { MessageKey } from "../../i18n/catalog";
import { useT } from "../../i18n/useT";
import { useFormat } from "../useFormat";

type Row = { key: MessageKey; value(s: SystemScenario): number; digits?: number; saving?: keyof Saving };

// The scenario rows; CO2e is shown in tonnes (the domain works in kg).
const ROWS: Row[] = [
  { key: "match.kpi.reused", value: (s) => s.reusedTonnes },
  { key: "match.kpi.disposed", value: (s) => s.disposedTonnes },
  { key: "match.kpi.unplaced", value: (s) => s.unplacedTonnes },
  { key: "match.kpi.loads", value: (s) => s.truckLoads, saving: "truckLoads" },
  { key: "match.kpi.truckKm", value: (s) => s.truckKm, saving: "truckKm" },
  { key: "match.kpi.tonneKm", value: (s) => s.tonneKm, saving: "tonneKm" },
  { key: "match.kpi.co2", value: (s) => s.co2eKg / 1000, digits: 1, saving: "co2eKg" },
  { key: "match.kpi.virgin", value: (s) => s.virginTonnes, saving: "virginTonnes" },
  { key: "match.kpi.virginM3", value: (s) => s.virginM3, saving: "virginM3" },
];

/** Optimum against greedy and business as usual, on the common footing of docs/matching.md. */
export function KpiTable({ result }: { result: MatchResult }) {
  const t = useT();
  const { num } = useFormat();
  const c = result.comparison;
  const saving = (s: Saving, key: keyof Saving) => (key === "co2eKg" ? s[key] / 1000 : s[key]);
  return (
    <section className="panel-section kpis" aria-labelledby="kpi-title">
      <h3 id="kpi-title">{t("match.kpi.title")}</h3>
      <div className="kpi-cards">
        <KpiCard label={t("match.kpi.matched")} value={num(result.matchedTonnes)} />
        <KpiCard label={t("match.kpi.reuseRate")} value={`${num(c.optimum.reuseRate * 100, 1)} %`} />
        <KpiCard
          label={t("match.kpi.savingBaseline")}
          value={`${num(c.savingVsBaseline.co2eKg / 1000, 1)} t CO₂e`}
          detail={`${num(c.savingVsBaseline.truckKm)} ${t("match.kpi.truckKm").toLowerCase()}`}
        />
      </div>
      <table className="kpi-table">
        <thead>
          <tr>
            <th scope="col">
              <span className="visually-hidden">{t("match.kpi.measure")}</span>
            </th>
            <th scope="col">{t("match.kpi.optimum")}</th>
            <th scope="col">{t("match.kpi.greedy")}</th>
            <th scope="col">{t("match.kpi.baseline")}</th>
          </tr>
        </thead>
        <tbody>
          {ROWS.map((row) => (
            <tr key={row.key}>
              <th scope="row">{t(row.key)}</th>
              <td>{num(row.value(c.optimum), row.digits ?? 0)}</td>
              <td>{num(row.value(c.greedy), row.digits ?? 0)}</td>
              <td>{num(row.value(c.baseline), row.digits ?? 0)}</td>
            </tr>
          ))}
          <tr>
            <th scope="row">{t("match.kpi.reuseRate")}</th>
            {[c.optimum, c.greedy, c.baseline].map((s, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: three fixed columns
              <td key={i}>{num(s.reuseRate * 100, 1)} %</td>
            ))}
          </tr>
        </tbody>
      </table>
      <table className="kpi-table savings">
        <thead>
          <tr>
            <th scope="col">
              <span className="visually-hidden">{t("match.kpi.measure")}</span>
            </th>
            <th scope="col">{t("match.kpi.savingBaseline")}</th>
            <th scope="col">{t("match.kpi.savingGreedy")}</th>
          </tr>
        </thead>
        <tbody>
          {ROWS.filter((r) => r.saving).map((row) => (
            <tr key={row.key}>
              <th scope="row">{t(row.key)}</th>
              <td>{num(saving(c.savingVsBaseline, row.saving as keyof Saving), row.digits ?? 0)}</td>
              <td>{num(saving(c.savingVsGreedy, row.saving as keyof Saving), row.digits ?? 0)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="assumption">{t("match.kpi.explain", { t: num(c.deliveredToReuseTonnes) })}</p>
    </section>
  );
}

function KpiCard({ label, value, detail }: { label: string; value: string; detail?: string }) {
  return (
    <div className="kpi-card">
      <span className="kpi-label">{label}</span>
      <span className="kpi-value">{value}</span>
      {detail && <span className="kpi-detail">{detail}</span>}
    </div>
  );
}
