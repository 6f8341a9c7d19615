import type { MatchResult } from "../../domain/match";
import { useT } from "../../i18n/useT";
import { useFormat } from "../useFormat";

/** Why a site got what it got in the optimal match. */
export function SourceExplanation(props: {
  result: MatchResult;
  siteId: string;
  nameOf(id: string): string;
}) {
  const t = useT();
  const { num } = useFormat();
  const { result, siteId, nameOf } = props;
  const unit = t(`match.unit.${result.objective}`);
  const source = result.sources.find((s) => s.sourceId === siteId);
  if (!source) {
    const incoming = result.flows.filter((f) => f.receiverId === siteId);
    if (incoming.length === 0) return null;
    const tonnes = incoming.reduce((sum, f) => sum + f.tonnes, 0);
    return (
      <section className="panel-section explanation">
        <h3>{t("explain.title")}</h3>
        <p>{t("explain.receiver", { t: num(tonnes), count: String(incoming.length) })}</p>
      </section>
    );
  }
  return (
    <section className="panel-section explanation">
      <h3>{t("explain.title")}</h3>
      <ul>
        {source.destinations.map((d) => (
          <li key={d.receiverId}>
            {t("explain.went", { t: num(d.tonnes), name: nameOf(d.receiverId), km: num(d.distanceKm, 1) })}
          </li>
        ))}
        {source.alternative && (
          <li>
            {t("explain.alternative", {
              name: nameOf(source.alternative.receiverId),
              km: num(source.alternative.distanceKm, 1),
              extra: num(source.alternative.extraCostPerTonne, 2),
              unit,
            })}
          </li>
        )}
        {source.unplacedTonnes > 0 && source.unplacedReason && (
          <li className="warning">
            {t("explain.unplaced", {
              t: num(source.unplacedTonnes),
              reason: t(`explain.reason.${source.unplacedReason}`),
            })}
          </li>
        )}
      </ul>
    </section>
  );
}
