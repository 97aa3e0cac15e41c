/**
 * A subject stripped of reply and forward prefixes in the languages the project supports,
 * lower-cased: "AW: WG: Rechnung 17" and "Re: Rechnung 17" both give "rechnung 17".
 */
const PREFIX =
  /^\s*(?:(?:re|aw|wg|fwd?|fw|tr|rv|sv|vs|antw|antwort|r|rif|réf|ref)(?:\s*\[\d+\]|\s*\(\d+\))?\s*[:：]\s*|\[[^\]]*\]\s*)/i;

export function subjectKey(subject: string | undefined): { key: string; isReply: boolean } {
  let rest = (subject ?? '').replace(/\s+/g, ' ').trim();
  let isReply = false;
  for (let m = PREFIX.exec(rest); m && m[0].length > 0; m = PREFIX.exec(rest)) {
    // A bracketed tag alone ("[EXT]") is not a reply marker.
    if (!m[0].trimStart().startsWith('[')) isReply = true;
    rest = rest.slice(m[0].length);
  }
  return { key: rest.toLowerCase(), isReply };
}
