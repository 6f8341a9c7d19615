/**
 * Where haul distances come from. The default is geodesic × circuity, computed in the arc pass
 * itself (arcs.ts); a road-distance provider, such as an OSRM-compatible table service, returns
 * a full matrix instead. Providers are plain objects so a worker can build them from settings.
 */
import { chord2, kmOfChord2, unitVectors } from "./geodesic";

export type LonLat = readonly [number, number];

export interface DistanceProvider {
  /** Stable identifier, shown with the assumptions ("geodesic", "osrm"). */
  readonly id: string;
  /** Human-readable description of the distance used. */
  readonly label: string;
  /** Haul km from every `from` to every `to`, row-major; non-finite where there is no route. */
  matrix(
    from: readonly LonLat[],
    to: readonly LonLat[],
    options?: { signal?: AbortSignal },
  ): Promise<Float64Array>;
}

export interface GeodesicProvider extends DistanceProvider {
  readonly id: "geodesic";
  readonly circuityFactor: number;
}

export function geodesicProvider(circuityFactor: number): GeodesicProvider {
  return {
    id: "geodesic",
    label: `geodesic (haversine, R = 6371.0088 km) × circuity ${circuityFactor}`,
    circuityFactor,
    async matrix(from, to) {
      const a = unitVectors(
        from.map((p) => p[0]),
        from.map((p) => p[1]),
      );
      const b = unitVectors(
        to.map((p) => p[0]),
        to.map((p) => p[1]),
      );
      const out = new Float64Array(from.length * to.length);
      for (let i = 0; i < from.length; i++) {
        for (let j = 0; j < to.length; j++)
          out[i * to.length + j] = kmOfChord2(chord2(a, i, b, j)) * circuityFactor;
      }
      return out;
    },
  };
}

export function isGeodesicProvider(p: DistanceProvider): p is GeodesicProvider {
  return p.id === "geodesic" && typeof (p as Partial<GeodesicProvider>).circuityFactor === "number";
}

export interface OsrmTableOptions {
  /** Base URL of the service, e.g. "http://localhost:5000". */
  url: string;
  /** Routing profile in the path; "driving" by default. */
  profile?: string;
  /** The server's max-table-size (locations per request); OSRM's default is 100. */
  maxTableSize?: number;
  /** Injected for tests and for environments without a global fetch. */
  fetch?: (
    url: string,
    init?: { signal?: AbortSignal },
  ) => Promise<{ ok: boolean; status: number; json(): Promise<unknown> }>;
}

interface OsrmTableResponse {
  code?: string;
  message?: string;
  distances?: (number | null)[][];
}

/**
 * Road distances from an OSRM-compatible `table` service (annotations=distance, metres). Off by
 * default: only used when the user configures a URL. Large matrices are split into blocks that
 * respect the server's table size.
 */
export function osrmTableProvider(options: OsrmTableOptions): DistanceProvider {
  const base = options.url.replace(/\/+$/, "");
  const profile = options.profile ?? "driving";
  const maxTable = Math.max(2, options.maxTableSize ?? 100);
  const doFetch = options.fetch ?? ((u: string, init?: { signal?: AbortSignal }) => fetch(u, init));
  const half = Math.max(1, Math.floor(maxTable / 2));
  return {
    id: "osrm",
    label: `road distance from ${base} (${profile})`,
    async matrix(from, to, opts = {}) {
      const out = new Float64Array(from.length * to.length).fill(Number.NaN);
      for (let i0 = 0; i0 < from.length; i0 += half) {
        const fromBlock = from.slice(i0, i0 + half);
        for (let j0 = 0; j0 < to.length; j0 += half) {
          const toBlock = to.slice(j0, j0 + half);
          const coords = [...fromBlock, ...toBlock].map((p) => `${p[0]},${p[1]}`).join(";");
          const sources = fromBlock.map((_, k) => k).join(";");
          const destinations = toBlock.map((_, k) => fromBlock.length + k).join(";");
          const url = `${base}/table/v1/${encodeURIComponent(profile)}/${coords}?sources=${sources}&destinations=${destinations}&annotations=distance`;
          const res = await doFetch(url, { signal: opts.signal });
          const body = (await res.json().catch(() => ({}))) as OsrmTableResponse;
          if (!res.ok || body.code !== "Ok" || !Array.isArray(body.distances)) {
            throw new Error(`road distance service: ${body.message ?? body.code ?? `HTTP ${res.status}`}`);
          }
          body.distances.forEach((row, a) => {
            row.forEach((m, b) => {
              if (typeof m === "number" && Number.isFinite(m))
                out[(i0 + a) * to.length + (j0 + b)] = m / 1000;
            });
          });
        }
      }
      return out;
    },
  };
}
