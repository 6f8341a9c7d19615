/**
 * The CSV syntax Danish Excel reads and writes: `;` between fields (the comma is the decimal
 * separator), `"` quoting with `""` for a quote, CRLF line ends, a UTF-8 byte-order mark so Excel
 * detects the encoding, and numbers with a decimal comma.
 */

export const SEPARATOR = ";";
export const BOM = "\uFEFF";
export const LINE_END = "\r\n";

export interface CsvField {
  text: string;
  /** Quoted fields keep their text verbatim; unquoted ones are trimmed. */
  quoted: boolean;
}

export interface CsvRow {
  /** 1-based line number where the row starts, as Excel numbers its rows. */
  line: number;
  fields: CsvField[];
}

/** Splits CSV text into rows, counting lines (a quoted line break stays in its field). */
export function parseCsvRows(text: string): CsvRow[] {
  const src = text.startsWith(BOM) ? text.slice(1) : text;
  const rows: CsvRow[] = [];
  let line = 1;
  let rowLine = 1;
  let fields: CsvField[] = [];
  let field = "";
  let quoted = false;
  let inQuotes = false;
  const endField = () => {
    fields.push({ text: quoted ? field : field.trim(), quoted });
    field = "";
    quoted = false;
  };
  const endRow = () => {
    endField();
    rows.push({ line: rowLine, fields });
    fields = [];
  };
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (inQuotes) {
      if (c === '"' && src[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') inQuotes = false;
      else {
        field += c;
        // "\r\n" is one line break.
        if (c === "\n" || (c === "\r" && src[i + 1] !== "\n")) line++;
      }
    } else if (c === '"' && !quoted && field.trim() === "") {
      inQuotes = true;
      quoted = true;
      field = "";
    } else if (c === SEPARATOR) endField();
    else if (c === "\r" || c === "\n") {
      if (c === "\r" && src[i + 1] === "\n") i++;
      endRow();
      line++;
      rowLine = line;
    } else if (!quoted) field += c; // text after a closing quote is dropped, as Excel does
  }
  if (field !== "" || quoted || fields.length > 0) endRow();
  return rows;
}

/** One field as CSV: quoted when it holds a separator, quote, line break or edge whitespace. */
export function csvField(text: string): string {
  return /[;"\r\n]|^\s|\s$/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * Free text as a spreadsheet cell: a leading = + - @ or ' gets a ' in front, so Excel shows
 * text rather than running a formula (CSV injection); `cellText` removes it again.
 */
export function safeText(text: string): string {
  return /^[=+\-@'\t\r]/.test(text) ? `'${text}` : text;
}

export function cellText(text: string): string {
  return text.startsWith("'") ? text.slice(1) : text;
}

/** A number with a decimal comma, as Danish Excel writes it ("12345,5", or "1e+21" when huge). */
export function formatNumber(n: number): string {
  return String(n).replace(".", ",");
}

/**
 * A number with a decimal comma and optional thousands separators ("12.345,5", "12 345,5",
 * "12345,5", "1,5E-07"); undefined otherwise. A dot alone is ambiguous (1.500 is fifteen hundred
 * in Danish) so "1.5" is refused rather than guessed.
 */
export function parseNumber(text: string): number | undefined {
  const s = text.replace(/[\s\u00a0]/g, "");
  const exponent = "(?:[eE][+-]?\\d+)?";
  let plain: string | undefined;
  if (new RegExp(`^-?\\d{1,3}(\\.\\d{3})+(,\\d+)?${exponent}$`).test(s)) plain = s.replaceAll(".", "");
  else if (new RegExp(`^-?\\d+(,\\d+)?${exponent}$`).test(s)) plain = s;
  if (plain === undefined) return undefined;
  const n = Number(plain.replace(",", "."));
  return Number.isFinite(n) ? n : undefined;
}
