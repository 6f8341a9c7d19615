/**
 * Cell rules both CSV directions share, so that export then import gives back what went out.
 *
 * Formula injection: a text cell starting with = + - @ tab or CR would run as a formula in
 * Excel, so it is written with a leading apostrophe (OWASP's advice); plain numbers such as
 * "-12,5" are numbers, not formulas, and stay as they are. Reading removes exactly one such
 * apostrophe, and writing adds one to text that already starts with apostrophes before such a
 * character, so every text survives.
 *
 * Extra properties (any JSON value) travel as text: a cell whose text is canonical JSON
 * (exactly what JSON.stringify writes: 12, true, null, "x", [1,2], {"a":1}) is read as that
 * value, any other text as a string, an empty cell as absent. Writing quotes a string as JSON
 * only when it would otherwise be read as something else.
 */

const FORMULA_START = /^[=+\-@\t\r]/;
const ESCAPED_FORMULA_START = /^'+[=+\-@\t\r]/;
const PLAIN_NUMBER = /^-?\d+([.,]\d+)?(e[-+]?\d+)?$/i;

export function escapeFormula(text: string): string {
  if (FORMULA_START.test(text) && !PLAIN_NUMBER.test(text)) return `'${text}`;
  return ESCAPED_FORMULA_START.test(text) ? `'${text}` : text;
}

export function unescapeFormula(cell: string): string {
  // Most cells do not start with an apostrophe: skip the regular expression for them.
  return cell.startsWith("'") && ESCAPED_FORMULA_START.test(cell) ? cell.slice(1) : cell;
}

// Only text starting like a JSON value can be canonical JSON: skips JSON.parse on plain words.
const JSON_START = /^[-\d"[{tfn]/;

function canonicalJson(text: string): { value: unknown } | undefined {
  if (!JSON_START.test(text)) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    return JSON.stringify(value) === text ? { value } : undefined;
  } catch {
    return undefined;
  }
}

/** An extra property's value from its cell text (already unescaped). */
export function extraFromCell(cell: unknown): unknown {
  if (typeof cell !== "string" || cell === "") return undefined;
  const json = canonicalJson(cell);
  return json === undefined ? cell : json.value;
}

/** An extra property's cell text (before formula escaping); undefined → empty cell. */
export function extraToCell(value: unknown): string {
  if (value === undefined) return "";
  if (typeof value === "string" && value !== "" && canonicalJson(value) === undefined) return value;
  return JSON.stringify(value);
}

/** A number for Danish Excel: decimal comma, no thousands separator ("-1234,5"). */
export const numberCell = (n: number) => String(n).replace(".", ",");

/** Quotes a cell when it holds the delimiter, a quote or a line break (RFC 4180). */
export function quoteCell(text: string, delimiter: string): string {
  return text.includes(delimiter) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
