import type { SiteKind } from "../domain/site";
import { SITE_COLOURS, SITE_SHAPES } from "../map/palette";

/** The map symbol of a site kind, for legends and lists (same shape and colour as the map). */
export function SiteSymbol({ kind, size = 16 }: { kind: SiteKind; size?: number }) {
  const fill = SITE_COLOURS[kind];
  const common = { fill, stroke: "#141414", strokeWidth: 1.5 };
  return (
    <svg width={size} height={size} viewBox="0 0 16 16" aria-hidden="true" className="site-symbol">
      {SITE_SHAPES[kind] === "circle" && <circle cx="8" cy="8" r="6" {...common} />}
      {SITE_SHAPES[kind] === "square" && <rect x="2.5" y="2.5" width="11" height="11" {...common} />}
      {SITE_SHAPES[kind] === "triangle" && <polygon points="8,1.5 14.5,13.5 1.5,13.5" {...common} />}
    </svg>
  );
}
