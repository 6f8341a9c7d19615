/**
 * Files for the import benchmark, made at bench time (never committed): seeded, so every run
 * reads the same bytes. GeoJSON is the app's own schema v1 (90 % points, 10 % hexagonal areas)
 * with the properties and notes real sites have; the CSV is what a municipality exports from
 * Excel: ";", decimal commas, UTM 32N x/y, Danish headers, words and dates, a UTF-8 BOM.
 */
import { fromWgs84 } from "../../src/io/formats/crs";

const toUtm32 = fromWgs84("EPSG:25832");

/** Park-Miller LCG in [0, 1): reproducible without a dependency. */
function random(seed: number): () => number {
  let state = seed % 2147483647 || 1;
  return () => {
    state = (state * 48271) % 2147483647;
    return (state - 1) / 2147483646;
  };
}

const MATERIALS = ["clay", "sand", "gravel", "fill", "mixed", "topsoil"];
const DANISH = ["ler", "sand", "grus", "fyld", "blandet", "muld", "knust beton"];
const STREETS = ["Vestergade", "Nørrebrogade", "Strandvejen", "Roskildevej", "Hovedgaden", "Skolevej"];

const round = (x: number, d: number) => Math.round(x * 10 ** d) / 10 ** d;

// Town centres on land in the capital area (lon, lat); sites are scattered within about 1.5 km,
// so nearly all fall inside a municipality, as real sites do.
const TOWNS: ReadonlyArray<readonly [number, number]> = [
  [12.52, 55.69],
  [12.53, 55.68],
  [12.49, 55.73],
  [12.36, 55.73],
  [12.3, 55.93],
  [12.42, 55.67],
  [12.45, 55.79],
  [12.39, 55.84],
  [12.29, 55.65],
  [12.35, 55.87],
  [12.07, 55.84],
  [12.48, 55.64],
  [12.26, 55.79],
  [12.19, 55.96],
  [12.51, 55.77],
  [12.45, 55.71],
  [12.14, 55.7],
  [12.5, 55.84],
];

function near(r: () => number): [number, number] {
  const [lon, lat] = TOWNS[Math.floor(r() * TOWNS.length)] as readonly [number, number];
  return [lon + (r() - 0.5) * 0.05, lat + (r() - 0.5) * 0.03];
}
const pad = (n: number) => String(n).padStart(2, "0");

/** A schema-v1 GeoJSON of at least `targetBytes` (UTF-8), in the capital area. */
export function generateGeoJson(targetBytes: number, seed = 1): string {
  const r = random(seed);
  const lines: string[] = [];
  let bytes = 0;
  for (let i = 0; bytes < targetBytes; i++) {
    const [lon, lat] = near(r).map((v) => round(v, 6)) as [number, number];
    const geometry =
      i % 10 === 9
        ? {
            type: "Polygon",
            coordinates: [
              Array.from({ length: 7 }, (_, k) => {
                const a = ((k % 6) * Math.PI) / 3;
                return [round(lon + 0.004 * Math.cos(a), 6), round(lat + 0.0025 * Math.sin(a), 6)];
              }),
            ],
          }
        : { type: "Point", coordinates: [lon, lat] };
    const material = MATERIALS[i % MATERIALS.length];
    const month = 1 + (i % 12);
    const properties = {
      id: `src-bench-${i}`,
      kind: "source",
      name: `${STREETS[i % STREETS.length]} ${1 + (i % 180)}, boligbyggeri etape ${1 + (i % 4)}`,
      municipalityCode: "0101",
      status: "planned",
      material,
      soilClass: i % 5,
      quantity: round(500 + r() * 50000, 1),
      unit: "m3",
      availableFrom: `2027-${pad(month)}-01`,
      availableTo: `2028-${pad(month)}-28`,
      illustrative: true,
      sagsnummer: `2026-${100000 + i}`,
      note: "Generated for the import benchmark; about as long as a planner's note on a site.",
    };
    const line = JSON.stringify({ type: "Feature", geometry, properties });
    lines.push(line);
    bytes += line.length + 2;
  }
  return `{"type":"FeatureCollection","schema":"jordbalance/sites@1","features":[\n${lines.join(",\n")}\n]}\n`;
}

const comma = (x: number) => String(x).replace(".", ",");

/** A Danish Excel CSV of `rows` data rows. */
export function generateCsv(rows: number, seed = 2): string {
  const r = random(seed);
  const out = ["Projektnavn;Mængde (m³);Jordtype;Jordklasse;Kommunekode;X;Y;Fra;Til;Bemærkning"];
  for (let i = 0; i < rows; i++) {
    const [px, py] = toUtm32(...near(r));
    const x = comma(round(px, 2));
    const y = comma(round(py, 2));
    const month = 1 + (i % 12);
    out.push(
      [
        `"${STREETS[i % STREETS.length]} ${1 + (i % 180)}; etape ${1 + (i % 4)}"`,
        comma(round(100 + r() * 20000, 1)),
        DANISH[i % DANISH.length],
        `Klasse ${i % 4}`,
        "0101",
        x,
        y,
        `01-${pad(month)}-2027`,
        `28-${pad(month)}-2028`,
        i % 50 === 0 ? "Kontakt: jord@kk.dk" : "",
      ].join(";"),
    );
  }
  return `\uFEFF${out.join("\r\n")}\r\n`;
}
