/**
 * The words municipal files use for schema values, Danish and English, in the compact
 * normalised form of `compactName` ("knust beton" → "knustbeton", "støjvold" → "stoejvold").
 * Exact words come first; `stems` are looked for inside longer words ("moræneler" → ler).
 */
import type { Material } from "../../domain/materials";
import type { ReceiverType, SiteKind, SiteStatus } from "../../domain/site";

export interface WordTable<T extends string> {
  exact: Readonly<Record<string, T>>;
  /** Looked for inside a word when no exact word matches; one value must win alone. */
  stems: ReadonlyArray<readonly [string, T]>;
}

export const MATERIAL_WORDS: WordTable<Material> = {
  exact: {
    topsoil: "topsoil",
    muld: "topsoil",
    muldjord: "topsoil",
    overjord: "topsoil",
    matjord: "topsoil",
    clay: "clay",
    ler: "clay",
    lerjord: "clay",
    moraeneler: "clay",
    sand: "sand",
    sandjord: "sand",
    gravel: "gravel",
    grus: "gravel",
    fill: "fill",
    fyld: "fill",
    fyldjord: "fill",
    mixed: "mixed",
    blandet: "mixed",
    blandetjord: "mixed",
    blanding: "mixed",
    crushedconcrete: "crushed_concrete",
    concrete: "crushed_concrete",
    beton: "crushed_concrete",
    knustbeton: "crushed_concrete",
    crushedbrick: "crushed_brick",
    brick: "crushed_brick",
    tegl: "crushed_brick",
    knusttegl: "crushed_brick",
    crushedasphalt: "crushed_asphalt",
    asphalt: "crushed_asphalt",
    asfalt: "crushed_asphalt",
    knustasfalt: "crushed_asphalt",
  },
  stems: [
    ["muld", "topsoil"],
    ["ler", "clay"],
    ["sand", "sand"],
    ["grus", "gravel"],
    ["fyld", "fill"],
    ["blandet", "mixed"],
    ["beton", "crushed_concrete"],
    ["tegl", "crushed_brick"],
    ["asfalt", "crushed_asphalt"],
  ],
};

export const KIND_WORDS: WordTable<SiteKind> = {
  exact: {
    source: "source",
    kilde: "source",
    overskud: "source",
    overskudsjord: "source",
    afgiver: "source",
    receiver: "receiver",
    modtager: "receiver",
    modtageanlaeg: "receiver",
    aftager: "receiver",
    pit: "pit",
    grav: "pit",
    grusgrav: "pit",
    raastofgrav: "pit",
    lergrav: "pit",
    sandgrav: "pit",
  },
  stems: [
    ["overskud", "source"],
    ["modtag", "receiver"],
    ["grav", "pit"],
  ],
};

export const STATUS_WORDS: WordTable<SiteStatus> = {
  exact: {
    planned: "planned",
    planlagt: "planned",
    plan: "planned",
    projekteret: "planned",
    approved: "approved",
    godkendt: "approved",
    active: "active",
    aktiv: "active",
    igang: "active",
    igangvaerende: "active",
    completed: "completed",
    afsluttet: "completed",
    faerdig: "completed",
    lukket: "completed",
  },
  stems: [],
};

export const RECEIVER_TYPE_WORDS: WordTable<ReceiverType> = {
  exact: {
    noisewall: "noise_wall",
    stoejvold: "noise_wall",
    stoejvaeg: "noise_wall",
    landscaping: "landscaping",
    landskab: "landscaping",
    terraenregulering: "landscaping",
    climateadaptation: "climate_adaptation",
    klimatilpasning: "climate_adaptation",
    klimasikring: "climate_adaptation",
    roadfill: "road_fill",
    vejanlaeg: "road_fill",
    vejfyld: "road_fill",
    harbourfill: "harbour_fill",
    havneopfyldning: "harbour_fill",
    kystopfyldning: "harbour_fill",
    depot: "depot",
    jorddepot: "depot",
    mellemdepot: "depot",
    jordhotel: "depot",
    treatment: "treatment",
    rensning: "treatment",
    jordrensning: "treatment",
    behandling: "treatment",
    landfill: "landfill",
    deponi: "landfill",
    losseplads: "landfill",
  },
  stems: [
    ["stoej", "noise_wall"],
    ["klima", "climate_adaptation"],
    ["havn", "harbour_fill"],
    ["depot", "depot"],
    ["deponi", "landfill"],
  ],
};

export const UNIT_WORDS: Readonly<Record<string, "m3" | "t">> = {
  m3: "m3",
  kubikmeter: "m3",
  cbm: "m3",
  t: "t",
  ton: "t",
  tons: "t",
  tonne: "t",
  tonnes: "t",
};

export const TRUE_WORDS: ReadonlySet<string> = new Set(["true", "ja", "j", "yes", "y", "1", "x", "sand"]);
export const FALSE_WORDS: ReadonlySet<string> = new Set(["false", "nej", "n", "no", "0", "falsk"]);
