/**
 * Ids for imported records that have none, in the style of the embedded sites
 * ("src-0101-nordhavn-metro"): kind, municipality code, the name as a slug. The same file
 * always gets the same ids, so importing it twice finds the duplicates.
 */
import type { SiteKind } from "../../domain/site";
import { normalizeWords } from "../mapping/normalize";

const PREFIX: Record<SiteKind, string> = { source: "src", receiver: "rcv", pit: "pit" };

/** Longest slug, characters: ids stay readable in tables and file names. */
const MAX_SLUG = 40;

export function slug(name: string): string {
  const words = normalizeWords(name).split(" ");
  let out = "";
  for (const w of words) {
    const next = out === "" ? w : `${out}-${w}`;
    if (next.length > MAX_SLUG) break;
    out = next;
  }
  return out || normalizeWords(name).slice(0, MAX_SLUG) || "site";
}

/** `base`, or `base-2`, `base-3` … whichever is not in `taken`; it then joins `taken`. */
export function freeId(base: string, taken: Set<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

/** A new id for a record without one: "src-0101-slug-of-the-name", made free of `taken`. */
export function newId(
  kind: SiteKind,
  municipalityCode: string | undefined,
  name: string,
  taken: Set<string>,
): string {
  return freeId([PREFIX[kind], municipalityCode, slug(name)].filter((p) => p !== undefined).join("-"), taken);
}
