import { useId, useState } from "react";
import type { FitResult } from "../domain/fit";
import { useT } from "../i18n/useT";
import { useViewStore } from "../state/viewStore";
import { HaulParamFields } from "./HaulParamFields";
import { SiteSymbol } from "./SiteSymbol";
import { useFormat } from "./useFormat";

/** How many of the best fits are drawn as lines on the map. */
export const FIT_LINES_SHOWN = 5;

/** "What fits nearby" for the selected site, with the parameters it depends on. */
export function FitList({ fromSource, result }: { fromSource: boolean; result: FitResult }) {
  const t = useT();
  const { num } = useFormat();
  const params = useViewStore((s) => s.params);
  const select = useViewStore((s) => s.select);
  const [showRejected, setShowRejected] = useState(false);
  const headingId = useId();

  return (
    <section className="panel-section fit-list" aria-labelledby={headingId}>
      <h2 id={headingId}>{t(fromSource ? "fit.titleSource" : "fit.titleReceiver")}</h2>
      <div className="fit-params">
        <HaulParamFields />
      </div>
      {result.candidates.length === 0 ? (
        <p>{t("fit.none", { km: num(params.maxHaulKm) })}</p>
      ) : (
        <div className="fit-table-wrap">
          <table className="fit-table">
            <thead>
              <tr>
                <th scope="col">{t("fit.col.site")}</th>
                <th scope="col">{t("fit.col.km")}</th>
                <th scope="col">{t("fit.col.tonnes")}</th>
                <th scope="col">{t("fit.col.loads")}</th>
                <th scope="col">{t("fit.col.co2")}</th>
              </tr>
            </thead>
            <tbody>
              {result.candidates.map((c, i) => (
                <tr key={c.site.properties.id} className={i < FIT_LINES_SHOWN ? "drawn" : undefined}>
                  <th scope="row">
                    <button
                      type="button"
                      className="link"
                      onClick={() => select({ type: "site", id: c.site.properties.id })}
                    >
                      <SiteSymbol kind={c.site.properties.kind} size={12} /> {c.site.properties.name}
                    </button>
                  </th>
                  <td>{t("fit.haul", { km: num(c.haulKm, 1) })}</td>
                  <td>{t("fit.tonnes", { t: num(c.tonnes) })}</td>
                  <td>{num(c.loads)}</td>
                  <td>{num(c.co2eKg / 1000, 1)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p className="assumption">
        {t("fit.assumptions", {
          circuity: num(params.circuityFactor, 2),
          load: num(params.truckLoadTonnes),
          co2: num(params.co2eKgPerTonneKm, 3),
        })}
      </p>
      {result.mismatches.length > 0 && (
        <>
          <button type="button" aria-expanded={showRejected} onClick={() => setShowRejected((v) => !v)}>
            {showRejected
              ? t("fit.hideRejected")
              : t("fit.showRejected", { count: String(result.mismatches.length) })}
          </button>
          {showRejected && (
            <ul className="fit-rejected">
              {result.mismatches.map((m) => (
                <li key={m.site.properties.id}>
                  <SiteSymbol kind={m.site.properties.kind} size={12} /> {m.site.properties.name}:{" "}
                  {t(`fit.reason.${m.reason}`, { km: num(m.haulKm ?? 0) })}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
