/** Reply and forward prefixes of a subject ("Re:", "AW:", "WG: RE:") in every language. */
import { cueIndex } from './cue-index';

const PREFIX = /^\s*([\p{L}]{1,8})\s{0,2}(?:\[\d{1,4}\])?\s{0,2}:\s*/u;

/** The subject without its reply/forward prefixes, and whether it had any. */
export function stripReplyPrefixes(subject: string): { subject: string; isReply: boolean } {
  const prefixes = cueIndex().replyPrefixes;
  let rest = subject.length > 1000 ? subject.slice(0, 1000) : subject;
  let isReply = false;
  for (let i = 0; i < 10; i++) {
    // A prefix is a short word and a colon: without a colon near the start there is none.
    const colon = rest.indexOf(':');
    if (colon < 0 || colon > 20) break;
    const m = PREFIX.exec(rest);
    if (!m || !prefixes.has((m[1] as string).toLowerCase())) break;
    rest = rest.slice(m[0].length);
    isReply = true;
  }
  return { subject: rest.trim(), isReply };
}
