import { SITE_KINDS, type SiteKind } from "../../domain/site";
import type { MessageKey } from "../../i18n/catalog";
import { useT } from "../../i18n/useT";
import { BASE_COLOURS } from "../../map/palette";
import { useViewStore } from "../../state/viewStore";
import { SiteSymbol } from "../SiteSymbol";

const LABEL: Record<SiteKind, MessageKey> = {
  source: "layers.source",
  receiver: "layers.receiver",
  pit: "layers.pit",
};

/** The map's key in presentation mode when no balance is shown: the site kinds on, and flows. */
export function MapKey({ showFlows }: { showFlows: boolean }) {
  const t = useT();
  const layers = useViewStore((s) => s.layers);
  return (
    <section className="balance-legend map-key" aria-labelledby="map-key-title">
      <h2 id="map-key-title">{t("legend.title")}</h2>
      <ul>
        {SITE_KINDS.filter((k) => layers[k]).map((kind) => (
          <li key={kind}>
            <SiteSymbol kind={kind} size={22} />
            <span>{t(LABEL[kind])}</span>
          </li>
        ))}
        {showFlows && (
          <>
            <li>
              <span className="swatch line" style={{ background: BASE_COLOURS.flowReuse }} />
              <span>{t("match.legend.reuse")}</span>
            </li>
            <li>
              <span className="swatch line dashed" style={{ borderColor: BASE_COLOURS.flowDisposal }} />
              <span>{t("match.legend.disposal")}</span>
            </li>
          </>
        )}
      </ul>
    </section>
  );
}
