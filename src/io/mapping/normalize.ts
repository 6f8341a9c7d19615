/**
 * Column names and words as people type them: "Mængde (m³)", "maengde", "MÆNGDE" are the same
 * word. Danish letters fold to their usual ASCII spellings (æ → ae, ø → oe, å → aa), other
 * accents are dropped, and anything that is not a letter or digit separates words.
 */

const FOLD: Record<string, string> = { æ: "ae", ø: "oe", å: "aa", ß: "ss", "³": "3", "²": "2" };

/** Lower-case words separated by single spaces: "Mængde (m³)" → "maengde m3". */
export function normalizeWords(text: string): string {
  return text
    .toLowerCase()
    .replace(/[æøåß³²]/g, (c) => FOLD[c] ?? c)
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/** The words run together: "Jord-klasse" → "jordklasse". */
export const compactName = (text: string) => normalizeWords(text).replace(/ /g, "");

/** The separate words: "Dato (til)" → ["dato", "til"]. */
export const wordsOf = (text: string) =>
  normalizeWords(text)
    .split(" ")
    .filter((w) => w !== "");
