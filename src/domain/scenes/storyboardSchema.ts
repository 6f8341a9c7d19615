/**
 * Validation of a storyboard (./scene.ts) read from a file or from storage. Every problem is
 * reported with the scene it is in (1-based, as the list shows it) and the field at fault, so
 * the user can find it; nothing of an invalid storyboard is used.
 */

import { z } from "zod";
import { FORECAST_SCENARIOS } from "../forecast/types";
import type { MatchResult } from "../match";
import { MATERIALS } from "../materials";
import { SITE_KINDS } from "../site";
import { matchResultSchema } from "./matchResultSchema";
import {
  MAX_SCENE_NAME_LENGTH,
  MAX_SCENES,
  SCENE_PANELS,
  type Scene,
  STORYBOARD_SCHEMA,
  type Storyboard,
} from "./scene";

const positive = z.number().positive();
const year = z.number().int().min(2000).max(2100).nullable();

const camera = z.object({
  lon: z.number().min(-180).max(180),
  lat: z.number().min(-85).max(85),
  zoom: z.number().min(0).max(22),
  bearing: z.number().min(-360).max(360).optional(),
  pitch: z.number().min(0).max(85).optional(),
});

const layers = z.object(
  Object.fromEntries(SITE_KINDS.map((k) => [k, z.boolean()])) as Record<
    (typeof SITE_KINDS)[number],
    z.ZodBoolean
  >,
);

const selection = z.discriminatedUnion("type", [
  z.object({ type: z.literal("none") }),
  z.object({ type: z.literal("site"), id: z.string().min(1, "site id is empty") }),
  z.object({ type: z.literal("municipality"), code: z.string().regex(/^\d{4}$/, "expected 4 digits") }),
]);

const params = z.object({
  circuityFactor: positive,
  maxHaulKm: positive,
  truckLoadTonnes: positive,
  co2eKgPerTonneKm: z.number().nonnegative(),
  densityTPerM3: z.object(
    Object.fromEntries(MATERIALS.map((m) => [m, positive])) as Record<
      (typeof MATERIALS)[number],
      typeof positive
    >,
  ),
  averageSoilDensityTPerM3: positive,
});

const name = z
  .string()
  .trim()
  .min(1, "name is empty")
  .max(MAX_SCENE_NAME_LENGTH, `name is longer than ${MAX_SCENE_NAME_LENGTH} characters`);

const scene = z.object({
  id: z
    .string()
    .max(100, "id is longer than 100 characters")
    .refine((s) => s.trim() !== "", "id is empty"),
  name,
  camera,
  layers,
  year,
  selection,
  panel: z.enum(SCENE_PANELS),
  scenario: z.enum(FORECAST_SCENARIOS).optional(),
  match: z.object({
    objective: z.enum(["tkm", "co2", "cost"]),
    year,
    haulPriceDkkPerTonneKm: z.number().nonnegative(),
    params,
  }),
  result: matchResultSchema.optional(),
});

const storyboard = z.object({
  schema: z.literal(STORYBOARD_SCHEMA, { error: `expected "${STORYBOARD_SCHEMA}"` }),
  title: z.string().max(MAX_SCENE_NAME_LENGTH, `title is longer than ${MAX_SCENE_NAME_LENGTH} characters`),
  scenes: z.array(scene).max(MAX_SCENES, `more than ${MAX_SCENES} scenes`),
});

export interface StoryboardIssue {
  /** 1-based position of the scene in the list; null for the storyboard itself. */
  scene: number | null;
  /** Dotted path inside the scene (or the storyboard), e.g. "camera.zoom". */
  field: string;
  message: string;
}

export type StoryboardValidation =
  | { ok: true; storyboard: Storyboard }
  | { ok: false; issues: StoryboardIssue[] };

/** At most this many issues are listed; a file that is wrong everywhere says so in the first few. */
const MAX_ISSUES = 50;

function issueOf(path: readonly PropertyKey[], message: string): StoryboardIssue {
  if (path[0] === "scenes" && typeof path[1] === "number")
    return { scene: path[1] + 1, field: path.slice(2).map(String).join(".") || "scene", message };
  return { scene: null, field: path.map(String).join(".") || "storyboard", message };
}

export function validateStoryboard(raw: unknown): StoryboardValidation {
  const parsed = storyboard.safeParse(raw);
  if (!parsed.success)
    return {
      ok: false,
      issues: parsed.error.issues.slice(0, MAX_ISSUES).map((i) => issueOf(i.path, i.message)),
    };
  const seen = new Set<string>();
  const issues: StoryboardIssue[] = [];
  parsed.data.scenes.forEach((s, i) => {
    if (seen.has(s.id)) issues.push({ scene: i + 1, field: "id", message: `duplicate id "${s.id}"` });
    seen.add(s.id);
  });
  if (issues.length > 0) return { ok: false, issues: issues.slice(0, MAX_ISSUES) };
  const scenes = parsed.data.scenes.map(
    ({ result, ...rest }): Scene => (result ? { ...rest, result: result as unknown as MatchResult } : rest),
  );
  return { ok: true, storyboard: { schema: STORYBOARD_SCHEMA, title: parsed.data.title, scenes } };
}

/** One line per issue, as the import report and the persistence layer print them. */
export function formatStoryboardIssue(issue: StoryboardIssue): string {
  return issue.scene === null
    ? `${issue.field}: ${issue.message}`
    : `scene ${issue.scene}, ${issue.field}: ${issue.message}`;
}
