/**
 * The match's flows as files: GeoJSON LineStrings (RFC 7946, WGS84, 6 decimals) from each
 * source's representative point to its receiver's.
 */
import type { Feature, FeatureCollection, LineString } from "geojson";
import type { MatchFlow } from "../domain/match";
import { escapeFormula, numberCell, quoteCell } from "./formats/csvCells";

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

const textCell = (value: string) => quoteCell(escapeFormula(value), ";");
// Three decimals: tonnes to the kilogram, kilometres to the metre.
const numberCell3 = (value: number) => numberCell(Number(value.toFixed(3)));

/** The flows as CSV for Danish Excel: `;`-separated, decimal comma, UTF-8 with BOM. */
export function flowsToCsv(flows: readonly MatchFlow[], ends: FlowEnds): string {
  const header = ["kilde_id", "kilde", "modtager_id", "modtager", "tons", "afstand_km", "genbrug"];
  const lines = flows.map((f) =>
    [
      textCell(f.sourceId),
      textCell(ends.name(f.sourceId)),
      textCell(f.receiverId),
      textCell(ends.name(f.receiverId)),
      numberCell3(f.tonnes),
      numberCell3(f.distanceKm),
      f.reuse ? "ja" : "nej",
    ].join(";"),
  );
  return `\uFEFF${[header.join(";"), ...lines].join("\r\n")}\r\n`;
}
