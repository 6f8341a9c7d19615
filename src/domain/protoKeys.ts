/**
 * Removes every own "__proto__" key, at any depth, and counts them. JSON.parse makes them plain
 * own properties, but code that later copies an object key by key with assignment would set a
 * prototype instead: such keys never get past the door of a file reader.
 */
export function dropProtoKeys(value: unknown): number {
  if (value === null || typeof value !== "object") return 0;
  let dropped = 0;
  if (Object.hasOwn(value, "__proto__")) {
    Reflect.deleteProperty(value, "__proto__");
    dropped++;
  }
  for (const child of Object.values(value)) dropped += dropProtoKeys(child);
  return dropped;
}
