/**
 * The match's flows as files: GeoJSON LineStrings (RFC 7946, WGS84, 6 decimals) from each
 * source's representative point to its receiver's.
 */
import type { Feature, FeatureCollection, LineString } from "geojson";
import type { MatchFlow } from "../domain/match";

export interface FlowEnds {
  point(id: string): [number, number] | undefined;
  name(id: string): string;
}

const round6 = (v: number) => Math.round(v * 1e6) / 1e6;

export function flowsToGeoJson(flows: readonly MatchFlow[], ends: FlowEnds): FeatureCollection<LineString> {
  const features: Feature<LineString>[] = [];
  for (const f of flows) {
    const a = ends.point(f.sourceId);
    const b = ends.point(f.receiverId);
    if (!a || !b) continue;
    features.push({
      type: "Feature",
      geometry: { type: "LineString", coordinates: [a.map(round6), b.map(round6)] },
      properties: {
        sourceId: f.sourceId,
        sourceName: ends.name(f.sourceId),
        receiverId: f.receiverId,
        receiverName: ends.name(f.receiverId),
        tonnes: f.tonnes,
        distanceKm: f.distanceKm,
        reuse: f.reuse,
      },
    });
  }
  return { type: "FeatureCollection", features };
}

/** A text cell for Danish Excel: quoted when needed, formula triggers neutralised. */
function textCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[;"\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A number with a decimal comma, no thousands separator (Excel reads it as a number). */
function numberCell(value: number, digits: number): string {
  return value.toFixed(digits).replace(".", ",");
}

/** The flows as CSV for Danish Excel: `;`-separated, decimal comma, UTF-8 with BOM. */
export function flowsToCsv(flows: readonly MatchFlow[], ends: FlowEnds): string {
  const header = ["kilde_id", "kilde", "modtager_id", "modtager", "tons", "afstand_km", "genbrug"];
  const lines = flows.map((f) =>
    [
      textCell(f.sourceId),
      textCell(ends.name(f.sourceId)),
      textCell(f.receiverId),
      textCell(ends.name(f.receiverId)),
      numberCell(f.tonnes, 3),
      numberCell(f.distanceKm, 3),
      f.reuse ? "ja" : "nej",
    ].join(";"),
  );
  return `\uFEFF${[header.join(";"), ...lines].join("\r\n")}\r\n`;
}
