/**
 * Whether two byte arrays hold the same bytes. A worker gets a fresh copy of a file with every
 * message, so it recognises a file it has already parsed by content; comparing 50 MB takes tens
 * of milliseconds, parsing it again most of a second.
 */
export function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a === b) return true;
  if (a.byteLength !== b.byteLength) return false;
  // Four bytes at a time where both arrays allow a 32-bit view, the rest one by one.
  const aligned = a.byteOffset % 4 === 0 && b.byteOffset % 4 === 0;
  const words = aligned ? Math.floor(a.byteLength / 4) : 0;
  if (words > 0) {
    const wa = new Uint32Array(a.buffer, a.byteOffset, words);
    const wb = new Uint32Array(b.buffer, b.byteOffset, words);
    for (let i = 0; i < words; i++) if (wa[i] !== wb[i]) return false;
  }
  for (let i = words * 4; i < a.byteLength; i++) if (a[i] !== b[i]) return false;
  return true;
}
