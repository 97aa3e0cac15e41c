/**
 * Reply and forward prefixes of a subject ("Re:", "AW:", "WG: RE:", "Fwd[2]:", "RE："), in every
 * language the core reads, and the tags mail systems put in front ("[EXTERN]"). The one reading
 * of a subject's prefixes: the analysis and the import's threading by subject both use it.
 */
import { cueIndex } from './cue-index';

const PREFIX = /^\s*([\p{L}]{1,8})\s{0,2}(?:\[\d{1,4}\]|\(\d{1,4}\))?\s{0,2}[:\uff1a]\s*/u;
/** A tag a mail system puts in front ("[EXTERN]", "[External]"): no reply marker. */
const TAG = /^\s*\[[^\]]{1,40}\]\s*/;

/** The subject without its reply/forward prefixes and tags, and whether it had a prefix. */
export function stripReplyPrefixes(subject: string): { subject: string; isReply: boolean } {
  const prefixes = cueIndex().replyPrefixes;
  let rest = subject.length > 1000 ? subject.slice(0, 1000) : subject;
  let isReply = false;
  for (let i = 0; i < 10; i++) {
    const tag = TAG.exec(rest);
    if (tag) {
      rest = rest.slice(tag[0].length);
      continue;
    }
    // A prefix is a short word and a colon: without a colon near the start there is none.
    const colon = rest.search(/[:\uff1a]/);
    if (colon < 0 || colon > 20) break;
    const m = PREFIX.exec(rest);
    if (!m || !prefixes.has((m[1] as string).toLowerCase())) break;
    rest = rest.slice(m[0].length);
    isReply = true;
  }
  return { subject: rest.trim(), isReply };
}

/**
 * A subject as a key for threading by subject: prefixes and tags stripped, white space
 * collapsed, lower-cased. "AW: WG: Rechnung 17" and "Re: Rechnung 17" both give "rechnung 17".
 */
export function subjectKey(subject: string | undefined): { key: string; isReply: boolean } {
  const { subject: rest, isReply } = stripReplyPrefixes((subject ?? '').replace(/\s+/g, ' '));
  return { key: rest.toLowerCase(), isReply };
}
