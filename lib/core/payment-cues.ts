/**
 * Whether a message says a payment happened (SPEC §2: "habe überwiesen", "payment sent",
 * "virement effectué", "payment received, thank you"). Only the message's new text is read:
 * quoted history repeats old mails. A cue does not count in a sentence that negates, conditions
 * or promises it in the cue's own language ("noch nicht überwiesen", "if you have already
 * paid", "we'll pay next Friday", "je n'ai pas encore reçu le règlement"), nor in a question.
 */
import { cueIndex } from './cue-index';
import { tokenIs } from './cue-scan';
import { bodyOf, type NormalMessage } from './normalize-thread';

/** How far a sentence reaches on either side of a cue, in words. */
const SENTENCE_REACH = 40;

/** Does the text between two words end a sentence? Returns the terminator or ''. */
function terminator(gap: string): string {
  if (gap.includes('?')) return '?';
  if (gap.includes('!') || gap.includes(';') || gap.includes('\n\n')) return '.';
  const dot = gap.indexOf('.');
  // "1.547,00" and "z.B." keep the sentence going; ". " ends it.
  if (dot >= 0 && (dot === gap.length - 1 || /\s/.test(gap[dot + 1] as string))) return '.';
  return '';
}

export function hasPaymentCue(message: NormalMessage): boolean {
  const cues = cueIndex();
  const { lower, tokens, hits } = bodyOf(message);
  const { starts, ends } = tokens;
  const count = starts.length;
  for (const match of hits.cues.paymentCues) {
    let from = match.start;
    while (from > 0 && match.start - from < SENTENCE_REACH && !terminator(lower.slice(ends[from - 1], starts[from]))) from--;
    let to = match.end;
    while (to < count && to - match.end < SENTENCE_REACH && !terminator(lower.slice(ends[to - 1], starts[to]))) to++;
    const closing = to < count ? terminator(lower.slice(ends[to - 1], starts[to])) : lower.slice(ends[to - 1]).trim().slice(0, 1);
    if (closing === '?') continue;
    const blockers = cues.paymentBlockerHashes[match.tag];
    let blocked = false;
    for (let k = from; k < to && !blocked; k++) {
      const word = blockers?.get(tokens.hashes[k] as number);
      blocked = word !== undefined && tokenIs(lower, tokens, k, word);
    }
    if (!blocked) return true;
  }
  return false;
}
