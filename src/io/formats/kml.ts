/**
 * KML (Google Earth, many web maps): placemarks with a name, a description and ExtendedData,
 * always in WGS84. Parsed with @xmldom/xmldom because a Web Worker has no DOMParser, then
 * turned into GeoJSON by @tmcw/togeojson. Styling properties togeojson derives (colours,
 * icons) are left out by default; the user can keep them in the mapping step.
 */
import { kml } from "@tmcw/togeojson";
import { DOMParser } from "@xmldom/xmldom";
import { UserError } from "../userError";
import { spread } from "./crs";
import { firstPosition, formatModule, type ParsedFile } from "./pipeline";
import { decodeText } from "./text";
import type { ImportInput } from "./types";

const STYLE_PROPERTIES = [
  "styleUrl",
  "styleHash",
  "styleMapHash",
  "stroke",
  "stroke-opacity",
  "stroke-width",
  "fill",
  "fill-opacity",
  "icon",
  "icon-color",
  "icon-opacity",
  "icon-scale",
  "icon-heading",
  "icon-offset",
  "icon-offset-units",
  "label-color",
  "label-opacity",
  "label-scale",
  "visibility",
];

function parseXml(text: string, fileName: string) {
  let first: string | undefined;
  try {
    // Errors stop parsing, not only fatal ones: a broken file is refused whole, not half read.
    return new DOMParser({
      onError: (level, message) => {
        if (level === "warning") return;
        first ??= message;
        throw new Error(message);
      },
    }).parseFromString(text, "text/xml");
  } catch (e) {
    throw new UserError(
      `${fileName} is not valid XML: ${first ?? (e instanceof Error ? e.message : String(e))}`,
    );
  }
}

async function parse(input: ImportInput): Promise<ParsedFile> {
  const { text, note } = decodeText(input.bytes, input.fileName);
  const doc = parseXml(text, input.fileName);
  if (doc.documentElement?.nodeName !== "kml") throw new UserError(`${input.fileName} is XML but not KML.`);
  // xmldom's Document implements what togeojson reads (getElementsByTagName, childNodes, textContent).
  const collection = kml(doc as unknown as Document);
  const features = collection.features;
  if (features.length === 0)
    throw new UserError(`${input.fileName} holds no placemarks: there is nothing to import.`);
  const columns = [...new Set(features.flatMap((f) => Object.keys(f.properties ?? {})))];
  return {
    source: {
      fileName: input.fileName,
      label: "placemark",
      columns,
      count: features.length,
      at: (i) => ({
        position: i + 1,
        values: features[i]?.properties ?? {},
        geometry: features[i]?.geometry,
      }),
      notes: note === undefined ? [] : [note],
    },
    declared: { crs: "EPSG:4326", by: "KML (always WGS84)" },
    positions: () =>
      spread(features)
        .map((f) =>
          firstPosition(f.geometry && "coordinates" in f.geometry ? f.geometry.coordinates : undefined),
        )
        .filter((p) => p !== undefined),
    textTable: false,
    decimal: ".",
    ignoreByDefault: STYLE_PROPERTIES,
  };
}

export const kmlFormat = formatModule("kml", [".kml"], parse);
