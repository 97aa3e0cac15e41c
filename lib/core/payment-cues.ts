/**
 * Whether a message says a payment happened (docs/rules.md §2: "habe überwiesen", "payment sent",
 * "virement effectué", "payment received, thank you"). Only the message's new text is read:
 * quoted history repeats old mails. A cue does not count in a sentence that negates, conditions
 * or promises it in the cue's own language ("noch nicht überwiesen", "if you have already
 * paid", "we'll pay next Friday", "je n'ai pas encore reçu le règlement"), nor in a question.
 * Words after the cue count only up to the end of its clause (the next comma).
 */
import { cueIndex } from './cue-index';
import { tokenIs } from './body-tokens';
import type { NormalMessage } from './normalize-thread';

/** How far a sentence reaches on either side of a cue, in words. */
const SENTENCE_REACH = 40;

const NONE = 0;
const END = 1;
const QUESTION = 2;

/**
 * Does the text between two words, lower[from, to), end a sentence? Read in place, no copy.
 * "1.547,00" and "z.B." keep the sentence going; ". ", "!", ";", "?" and a blank line end it.
 */
function terminator(lower: string, from: number, to: number): number {
  let result = NONE;
  let newlines = 0;
  for (let i = from; i < to; i++) {
    const c = lower.charCodeAt(i);
    if (c === 63 /* ? */) return QUESTION;
    if (c === 33 /* ! */ || c === 59 /* ; */) result = END;
    else if (c === 10 && ++newlines >= 2) result = END;
    else if (c === 46 /* . */) {
      const next = i + 1 < to ? lower.charCodeAt(i + 1) : 32;
      if (next === 32 || next === 10 || next === 13 || next === 9) result = END;
    }
  }
  return result;
}

function hasComma(lower: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (lower.charCodeAt(i) === 44 /* , */) return true;
  return false;
}

export function hasPaymentCue(message: NormalMessage): boolean {
  const cues = cueIndex();
  const { lower, tokens, hits } = message.body;
  const { starts, ends } = tokens;
  const count = starts.length;
  for (const match of hits.cues.paymentCues) {
    let from = match.start;
    while (
      from > 0 &&
      match.start - from < SENTENCE_REACH &&
      !terminator(lower, ends[from - 1] as number, starts[from] as number)
    )
      from--;
    let to = match.end;
    while (
      to < count &&
      to - match.end < SENTENCE_REACH &&
      !terminator(lower, ends[to - 1] as number, starts[to] as number)
    )
      to++;
    const closingEnd =
      to < count ? (starts[to] as number) : Math.min(lower.length, (ends[to - 1] as number) + 20);
    if (terminator(lower, ends[to - 1] as number, closingEnd) === QUESTION) continue;
    const blockers = cues.paymentBlockerHashes[match.tag];
    let blocked = false;
    for (let k = from; k < to && !blocked; k++) {
      // After the cue, the clause ends at a comma: "ich habe überwiesen, der Betrag sollte in den
      // nächsten Tagen eingehen" and "we've paid, will send proof" report a payment. Before it,
      // the whole sentence counts ("Falls Sie bereits überwiesen haben, ...").
      if (k >= match.end && hasComma(lower, ends[k - 1] as number, starts[k] as number)) break;
      const word = blockers?.get(tokens.hashes[k] as number);
      blocked = word !== undefined && tokenIs(lower, tokens, k, word);
    }
    if (!blocked) return true;
  }
  return false;
}
