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

/** The id a record without one is named after: "src-0101-slug-of-the-name". */
export function idBase(kind: SiteKind, municipalityCode: string | undefined, name: string): string {
  return [PREFIX[kind], municipalityCode, slug(name)].filter((p) => p !== undefined).join("-");
}

/**
 * Hands out ids free of `taken` (which it extends): `base`, else `base-2`, `base-3` … It
 * remembers the next number per base, so a file with 100,000 rows named "Vejarbejde" costs
 * linear time, not quadratic.
 */
export function idAllocator(taken: Set<string>): (base: string) => string {
  const next = new Map<string, number>();
  return (base) => {
    let n = next.get(base) ?? 1;
    let id = n === 1 ? base : `${base}-${n}`;
    while (taken.has(id)) id = `${base}-${++n}`;
    next.set(base, n + 1);
    taken.add(id);
    return id;
  };
}
