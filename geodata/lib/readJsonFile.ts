import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Fault } from "./faults";

export type JsonRead = { ok: true; value: unknown } | { ok: false; fault: Fault };

/** Line and column (1-based) of a character offset, so a JSON fault can be found in an editor. */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split("\n").length;
  return { line, column: offset - before.lastIndexOf("\n") };
}

const positionIn = (message: string): number | undefined => {
  const match = /at position (\d+)/.exec(message);
  return match?.[1] === undefined ? undefined : Number(match[1]);
};

/** True when JSON.parse fails on this text for a reason other than the text ending too soon. */
function failsBeforeEnd(text: string): boolean {
  try {
    JSON.parse(text);
    return false;
  } catch (error) {
    const { message } = error as Error;
    return !message.includes("end of JSON input") && (positionIn(message) ?? 0) < text.length;
  }
}

/**
 * Offset of the character where JSON.parse gave up. V8 says "at position N" for most errors
 * but not for "Unexpected token 'x', ..."; then the fault is the last character of the
 * shortest prefix that already fails (found by bisection: about 20 parses for a megabyte).
 */
export function jsonErrorOffset(text: string, message: string): number {
  const given = positionIn(message);
  if (given !== undefined) return given;
  if (message.includes("end of JSON input")) return text.length;
  let ok = 0;
  let bad = text.length;
  while (bad - ok > 1) {
    const mid = Math.floor((ok + bad) / 2);
    if (failsBeforeEnd(text.slice(0, mid))) bad = mid;
    else ok = mid;
  }
  return bad - 1;
}

/** "not valid JSON at line L, column C: <parser's message>". */
export function describeJsonError(text: string, error: Error): string {
  const { line, column } = lineAndColumn(text, jsonErrorOffset(text, error.message));
  return `not valid JSON at line ${line}, column ${column}: ${error.message}`;
}

/** Parses JSON text; a syntax error becomes a fault naming the file and where it broke. */
export function parseJson(file: string, text: string): JsonRead {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return { ok: false, fault: { file, message: describeJsonError(text, error as Error) } };
  }
}

/** Reads and parses a JSON file; a missing file is a fault, not an exception. */
export async function readJsonFile(filePath: string): Promise<JsonRead> {
  const file = path.basename(filePath);
  let text: string;
  try {
    text = await readFile(filePath, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const message =
      code === "ENOENT" ? `file not found (looked for ${filePath})` : `cannot read ${filePath}: ${code}`;
    return { ok: false, fault: { file, message } };
  }
  return parseJson(file, text);
}
