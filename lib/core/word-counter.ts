/**
 * Counts listed words in a body's tokens (language detection's common words, register
 * pronouns). Kept out of the main cue scan: these are the most frequent words of any mail and
 * only one or two messages per thread need them.
 */
import { BitSet16 } from './bit-set';
import { tokenIs, wordHash, type BodyTokens } from './body-tokens';

export class WordCounter {
  private readonly byHash = new Map<number, { word: string; tags: number[] }[]>();
  /** The low 16 bits of each listed word's hash: most words skip the map lookup. */
  private readonly filter = new BitSet16();

  constructor(words: Iterable<readonly [string, number]>) {
    for (const [word, tag] of words) {
      const h = wordHash(word);
      this.filter.add(h);
      const list = this.byHash.get(h) ?? [];
      const entry = list.find((e) => e.word === word);
      if (entry) {
        if (!entry.tags.includes(tag)) entry.tags.push(tag);
      } else list.push({ word, tags: [tag] });
      this.byHash.set(h, list);
    }
  }

  /** Adds one to counts[tag] for each listed word among the first `limit` tokens. */
  count(lower: string, tokens: BodyTokens, limit: number, counts: number[]): number[] {
    const n = Math.min(tokens.hashes.length, limit);
    for (let i = 0; i < n; i++) {
      const h = tokens.hashes[i] as number;
      const list = this.filter.has(h) ? this.byHash.get(h) : undefined;
      if (!list) continue;
      for (const e of list) {
        if (!tokenIs(lower, tokens, i, e.word)) continue;
        for (const tag of e.tags) counts[tag] = (counts[tag] ?? 0) + 1;
      }
    }
    return counts;
  }

  /** Indices of the tokens, among the first `limit`, that are listed words. */
  positions(lower: string, tokens: BodyTokens, limit: number): number[] {
    const found: number[] = [];
    const n = Math.min(tokens.hashes.length, limit);
    for (let i = 0; i < n; i++) {
      const h = tokens.hashes[i] as number;
      const list = this.filter.has(h) ? this.byHash.get(h) : undefined;
      if (list && list.some((e) => tokenIs(lower, tokens, i, e.word))) found.push(i);
    }
    return found;
  }
}
