/** Made-up boundaries (three squares) and sites for component tests. */
const square = (x: number, y: number, d = 0.1) => ({
  type: "Polygon",
  coordinates: [
    [
      [x, y],
      [x + d, y],
      [x + d, y + d],
      [x, y + d],
      [x, y],
    ],
  ],
});

const municipality = (code: string, name: string, x: number, y: number, inRegion = true) => ({
  type: "Feature",
  properties: { code, name, inRegion, isMunicipality: true, areaKm2: 70.5, bbox: [x, y, x + 0.1, y + 0.1] },
  geometry: square(x, y),
});

export function fakeFiles(sites: unknown[] = defaultSites()): Record<string, unknown> {
  const munis = [
    municipality("0101", "København", 12.5, 55.6),
    municipality("0147", "Frederiksberg", 12.6, 55.6),
    municipality("0400", "Bornholm", 14.8, 55.1),
    municipality("0259", "Køge", 12.1, 55.4, false),
  ];
  return {
    "generated/data-index.json": {
      schema: "jordbalance/data-index@1",
      sites: ["generated/sites/test.geojson"],
      forecasts: ["generated/forecasts/f.json"],
      boundaries: {
        municipalities: "generated/m.geojson",
        labels: "generated/l.geojson",
        regions: "generated/r.geojson",
        neighbours: "generated/n.geojson",
      },
      glyphs: "generated/fonts/{fontstack}/{range}.pbf",
      attribution: [],
    },
    "generated/m.geojson": { type: "FeatureCollection", features: munis },
    "generated/l.geojson": {
      type: "FeatureCollection",
      features: munis.map((m) => ({ ...m, geometry: { type: "Point", coordinates: [0, 0] } })),
    },
    "generated/n.geojson": { type: "FeatureCollection", features: [] },
    "generated/forecasts/f.json": fakeForecast(),
    "generated/sites/test.geojson": {
      type: "FeatureCollection",
      schema: "jordbalance/sites@1",
      features: sites,
    },
  };
}

const point = (lon: number, lat: number) => ({ type: "Point", coordinates: [lon, lat] });

export function defaultSites() {
  return [
    {
      type: "Feature",
      geometry: point(12.55, 55.65),
      properties: {
        id: "src-1",
        kind: "source",
        name: "Metro <img src=x onerror=alert(1)>",
        material: "clay",
        soilClass: 1,
        quantity: 10000,
        unit: "m3",
        status: "active",
        illustrative: true,
        availableFrom: "2027-01-01",
        availableTo: "2027-12-31",
        contractor: "Jord & Co",
      },
    },
    {
      type: "Feature",
      geometry: point(12.56, 55.66),
      properties: {
        id: "rcv-near",
        kind: "receiver",
        name: "Støjvold Nær",
        receiverType: "noise_wall",
        acceptedMaterials: ["clay"],
        acceptedClasses: [0, 1],
        quantity: 2000,
        unit: "t",
        illustrative: true,
      },
    },
    {
      type: "Feature",
      geometry: point(12.65, 55.65),
      properties: {
        id: "rcv-far",
        kind: "receiver",
        name: "Landskab Fjern",
        receiverType: "landscaping",
        acceptedMaterials: ["clay"],
        acceptedClasses: [0, 1],
        quantity: 50000,
        unit: "m3",
        illustrative: true,
      },
    },
    {
      type: "Feature",
      geometry: point(12.57, 55.65),
      properties: {
        id: "rcv-dirty",
        kind: "receiver",
        name: "Depot Forurenet",
        receiverType: "depot",
        acceptedMaterials: ["clay"],
        acceptedClasses: [3, 4],
        quantity: 50000,
        unit: "t",
        illustrative: true,
      },
    },
    {
      type: "Feature",
      geometry: point(14.85, 55.15),
      properties: {
        id: "pit-1",
        kind: "pit",
        name: "Grusgrav Bornholm",
        material: "gravel",
        quantity: 1000,
        unit: "m3",
        illustrative: true,
      },
    },
    {
      type: "Feature",
      geometry: point(12.55, 55.65),
      properties: {
        id: "bad-1",
        kind: "source",
        name: "Negativ",
        material: "clay",
        soilClass: 0,
        quantity: -5,
        unit: "m3",
      },
    },
  ];
}

/** København in surplus every year, Frederiksberg short of soil; Bornholm has no forecast. */
export function fakeForecast() {
  const years = Array.from({ length: 12 }, (_, i) => 2026 + i);
  const rec = (municipalityCode: string, year: number, category: unknown, mid: number) => ({
    municipalityCode,
    year,
    category,
    low: mid / 2,
    mid,
    high: mid * 2,
    unit: "m3",
    illustrative: true,
  });
  return {
    schema: "jordbalance/forecast@1",
    title: "test",
    baseYear: 2026,
    years,
    source: "made up",
    illustrative: true,
    records: years.flatMap((y) => [
      rec("0101", y, { kind: "surplus", material: "clay", soilClass: 1 }, 1000 * (y - 2020)),
      rec("0147", y, { kind: "demand" }, 5000),
    ]),
  };
}
