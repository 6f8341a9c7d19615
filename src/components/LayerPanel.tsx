import { useId } from "react";
import { SITE_KINDS, type SiteKind } from "../domain/site";
import type { MessageKey } from "../i18n/catalog";
import { useT } from "../i18n/useT";
import type { ImportInput } from "../io/formats/types";
import { BASE_COLOURS } from "../map/palette";
import { useViewStore } from "../state/viewStore";
import { RemoteLayers } from "./RemoteLayers";
import { SiteSymbol } from "./SiteSymbol";

const LABEL: Record<SiteKind, MessageKey> = {
  source: "layers.source",
  receiver: "layers.receiver",
  pit: "layers.pit",
};

/**
 * Layer toggles with counts, layers from an address (`onImportRemote` takes one into the import
 * dialog; without it there is no workspace to import into), and the legend.
 */
export function LayerPanel({
  counts,
  showFlows,
  onImportRemote,
}: {
  counts: Record<SiteKind, number>;
  showFlows: boolean;
  onImportRemote?: ((input: ImportInput) => void) | undefined;
}) {
  const t = useT();
  const layers = useViewStore((s) => s.layers);
  const toggleLayer = useViewStore((s) => s.toggleLayer);
  const headingId = useId();
  const legendId = useId();
  return (
    <>
      <section className="panel-section" aria-labelledby={headingId}>
        <h2 id={headingId}>{t("layers.title")}</h2>
        <ul className="layer-list">
          {SITE_KINDS.map((kind) => (
            <li key={kind}>
              <label>
                <input type="checkbox" checked={layers[kind]} onChange={() => toggleLayer(kind)} />
                <SiteSymbol kind={kind} />
                <span>{t(LABEL[kind])}</span>
                <span className="count">{t("layers.count", { count: String(counts[kind]) })}</span>
              </label>
            </li>
          ))}
        </ul>
      </section>
      <RemoteLayers onImport={onImportRemote} />
      <section className="panel-section legend" aria-labelledby={legendId}>
        <h2 id={legendId}>{t("legend.title")}</h2>
        <ul>
          <li>
            <span className="swatch" style={{ background: BASE_COLOURS.regionMunicipality }} />
            {t("legend.regionMunicipality")}
          </li>
          <li>
            <span className="swatch" style={{ background: BASE_COLOURS.otherMunicipality }} />
            {t("legend.otherMunicipality")}
          </li>
          <li>
            <span className="swatch line" style={{ background: BASE_COLOURS.fitLine }} />
            {t("legend.fitLine")}
          </li>
          {showFlows && (
            <>
              <li>
                <span className="swatch line" style={{ background: BASE_COLOURS.flowReuse }} />
                {t("match.legend.reuse")}
              </li>
              <li>
                <span className="swatch line dashed" style={{ borderColor: BASE_COLOURS.flowDisposal }} />
                {t("match.legend.disposal")}
              </li>
            </>
          )}
          <li className="legend-sizes">
            <SiteSymbol kind="source" size={9} />
            <SiteSymbol kind="source" size={15} />
            <SiteSymbol kind="source" size={24} />
            {t("legend.size")}
          </li>
        </ul>
      </section>
    </>
  );
}
