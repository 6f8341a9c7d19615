/**
 * The storyboard as a file: `{ "schema": "jordbalance/storyboard@1", "title", "scenes": [...] }`
 * (docs/workshop.md). Reading refuses files over a size limit, drops "__proto__" keys and
 * validates everything (./storyboardSchema.ts) before any of it is used.
 */
import { dropProtoKeys } from "../protoKeys";
import type { Storyboard } from "./scene";
import { type StoryboardValidation, validateStoryboard } from "./storyboardSchema";

/** 32 MiB of text: a few hundred scenes with full match results fit; anything larger is not a storyboard. */
export const MAX_STORYBOARD_FILE_CHARS = 32 * 1024 * 1024;

export function serializeStoryboard(board: Storyboard): string {
  return JSON.stringify(board);
}

/** Checks a value already parsed (a stored one, or one inside a workspace file). */
export function readStoryboard(raw: unknown): StoryboardValidation {
  dropProtoKeys(raw);
  return validateStoryboard(raw);
}

export function parseStoryboardText(text: string): StoryboardValidation {
  if (text.length > MAX_STORYBOARD_FILE_CHARS)
    return {
      ok: false,
      issues: [
        {
          scene: null,
          field: "file",
          message: `the file has ${text.length} characters; a storyboard has at most ${MAX_STORYBOARD_FILE_CHARS}`,
        },
      ],
    };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return {
      ok: false,
      issues: [
        {
          scene: null,
          field: "file",
          message: `not valid JSON: ${e instanceof Error ? e.message : String(e)}`,
        },
      ],
    };
  }
  return readStoryboard(raw);
}

/** `jordbalance_storyboard_<yyyy-mm-dd>.json`, the date in UTC as the other exports name it. */
export function storyboardFileName(date: Date): string {
  return `jordbalance_storyboard_${date.toISOString().slice(0, 10)}.json`;
}
