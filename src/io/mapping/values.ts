/**
 * Cell values to schema values. Each reader returns the value or a reason a planner can act on;
 * the caller reports the reason with the row and the field. Text cells come from Danish Excel
 * and GIS exports: decimal commas, dd-mm-yyyy dates, "ja"/"nej", "klasse 2", "knust beton".
 */
import { type Material, SOIL_CLASSES, type SoilClass } from "../../domain/materials";
import type { MunicipalityArea } from "../../domain/municipality";
import type { FieldMapping } from "./fieldMapping";
import { compactName, normalizeWords } from "./normalize";
import {
  FALSE_WORDS,
  KIND_WORDS,
  MATERIAL_WORDS,
  RECEIVER_TYPE_WORDS,
  STATUS_WORDS,
  TRUE_WORDS,
  UNIT_WORDS,
  type WordTable,
} from "./words";

export type Read<T> = { value: T } | { reason: string };

const ok = <T>(value: T): Read<T> => ({ value });
const bad = (reason: string): Read<never> => ({ reason });

/** Empty means absent: undefined, null, or text of only white space. */
export const isBlank = (v: unknown) =>
  v === undefined || v === null || (typeof v === "string" && v.trim() === "");

const show = (v: unknown) => (typeof v === "string" ? `"${v}"` : (JSON.stringify(v) ?? String(v)));

// Thousands separators are dropped only in full groups of three, so "12.5" is never 125.
const NUMBER_FORMS = {
  ",": [/^[-+]?\d+(,\d+)?(e[-+]?\d+)?$/i, /^[-+]?\d{1,3}(\.\d{3})+(,\d+)?$/],
  ".": [/^[-+]?\d+(\.\d+)?(e[-+]?\d+)?$/i, /^[-+]?\d{1,3}(,\d{3})+(\.\d+)?$/],
} as const;

/** A number, from a JSON number or from text written with the mapping's decimal mark. */
export function readNumber(v: unknown, decimal: "," | "."): Read<number> {
  if (typeof v === "number") return Number.isFinite(v) ? ok(v) : bad(`${v} is not a finite number`);
  if (typeof v !== "string") return bad(`${show(v)} is not a number`);
  // Spaces (also no-break and narrow no-break) group thousands in Danish; U+2212 is a minus.
  const s = v
    .trim()
    .replace(/[\s\u00a0\u202f]/g, "")
    .replace("\u2212", "-");
  const [plain, grouped] = NUMBER_FORMS[decimal];
  const thousands = decimal === "," ? "." : ",";
  let text: string | undefined;
  if (plain.test(s)) text = s;
  else if (grouped.test(s)) text = s.split(thousands).join("");
  if (text === undefined) {
    const hint = s.includes(thousands) ? ` (the decimal mark is "${decimal}")` : "";
    return bad(`${show(v)} is not a number${hint}`);
  }
  const n = Number(decimal === "," ? text.replace(",", ".") : text);
  // -0 is written "0" and means the same; keep exports and equality simple.
  return Number.isFinite(n) ? ok(n === 0 ? 0 : n) : bad(`${show(v)} is out of range`);
}

const COMMA_DECIMAL = /^-?(\d+|\d{1,3}(\.\d{3})+),\d+$/;
const DOT_DECIMAL = /^-?(\d+|\d{1,3}(,\d{3})+)\.\d+$/;
// "1,234" and "1.234" may be a thousands group in the other convention: no evidence either way.
const GROUPED = /^-?\d{1,3}[.,]\d{3}$/;

/** The decimal mark text cells use: the commoner of "12,5" and "12.5", else `fallback`. */
export function guessDecimal(cells: Iterable<unknown>, fallback: "," | "."): "," | "." {
  let comma = 0;
  let dot = 0;
  for (const cell of cells) {
    if (typeof cell !== "string") continue;
    const c = cell.trim();
    if (GROUPED.test(c)) continue;
    if (COMMA_DECIMAL.test(c)) comma++;
    else if (DOT_DECIMAL.test(c)) dot++;
  }
  if (comma === dot) return fallback;
  return comma > dot ? "," : ".";
}

const pad2 = (n: number | string) => String(n).padStart(2, "0");

function calendarDate(y: number, m: number, d: number, raw: unknown): Read<string> {
  const iso = `${String(y).padStart(4, "0")}-${pad2(m)}-${pad2(d)}`;
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(iso)
    ? ok(iso)
    : bad(`${show(raw)} is not a calendar date`);
}

/** An ISO date yyyy-mm-dd from ISO text or Danish d-m-yyyy (also with . or /). */
export function readDate(v: unknown): Read<string> {
  if (typeof v !== "string") return bad(`${show(v)} is not a date`);
  const s = v.trim();
  // A time after the date (Excel writes "01-03-2027 00:00") carries nothing the schema keeps.
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$/.exec(s);
  if (iso) return calendarDate(Number(iso[1]), Number(iso[2]), Number(iso[3]), v);
  const dmy = /^(\d{1,2})[-./](\d{1,2})[-./](\d{4})(?: .*)?$/.exec(s);
  if (dmy) return calendarDate(Number(dmy[3]), Number(dmy[2]), Number(dmy[1]), v);
  return bad(`${show(v)} is not a date (expected yyyy-mm-dd or dd-mm-yyyy)`);
}

export function readBoolean(v: unknown): Read<boolean> {
  if (typeof v === "boolean") return ok(v);
  const word = typeof v === "number" || typeof v === "string" ? compactName(String(v)) : "";
  if (TRUE_WORDS.has(word)) return ok(true);
  if (FALSE_WORDS.has(word)) return ok(false);
  return bad(`${show(v)} is not yes/no (ja/nej, true/false, 1/0)`);
}

const isClass = (n: number): n is SoilClass => (SOIL_CLASSES as readonly number[]).includes(n);

/** A contamination class 0-4: 2, "2", "klasse 2", "kl. 2", "K2". */
export function readSoilClass(v: unknown): Read<SoilClass> {
  if (typeof v === "number") return isClass(v) ? ok(v) : bad(`${v} is not a class 0-4`);
  // On words, not the compact form: "0-1" must not run together into "01".
  const m = typeof v === "string" ? /^(?:klasse|kl|k|class)? ?(\d+)$/.exec(normalizeWords(v)) : null;
  const n = m ? Number(m[1]) : Number.NaN;
  return isClass(n) ? ok(n) : bad(`${show(v)} is not a single class 0-4`);
}

/** Splits a list cell: a JSON array, or text such as "0, 1", "ler og sand", "0-2". */
function listItems(v: unknown): Read<unknown[]> {
  if (Array.isArray(v)) return ok(v);
  if (typeof v !== "string") return ok([v]);
  const s = v.trim();
  if (s.startsWith("[")) {
    try {
      const parsed: unknown = JSON.parse(s);
      if (Array.isArray(parsed)) return ok(parsed);
    } catch {
      // Not JSON after all: read it as words below.
    }
  }
  return ok(
    s
      .split(/[,;/|+&]|\s(?:og|and)\s/i)
      .map((part) => part.trim())
      .filter((part) => part !== ""),
  );
}

/** Classes a receiver accepts: [0, 1], "0, 1", "klasse 0-2", "[]". Order kept as written. */
export function readSoilClasses(v: unknown): Read<SoilClass[]> {
  const items = listItems(v);
  if ("reason" in items) return items;
  const out: SoilClass[] = [];
  for (const item of items.value) {
    const range =
      typeof item === "string" ? /^(?:klasse|kl\.?|k|class)?\s*([0-4])\s*[-–]\s*([0-4])$/i.exec(item) : null;
    if (range) {
      for (let c = Number(range[1]); c <= Number(range[2]); c++) out.push(c as SoilClass);
      continue;
    }
    const one = readSoilClass(item);
    if ("reason" in one) return one;
    out.push(one.value);
  }
  return ok(out);
}

/** Looks a word up: the user's value map first, then the exact built-in words, then stems. */
function lookup<T extends string>(
  raw: unknown,
  user: ReadonlyMap<string, T>,
  table: WordTable<T>,
  what: string,
  resolveMany?: (found: T[]) => T | undefined,
): Read<T> {
  if (typeof raw !== "string") return bad(`${show(raw)} is not a known ${what}`);
  const word = compactName(raw);
  const mine = user.get(word);
  if (mine !== undefined) return ok(mine);
  if (Object.hasOwn(table.exact, word)) return ok(table.exact[word] as T);
  const found = [...new Set(table.stems.filter(([stem]) => word.includes(stem)).map(([, v]) => v))];
  const [only, ...more] = found;
  if (only !== undefined && more.length === 0) return ok(only);
  const chosen = found.length > 1 ? resolveMany?.(found) : undefined;
  if (chosen !== undefined) return ok(chosen);
  const why = found.length > 1 ? `is ambiguous (${found.join(", ")})` : `is not a known ${what}`;
  return bad(`${show(raw)} ${why}: add it to the ${what} words of the mapping`);
}

/** Reads the mapping's value maps once, keyed the way cells are compared. */
function userWords<T extends string>(map: Record<string, T> | undefined): Map<string, T> {
  return new Map(Object.entries(map ?? {}).map(([k, v]) => [compactName(k), v]));
}

/** The word readers of one mapping (and the municipality names, when boundaries are given). */
export function vocabulary(mapping: FieldMapping, areas: readonly MunicipalityArea[] = []) {
  const materials = userWords(mapping.values.material);
  const kinds = userWords(mapping.values.kind);
  const statuses = userWords(mapping.values.status);
  const receiverTypes = userWords(mapping.values.receiverType);
  const municipalities = new Map(areas.map((a) => [compactName(a.name), a.code]));
  // "Blandet ler og sand" names several soils; the word "blandet" says it is a mix.
  const mixed = (found: Material[]) => (found.includes("mixed") ? "mixed" : undefined);
  const material = (v: unknown) => lookup(v, materials, MATERIAL_WORDS, "material", mixed);
  return {
    material,
    materials(v: unknown): Read<Material[]> {
      const items = listItems(v);
      if ("reason" in items) return items;
      const out: Material[] = [];
      for (const item of items.value) {
        const one = material(item);
        if ("reason" in one) return one;
        out.push(one.value);
      }
      return ok(out);
    },
    kind: (v: unknown) => lookup(v, kinds, KIND_WORDS, "kind"),
    status: (v: unknown) => lookup(v, statuses, STATUS_WORDS, "status"),
    receiverType: (v: unknown) => lookup(v, receiverTypes, RECEIVER_TYPE_WORDS, "receiver type"),
    unit(v: unknown): Read<"m3" | "t"> {
      const word = typeof v === "string" ? compactName(v) : "";
      return Object.hasOwn(UNIT_WORDS, word)
        ? ok(UNIT_WORDS[word] as "m3" | "t")
        : bad(`${show(v)} is not m3 or t`);
    },
    /** A 4-digit code from 101, "101", "0101", or a name ("Københavns Kommune") when boundaries are known. */
    municipalityCode(v: unknown): Read<string> {
      const text = typeof v === "number" ? String(v) : typeof v === "string" ? v.trim() : "";
      if (/^\d{1,4}$/.test(text)) return ok(text.padStart(4, "0"));
      const name = compactName(text).replace(/kommunes?$/, "");
      const code = municipalities.get(name) ?? municipalities.get(name.replace(/s$/, ""));
      if (code !== undefined) return ok(code);
      return bad(
        municipalities.size === 0
          ? `${show(v)} is not a municipality code (4 digits)`
          : `${show(v)} is neither a municipality code nor a municipality name`,
      );
    },
  };
}

export type Vocabulary = ReturnType<typeof vocabulary>;
