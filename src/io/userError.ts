/**
 * An error meant for the user: it says what went wrong and where, in words a planner can act
 * on. Anything else thrown is an internal error and is reported as such.
 */
export class UserError extends Error {
  override readonly name = "UserError";
}

/** Parses JSON text, saying which file broke and where (line and column when known). */
export function parseJsonText(text: string, where: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const at = /position (\d+)/.exec(message);
    if (at) {
      const before = text.slice(0, Number(at[1]));
      const line = before.split("\n").length;
      const column = before.length - before.lastIndexOf("\n");
      throw new UserError(`${where} is not valid JSON (line ${line}, column ${column}): ${message}`);
    }
    throw new UserError(`${where} is not valid JSON: ${message}`);
  }
}

/** Fetches and parses a JSON file, with the URL and HTTP status in any error. */
export async function fetchJson(url: string, signal?: AbortSignal): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url, signal ? { signal } : {});
  } catch (e) {
    if (signal?.aborted) throw e;
    // The browser's own message ("Failed to fetch") names no file; offline it is the usual case.
    const reason = e instanceof Error ? e.message : String(e);
    throw new UserError(`${url}: no answer (${reason}); offline, or the server is unreachable`);
  }
  if (!response.ok) throw new UserError(`${url}: HTTP ${response.status} ${response.statusText}`.trim());
  return parseJsonText(await response.text(), url);
}
