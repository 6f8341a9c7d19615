/**
 * Remaining capacity of receivers and dispensed pits over the years: large receivers compete
 * for the same soil (domain.md, "Lessons"), so the app shows how fast each fills.
 *
 * Intake assumption, in order of precedence (docs/forecasts.md):
 * 1. flows given (a match result): a site takes exactly its flows, each spread evenly over the
 *    overlap of its source's window and the site's window; a site without flows takes nothing;
 * 2. an intake rate (option by site id, else the site's own `intakeTonnesPerYear` property),
 *    t/yr, through the site's window;
 * 3. otherwise the capacity spreads evenly over the window, so the site is full at its end;
 * 4. a window without an end and no rate: the pace is unknown, nothing is assumed taken.
 * An open start means "receiving now": the first year asked. Under 1 and 2 an open end is
 * closed at the last year asked. Remaining capacity never drops below 0; intake beyond it is
 * reported as excess. Capacity in m³ converts with the average soil density (project convention).
 */
import { canReceive } from "../compatibility";
import type { Site } from "../site";
import { quantityTonnes } from "../units";
import type { Densities } from "./amounts";

export interface CapacityFlow {
  receiverId: string;
  tonnes: number;
  /** The source's window, ISO yyyy-mm-dd inclusive; absent = open. */
  sourceFrom?: string;
  sourceTo?: string;
}

export interface RemainingCapacityOptions {
  /** A match result's flows; when given, they are the only intake. */
  flows?: readonly CapacityFlow[];
  /** Intake per site id, t/yr; wins over the site's `intakeTonnesPerYear` property. */
  intakeTonnesPerYear?: Readonly<Record<string, number>>;
  /** Only sites with at least this capacity, t ("the big ones"); default all. */
  minCapacityTonnes?: number;
  densities?: Densities;
}

export type IntakeBasis = "flows" | "rate" | "even_spread" | "unknown";

export interface CapacityYear {
  year: number;
  /** Taken during the year, t. */
  intakeTonnes: number;
  /** Left at the end of the year, t (≥ 0). */
  remainingTonnes: number;
  /** The site's window touches the year. */
  receiving: boolean;
}

export interface SiteCapacitySeries {
  siteId: string;
  name: string;
  kind: "receiver" | "pit";
  municipalityCode?: string;
  capacityTonnes: number;
  basis: IntakeBasis;
  years: CapacityYear[];
  /** First year asked that ends with the site full. */
  fullInYear?: number;
  /** Intake beyond the capacity by the end of the last year asked, t (flows or a rate that overfill). */
  excessTonnes: number;
}

const MS_PER_DAY = 86_400_000;

/** Day number (days since 1970-01-01) of an ISO date; undefined when absent or not a date. */
function dayOf(iso: string | undefined): number | undefined {
  const m = iso === undefined ? null : /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return undefined;
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return Number.isNaN(t) ? undefined : t / MS_PER_DAY;
}

const firstDay = (year: number) => Date.UTC(year, 0, 1) / MS_PER_DAY;
const lastDay = (year: number) => Date.UTC(year, 11, 31) / MS_PER_DAY;
const yearOfDay = (day: number) => new Date(day * MS_PER_DAY).getUTCFullYear();

/** Intake spread over the closed day interval [from, to], either a total or a yearly rate. */
type Stream = { from: number; to: number } & ({ tonnes: number } | { tonnesPerYear: number });

function overlapDays(from: number, to: number, year: number): number {
  return Math.max(0, Math.min(to, lastDay(year)) - Math.max(from, firstDay(year)) + 1);
}

function intakeIn(stream: Stream, year: number): number {
  const days = overlapDays(stream.from, stream.to, year);
  if ("tonnes" in stream) return (stream.tonnes * days) / (stream.to - stream.from + 1);
  return (stream.tonnesPerYear * days) / (lastDay(year) - firstDay(year) + 1);
}

/**
 * max(0, x), where x within a billionth of `scale` counts as 0: floating-point sums of an even
 * spread land a hair off the capacity.
 */
function nearlyZero(x: number, scale: number): number {
  return x <= scale * 1e-9 ? 0 : x;
}

function siteRate(site: Site, options: RemainingCapacityOptions): number | undefined {
  const rate = options.intakeTonnesPerYear?.[site.properties.id] ?? site.properties.intakeTonnesPerYear;
  return typeof rate === "number" && Number.isFinite(rate) && rate >= 0 ? rate : undefined;
}

/** The intake streams of one site and the basis they rest on. */
function streamsOf(
  site: Site,
  capacityTonnes: number,
  horizon: { from: number; to: number },
  options: RemainingCapacityOptions,
): { basis: IntakeBasis; streams: Stream[] } {
  const p = site.properties;
  const from = dayOf(p.availableFrom) ?? horizon.from;
  const to = dayOf(p.availableTo);
  if (options.flows) {
    const streams = options.flows
      .filter((f) => f.receiverId === p.id && f.tonnes > 0)
      .map((f): Stream => {
        const start = Math.max(from, dayOf(f.sourceFrom) ?? horizon.from);
        const end = Math.min(to ?? horizon.to, dayOf(f.sourceTo) ?? horizon.to);
        // A flow outside the window (not from a match) still arrives: over the site's window.
        return end >= start
          ? { from: start, to: end, tonnes: f.tonnes }
          : { from, to: to ?? horizon.to, tonnes: f.tonnes };
      });
    return { basis: "flows", streams };
  }
  const rate = siteRate(site, options);
  if (rate !== undefined)
    return { basis: "rate", streams: [{ from, to: to ?? horizon.to, tonnesPerYear: rate }] };
  if (to !== undefined && to >= from)
    return { basis: "even_spread", streams: [{ from, to, tonnes: capacityTonnes }] };
  return { basis: "unknown", streams: [] };
}

/**
 * Per receiver or §52-dispensed pit (not completed, capacity > 0), the intake and remaining
 * capacity at the end of each of `years`, in ascending order. Intake from a window that began before
 * the first year counts: the capacity is the site's at the start of its window.
 */
export function remainingCapacityByYear(
  sites: readonly Site[],
  years: readonly number[],
  options: RemainingCapacityOptions = {},
): SiteCapacitySeries[] {
  if (years.length === 0) return [];
  const first = Math.min(...years);
  const last = Math.max(...years);
  const horizon = { from: firstDay(first), to: lastDay(last) };
  const out: SiteCapacitySeries[] = [];
  for (const site of sites) {
    const p = site.properties;
    if (!canReceive(p) || p.status === "completed") continue;
    const capacityTonnes = quantityTonnes(p, options.densities);
    if (!(capacityTonnes > 0) || capacityTonnes < (options.minCapacityTonnes ?? 0)) continue;
    const { basis, streams } = streamsOf(site, capacityTonnes, horizon, options);

    // Walk every year from the earliest stream start, so intake before the first year asked
    // and in gaps between the years asked counts too.
    const wanted = new Set(years);
    const windowFrom = dayOf(p.availableFrom) ?? Number.NEGATIVE_INFINITY;
    const windowTo = dayOf(p.availableTo) ?? Number.POSITIVE_INFINITY;
    const series: CapacityYear[] = [];
    let taken = 0;
    let fullInYear: number | undefined;
    for (let year = Math.min(first, ...streams.map((s) => yearOfDay(s.from))); year <= last; year++) {
      const intakeTonnes = streams.reduce((sum, s) => sum + intakeIn(s, year), 0);
      taken += intakeTonnes;
      if (!wanted.has(year)) continue;
      const remainingTonnes = nearlyZero(capacityTonnes - taken, capacityTonnes);
      if (remainingTonnes === 0 && fullInYear === undefined) fullInYear = year;
      series.push({
        year,
        intakeTonnes,
        remainingTonnes,
        receiving: windowFrom <= lastDay(year) && windowTo >= firstDay(year),
      });
    }
    out.push({
      siteId: p.id,
      name: p.name,
      kind: p.kind === "pit" ? "pit" : "receiver",
      ...(p.municipalityCode === undefined ? {} : { municipalityCode: p.municipalityCode }),
      capacityTonnes,
      basis,
      years: series,
      ...(fullInYear === undefined ? {} : { fullInYear }),
      excessTonnes: nearlyZero(taken - capacityTonnes, capacityTonnes),
    });
  }
  return out;
}
