/**
 * The attribute table's columns: how each shows a site's property, what it sorts by, and how
 * an edited cell's text becomes the property's new value. Pure; the component supplies the
 * translation and formatting.
 */
import { MATERIALS, type Material, SOIL_CLASSES } from "../../domain/materials";
import {
  RECEIVER_TYPES,
  type ReceiverType,
  SITE_KINDS,
  SITE_STATUSES,
  type SiteKind,
  type SiteProperties,
  type SiteStatus,
} from "../../domain/site";
import type { MessageKey } from "../../i18n/catalog";
import type { Vars } from "../../i18n/translate";

export type Translate = (key: MessageKey, vars?: Vars) => string;

export interface CellFormat {
  t: Translate;
  municipalityName(code: string): string;
  num(value: number): string;
  date(iso: string): string;
}

export type Editor =
  | { type: "text"; optional: boolean }
  | { type: "number" }
  | { type: "date" }
  | {
      type: "select";
      options: readonly string[];
      /** Offers "none", which removes the property. */
      optional: boolean;
      optionLabel(value: string, t: Translate): string;
    };

export interface Column {
  field: keyof SiteProperties & string;
  label: MessageKey;
  numeric: boolean;
  text(p: SiteProperties, f: CellFormat): string;
  /** Numbers and dates sort by value; the rest by the text shown, so the order is what one reads. */
  sortKey(p: SiteProperties, f: CellFormat): string | number | undefined;
  editor: Editor;
  /** §52 only means something for a pit. */
  editable(p: SiteProperties): boolean;
}

const always = () => true;
const byText = (column: Pick<Column, "text">) => (p: SiteProperties, f: CellFormat) =>
  column.text(p, f) || undefined;

function labelled<V extends string>(
  field: Column["field"],
  label: MessageKey,
  options: readonly V[],
  key: (value: V) => MessageKey,
  optional: boolean,
): Column {
  const text = (p: SiteProperties, f: CellFormat) => {
    const v = p[field];
    return typeof v === "string" ? f.t(key(v as V)) : "";
  };
  return {
    field,
    label,
    numeric: false,
    text,
    sortKey: byText({ text }),
    editor: { type: "select", options, optional, optionLabel: (v, t) => t(key(v as V)) },
    editable: always,
  };
}

function date(field: "availableFrom" | "availableTo", label: MessageKey): Column {
  return {
    field,
    label,
    numeric: false,
    text: (p, f) => (p[field] ? f.date(p[field]) : ""),
    // ISO dates order as text; the formatted ones shown do not.
    sortKey: (p) => p[field],
    editor: { type: "date" },
    editable: always,
  };
}

function municipalityText(p: SiteProperties, f: CellFormat): string {
  const code = p.municipalityCode;
  if (!code) return "";
  const name = f.municipalityName(code);
  return name && name !== code ? `${name} (${code})` : code;
}

export const COLUMNS: readonly Column[] = [
  {
    field: "name",
    label: "table.col.name",
    numeric: false,
    text: (p) => p.name,
    sortKey: (p) => p.name,
    editor: { type: "text", optional: false },
    editable: always,
  },
  labelled("kind", "details.kind", SITE_KINDS, (v: SiteKind) => `kind.${v}`, false),
  {
    field: "municipalityCode",
    label: "details.municipality",
    numeric: false,
    text: municipalityText,
    sortKey: byText({ text: municipalityText }),
    editor: { type: "text", optional: true },
    editable: always,
  },
  labelled("material", "details.material", MATERIALS, (v: Material) => `material.${v}`, true),
  {
    field: "soilClass",
    label: "details.soilClass",
    numeric: true,
    text: (p) => (p.soilClass === undefined ? "" : String(p.soilClass)),
    sortKey: (p) => p.soilClass,
    editor: {
      type: "select",
      options: SOIL_CLASSES.map(String),
      optional: true,
      optionLabel: (v, t) => t("class.label", { class: v }),
    },
    editable: always,
  },
  {
    field: "quantity",
    label: "table.col.quantity",
    numeric: true,
    text: (p, f) => f.num(p.quantity),
    sortKey: (p) => p.quantity,
    editor: { type: "number" },
    editable: always,
  },
  labelled("unit", "table.col.unit", ["m3", "t"], (v: "m3" | "t") => `units.${v}`, false),
  labelled("status", "details.status", SITE_STATUSES, (v: SiteStatus) => `status.${v}`, true),
  date("availableFrom", "table.col.from"),
  date("availableTo", "table.col.to"),
  labelled(
    "receiverType",
    "details.receiverType",
    RECEIVER_TYPES,
    (v: ReceiverType) => `receiverType.${v}`,
    true,
  ),
  {
    field: "section52Dispensation",
    label: "details.section52",
    numeric: false,
    text: (p, f) => (p.kind === "pit" ? f.t(p.section52Dispensation ? "yes" : "no") : ""),
    sortKey: (p, f) => (p.kind === "pit" ? f.t(p.section52Dispensation ? "yes" : "no") : undefined),
    editor: {
      type: "select",
      options: ["true", "false"],
      optional: true,
      optionLabel: (v, t) => t(v === "true" ? "yes" : "no"),
    },
    editable: (p) => p.kind === "pit",
  },
];

/**
 * A number as typed: one decimal separator, comma or point, and no thousands separators
 * ("1.234" would mean 1234 to a Dane and 1.234 to others, so a lone point is always decimal and
 * "1.234,5" is refused rather than guessed). Spaces are ignored. Null when it is not a number.
 */
export function parseDecimal(text: string): number | null {
  const s = text.replace(/[\s\u00a0\u202f]/g, "");
  if (!/^[-+]?(\d+([.,]\d*)?|[.,]\d+)$/.test(s)) return null;
  return Number(s.replace(",", "."));
}

const plain = new Intl.NumberFormat("en-US", { useGrouping: false, maximumFractionDigits: 20 });

/** The editor's starting text: the raw value, with the language's decimal separator. */
export function editText(p: SiteProperties, column: Column, decimalSeparator: "," | "."): string {
  const v = p[column.field];
  if (v === undefined) return "";
  if (column.editor.type === "number" && typeof v === "number")
    return plain.format(v).replace(".", decimalSeparator);
  return String(v);
}

export type ParsedEdit = { ok: true; value: unknown } | { ok: false; error: MessageKey };

/** The property value an editor's text stands for; `undefined` removes the property. */
export function parseEdit(column: Column, text: string): ParsedEdit {
  const editor = column.editor;
  switch (editor.type) {
    case "number": {
      const value = parseDecimal(text);
      return value === null ? { ok: false, error: "table.edit.number" } : { ok: true, value };
    }
    case "date":
      return { ok: true, value: text || undefined };
    case "text":
      // Optional text (the municipality code) is trimmed and removed when blank; the name is
      // passed as typed and the schema judges it.
      return { ok: true, value: editor.optional ? text.trim() || undefined : text };
    case "select":
      if (text === "") return { ok: true, value: undefined };
      if (column.field === "soilClass") return { ok: true, value: Number(text) };
      if (column.field === "section52Dispensation") return { ok: true, value: text === "true" };
      return { ok: true, value: text };
  }
}
