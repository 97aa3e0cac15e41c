/** Message-ID handling: "<a@b> <c@d>" -> ["a@b", "c@d"]; stable stand-ins for messages without one. */
export function messageIdList(header: string | undefined): string[] {
  if (!header) return [];
  const bracketed = header.match(/<[^<>\s]+>/g);
  const ids = bracketed ? bracketed.map((s) => s.slice(1, -1)) : header.split(/[\s,]+/);
  return ids.map((id) => id.trim()).filter((id) => id.includes('@') || id.length > 8);
}

const pair = new Uint32Array(2);

/**
 * FNV-1a over UTF-16 code units, 2 x 32 bits, into a shared pair (read it before the next
 * call): the import's id index keys on it without building a string. Not a security hash.
 */
export function hashPair(text: string): Uint32Array {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c ^ (a >>> 7), 0x01000193);
  }
  pair[0] = a;
  pair[1] = b;
  return pair;
}

/** The same hash as 16 hex digits: a short, stable id (stored thread ids are made of it). */
export function stableHash(text: string): string {
  const [a, b] = hashPair(text);
  return a!.toString(16).padStart(8, '0') + b!.toString(16).padStart(8, '0');
}

/** The same message imported twice gets the same id, so it is recognised, not doubled. */
export function syntheticMessageId(
  from: string,
  date: string,
  subject: string | undefined,
): string {
  return `${stableHash(`${from}\n${date}\n${subject ?? ''}`)}@unghost.import`;
}
