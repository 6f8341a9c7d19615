/** Looks up a message and fills its {placeholders}; numbers are formatted for the language. */
import { CATALOGS, type Language, type MessageKey } from "./catalog";

export type Vars = Record<string, string | number>;

const LOCALES: Record<Language, string> = { da: "da-DK", en: "en-GB" };

export function formatNumber(lang: Language, value: number, maximumFractionDigits = 0): string {
  return new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits }).format(value);
}

export function formatDate(lang: Language, iso: string): string {
  return new Intl.DateTimeFormat(LOCALES[lang], { dateStyle: "medium", timeZone: "UTC" }).format(
    new Date(`${iso}T00:00:00Z`),
  );
}

export function translate(lang: Language, key: MessageKey, vars: Vars = {}): string {
  const template: string = CATALOGS[lang][key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const v = vars[name];
    if (v === undefined) return whole;
    return typeof v === "number" ? formatNumber(lang, v, 1) : v;
  });
}
