import type { ReactNode } from "react";
import { legalCategoryOfClass } from "../domain/materials";
import type { SiteMunicipality } from "../domain/municipality";
import { SITE_PROPERTY_KEYS } from "../domain/site";
import { densityOfSite, quantityM3, quantityTonnes } from "../domain/units";
import { useT } from "../i18n/useT";
import type { AtlasSite } from "../state/atlasSites";
import { useViewStore } from "../state/viewStore";
import { SiteSymbol } from "./SiteSymbol";
import { useFormat } from "./useFormat";

/** Properties shown in their own rows; every other property is listed under "other". */
const KNOWN: ReadonlySet<string> = new Set(SITE_PROPERTY_KEYS);

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </>
  );
}

/** Other properties are user data: shown as text, never as markup. */
function asText(value: unknown): string {
  return typeof value === "string" ? value : JSON.stringify(value);
}

export function SiteDetails({
  loaded,
  municipalityName,
  onClose,
}: {
  loaded: AtlasSite;
  municipalityName(code: string): string;
  onClose(): void;
}) {
  const t = useT();
  const { num, date } = useFormat();
  const params = useViewStore((s) => s.params);
  const p = loaded.site.properties;
  const tonnes = quantityTonnes(p, params);
  const m3 = quantityM3(p, params);
  const others = Object.entries(p).filter(([k]) => !KNOWN.has(k));

  return (
    <article className="site-details" aria-labelledby="site-details-title">
      <header className="details-header">
        <SiteSymbol kind={p.kind} size={20} />
        <h2 id="site-details-title">{p.name}</h2>
        <button type="button" className="close" onClick={onClose} aria-label={t("details.close")}>
          ×
        </button>
      </header>
      {p.illustrative && <p className="badge-illustrative">{t("app.illustrative")}</p>}
      <dl className="fields">
        <Row label={t("details.kind")}>{t(`kind.${p.kind}`)}</Row>
        <Row label={t("details.id")}>{p.id}</Row>
        <Row label={t("details.municipality")}>
          <MunicipalityText m={loaded.municipality} name={municipalityName} />
        </Row>
        {p.status && <Row label={t("details.status")}>{t(`status.${p.status}`)}</Row>}
        {p.receiverType && <Row label={t("details.receiverType")}>{t(`receiverType.${p.receiverType}`)}</Row>}
        {p.material && <Row label={t("details.material")}>{t(`material.${p.material}`)}</Row>}
        {p.soilClass !== undefined && (
          <>
            <Row label={t("details.soilClass")}>{t("class.label", { class: String(p.soilClass) })}</Row>
            <Row label={t("details.legalCategory")}>{t(`category.${legalCategoryOfClass(p.soilClass)}`)}</Row>
          </>
        )}
        {p.acceptedMaterials && (
          <Row label={t("details.acceptedMaterials")}>
            {p.acceptedMaterials.map((m) => t(`material.${m}`)).join(", ")}
          </Row>
        )}
        {p.acceptedClasses && (
          <Row label={t("details.acceptedClasses")}>
            {p.acceptedClasses.length === 0 ? t("none") : p.acceptedClasses.join(", ")}
          </Row>
        )}
        {p.kind === "pit" && (
          <Row label={t("details.section52")}>{t(p.section52Dispensation ? "yes" : "no")}</Row>
        )}
        {p.annualExtraction !== undefined && (
          <Row label={t("details.annualExtraction")}>
            {num(p.annualExtraction)} {t("units.perYear")}
          </Row>
        )}
        <Row label={t(`details.quantity.${p.kind}`)}>
          <span className="quantity">
            {num(m3)} {t("units.m3")} ≈ {num(tonnes)} {t("units.t")}
          </span>
        </Row>
        <Row label={t("details.window")}>
          {p.availableFrom ? date(p.availableFrom) : t("details.openEnded")} –{" "}
          {p.availableTo ? date(p.availableTo) : t("details.openEnded")}
        </Row>
        {p.locationApproximate && <Row label={t("details.locationApproximate")}>{t("yes")}</Row>}
        <Row label={t("details.illustrative")}>{t(p.illustrative ? "yes" : "no")}</Row>
      </dl>
      <p className="assumption">
        {t("details.convention", {
          density: num(densityOfSite(p, params), 2),
          avg: num(params.averageSoilDensityTPerM3, 2),
        })}
      </p>
      {others.length > 0 && (
        <details className="other-properties">
          <summary>{t("details.otherProperties")}</summary>
          <dl className="fields">
            {others.map(([k, v]) => (
              <Row key={k} label={k}>
                {asText(v)}
              </Row>
            ))}
          </dl>
        </details>
      )}
    </article>
  );
}

function MunicipalityText({ m, name }: { m: SiteMunicipality; name(code: string): string }) {
  const t = useT();
  const { num } = useFormat();
  const label = m.code ? `${name(m.code)} (${m.code})` : "–";
  switch (m.note) {
    case undefined:
      return <>{label}</>;
    case "derived":
      return (
        <>
          {label} <span className="muted">({t("details.municipalityNote.derived")})</span>
        </>
      );
    case "nearest":
      return (
        <>
          {label}{" "}
          <span className="muted">
            ({t("details.municipalityNote.nearest", { km: num(m.distanceKm ?? 0, 1) })})
          </span>
        </>
      );
    case "mismatch":
      return (
        <>
          {label}{" "}
          <span className="warning">
            ({t("details.municipalityNote.mismatch", { other: m.derivedCode ? name(m.derivedCode) : "?" })})
          </span>
        </>
      );
    case "outside":
      return (
        <>
          {label} <span className="warning">({t("details.municipalityNote.outside")})</span>
        </>
      );
  }
}
