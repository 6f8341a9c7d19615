/**
 * Bytes to text for the text formats, and the size limit for every import. Files come from
 * Danish GIS and Excel: UTF-8 with or without a BOM, UTF-16 from Excel's "Unicode text", and
 * older Latin-1 (Windows-1252) exports, which are told apart by UTF-8 validity.
 */
import { UserError } from "../userError";

/** Largest file accepted, bytes: a 200 MB GeoJSON needs about 1-2 GB of heap once parsed. */
export const MAX_IMPORT_BYTES = 200 * 1024 * 1024;

export const formatMegabytes = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

/** Refuses a file over the limit, naming it and its size. */
export function checkSize(bytes: Uint8Array, fileName: string, limit = MAX_IMPORT_BYTES): void {
  if (bytes.byteLength > limit)
    throw new UserError(
      `${fileName} is ${formatMegabytes(bytes.byteLength)}; files up to ${formatMegabytes(limit)} can be imported. ` +
        "Split it (for example one file per municipality) and import the parts.",
    );
}

export type TextEncoding = "UTF-8" | "UTF-16LE" | "UTF-16BE" | "Latin-1";

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
  /** A note for the user when the encoding was not plain UTF-8. */
  note?: string;
}

// Windows-1252 differs from ISO-8859-1 only in 0x80-0x9F; Node's TextDecoder("windows-1252")
// decodes those as C1 controls while browsers give € and curly quotes, so the table is ours.
// Unassigned bytes (0x81, 0x8D, 0x8F, 0x90, 0x9D) stay as their C1 code points, as in browsers.
const CP1252_80_9F =
  "\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f" +
  "\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178";

/** Windows-1252 (what Danish Windows programs call Latin-1) to text, the same in Node and browsers. */
export function decodeWindows1252(bytes: Uint8Array): string {
  const chunks: string[] = [];
  // In chunks: String.fromCharCode takes its bytes as arguments, and arguments are limited.
  const CHUNK = 8192;
  for (let i = 0; i < bytes.length; i += CHUNK) {
    const part = bytes.subarray(i, i + CHUNK);
    chunks.push(String.fromCharCode(...part));
  }
  return chunks.join("").replace(/[\x80-\x9f]/g, (c) => CP1252_80_9F[c.charCodeAt(0) - 0x80] as string);
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/** Decodes a text file; refuses an empty one (nothing to import is a user's mistake to hear about). */
export function decodeText(bytes: Uint8Array, fileName: string): DecodedText {
  checkSize(bytes, fileName);
  if (bytes.byteLength === 0) throw new UserError(`${fileName} is empty (0 bytes).`);
  if (startsWith(bytes, [0xef, 0xbb, 0xbf]))
    return { text: new TextDecoder("utf-8").decode(bytes.subarray(3)), encoding: "UTF-8" };
  if (startsWith(bytes, [0xff, 0xfe]))
    return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), encoding: "UTF-16LE" };
  if (startsWith(bytes, [0xfe, 0xff]))
    return { text: new TextDecoder("utf-16be").decode(bytes.subarray(2)), encoding: "UTF-16BE" };
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "UTF-8" };
  } catch {
    // Not valid UTF-8: an older Windows export, in Windows-1252 (Latin-1 plus €, – and the
    // curly quotes Excel writes).
    return {
      text: decodeWindows1252(bytes),
      encoding: "Latin-1",
      note: "encoding Latin-1 (Windows-1252): the file is not valid UTF-8",
    };
  }
}
