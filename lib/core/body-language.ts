/**
 * The language of a message body: its common words counted per language (see
 * languages/index.ts). Only the invoice message needs this, so it is a separate, lazy pass.
 */
import { WordCounter } from './word-counter';
import { languages } from './languages';
import type { MessageBody } from './normalize-thread';

/** Reading the first 200 words is plenty to tell the languages apart. */
const MAX_WORDS = 200;
/** Every language's common words, tagged with the language's index. */
const COUNTER = /* @__PURE__ */ new WordCounter(
  languages.flatMap((lang, tag) => lang.commonWords.map((w) => [w, tag] as const)),
);

export function commonWordCounts(body: MessageBody): number[] {
  return COUNTER.count(
    body.lower,
    body.tokens,
    MAX_WORDS,
    new Array<number>(languages.length).fill(0),
  );
}
