import type { SiteKind } from "../domain/site";
import type { MunicipalitySummary as Summary } from "../domain/summary";
import { useT } from "../i18n/useT";
import type { AtlasSite } from "../state/atlasSites";
import { useViewStore } from "../state/viewStore";
import { SiteSymbol } from "./SiteSymbol";
import { useFormat } from "./useFormat";

export function MunicipalitySummary(props: {
  code: string;
  name: string;
  areaKm2: number | undefined;
  inRegion: boolean;
  summary: Summary;
  sites: readonly AtlasSite[];
  onClose(): void;
}) {
  const t = useT();
  const { num } = useFormat();
  const select = useViewStore((s) => s.select);
  const { summary } = props;
  const kinds: Array<[SiteKind, "muni.sources" | "muni.receivers" | "muni.pits"]> = [
    ["source", "muni.sources"],
    ["receiver", "muni.receivers"],
    ["pit", "muni.pits"],
  ];
  return (
    <article className="municipality-summary" aria-labelledby="muni-title">
      <header className="details-header">
        <h2 id="muni-title">{t("muni.title", { name: props.name })}</h2>
        <button type="button" className="close" onClick={props.onClose} aria-label={t("details.close")}>
          ×
        </button>
      </header>
      <p className="muted">
        {t("muni.code", { code: props.code })}
        {props.areaKm2 !== undefined && ` · ${t("muni.area", { area: num(props.areaKm2, 1) })}`}
      </p>
      {!props.inRegion && <p className="warning">{t("muni.notInRegion")}</p>}
      <dl className="fields">
        {kinds.map(([kind, label]) => (
          <div key={kind} className="field-pair">
            <dt>
              <SiteSymbol kind={kind} size={12} /> {t(label)}
            </dt>
            <dd>{num(summary.counts[kind])}</dd>
          </div>
        ))}
        <div className="field-pair">
          <dt>{t("muni.surplus")}</dt>
          <dd>
            {num(summary.surplusM3)} {t("units.m3")} ≈ {num(summary.surplusTonnes)} {t("units.t")}
          </dd>
        </div>
        <div className="field-pair">
          <dt>{t("muni.capacity")}</dt>
          <dd>
            {num(summary.capacityM3)} {t("units.m3")} ≈ {num(summary.capacityTonnes)} {t("units.t")}
          </dd>
        </div>
      </dl>
      <h3>{t("muni.sites", { count: String(props.sites.length) })}</h3>
      {props.sites.length === 0 ? (
        <p>{t("muni.noSites")}</p>
      ) : (
        <ul className="site-list">
          {props.sites.map(({ site }) => (
            <li key={site.properties.id}>
              <button
                type="button"
                className="link"
                onClick={() => select({ type: "site", id: site.properties.id })}
              >
                <SiteSymbol kind={site.properties.kind} size={12} /> {site.properties.name}
              </button>
            </li>
          ))}
        </ul>
      )}
      <p className="badge-illustrative">{t("app.illustrative")}</p>
    </article>
  );
}
