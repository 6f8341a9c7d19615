/** Strings of the map image export (src/components/export). */
export const exportDa = {
  "export.png.heading": "Kortbillede",
  "export.png.help":
    "Kortet som det ses nu, med titel, nøgletal, signatur og kilder, til slides og rapporter.",
  "export.png.go": "Eksportér kort som PNG",
  "export.png.busy": "Tegner kortbillede …",
  "export.png.failed": "Kortbilledet kunne ikke laves: {message}",
  "export.png.noMap": "Kortet er ikke klar endnu.",
  "export.png.title": "Jordbalance – Region Hovedstaden",
  "export.png.titleMunicipality": "Jordbalance – Region Hovedstaden: {name} Kommune",
  "export.png.subtitle": "Kort pr. {date}",
  "export.png.year": "Prognoseår {year}",
  "export.png.legend.sites": "Lokaliteter",
  "export.png.legend.lines": "Kørsler",
  "export.png.kpi.co2": "CO₂e sparet mod business as usual",
  "export.png.kpi.truckKm": "Lastbil-km sparet mod business as usual",
  "export.png.kpi.virgin": "Nye råstoffer sparet",
  "export.png.basemap": "Baggrundskort: {host}",
} as const;

export const exportEn: Record<keyof typeof exportDa, string> = {
  "export.png.heading": "Map image",
  "export.png.help":
    "The map as it is now, with title, key figures, legend and sources, for slides and reports.",
  "export.png.go": "Export map as PNG",
  "export.png.busy": "Drawing the map image …",
  "export.png.failed": "The map image could not be made: {message}",
  "export.png.noMap": "The map is not ready yet.",
  "export.png.title": "Jordbalance – Region Hovedstaden",
  "export.png.titleMunicipality": "Jordbalance – Region Hovedstaden: {name} Municipality",
  "export.png.subtitle": "Map as of {date}",
  "export.png.year": "Forecast year {year}",
  "export.png.legend.sites": "Sites",
  "export.png.legend.lines": "Hauls",
  "export.png.kpi.co2": "CO₂e saved against business as usual",
  "export.png.kpi.truckKm": "Truck-km saved against business as usual",
  "export.png.kpi.virgin": "Virgin material saved",
  "export.png.basemap": "Basemap: {host}",
};
