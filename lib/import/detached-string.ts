/**
 * A copy of a string that holds nothing else alive. In V8 a string cut from a longer one (a
 * Message-ID from a References header, an address from a header line) can be a view that
 * keeps the whole longer string in memory; the import keeps some strings for its whole run.
 */
export function detached(s: string): string {
  return s.length > 12 ? (JSON.parse(JSON.stringify(s)) as string) : s;
}
