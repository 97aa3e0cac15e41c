import { describe, expect, test } from 'vitest';
import { BitSet16 } from '../../lib/core/bit-set';

describe('BitSet16', () => {
  test('holds the keys added, by their low 16 bits, and nothing else', () => {
    const set = new BitSet16();
    for (const key of [0, 31, 32, 0xe4, 0xffff, 0x12345]) set.add(key);
    for (const key of [0, 31, 32, 0xe4, 0xffff, 0x2345, 0x12345]) expect(set.has(key)).toBe(true);
    for (const key of [1, 30, 33, 0xe5, 0xfffe, 0x2346]) expect(set.has(key)).toBe(false);
  });

  test('keeps every one of the 65,536 keys apart', () => {
    const set = new BitSet16();
    for (let key = 0; key < 65536; key += 3) set.add(key);
    let wrong = 0;
    for (let key = 0; key < 65536; key++) if (set.has(key) !== (key % 3 === 0)) wrong++;
    expect(wrong).toBe(0);
  });
});
