/**
 * Message-ID -> small number (a thread's), for every id an export names. A Map keyed by the id
 * strings costs about 100 bytes per id in V8 and grows with the export; this table keeps a
 * 64-bit hash of each id in typed arrays (12 bytes a slot, at most half full: 24-48 bytes per
 * id). Two different ids sharing a 64-bit hash is not expected below billions of ids.
 */
import { hashPair } from './message-ids';

const START_SLOTS = 1024;

export class IdIndex {
  private hi = new Uint32Array(START_SLOTS);
  private lo = new Uint32Array(START_SLOTS);
  private values = new Int32Array(START_SLOTS);
  private count = 0;

  get size(): number {
    return this.count;
  }

  /** Bytes the table holds, for the bench's account of what stays in memory per message. */
  get bytes(): number {
    return this.hi.byteLength + this.lo.byteLength + this.values.byteLength;
  }

  get(id: string): number | undefined {
    const [hi, lo] = keyOf(id);
    const slot = this.probe(hi, lo);
    return this.hi[slot] === 0 && this.lo[slot] === 0 ? undefined : this.values[slot];
  }

  /** Values are non-negative 31-bit integers. */
  set(id: string, value: number): void {
    const [hi, lo] = keyOf(id);
    let slot = this.probe(hi, lo);
    if (this.hi[slot] === 0 && this.lo[slot] === 0) {
      if ((this.count + 1) * 2 > this.hi.length) {
        this.grow();
        slot = this.probe(hi, lo);
      }
      this.hi[slot] = hi;
      this.lo[slot] = lo;
      this.count++;
    }
    this.values[slot] = value;
  }

  /** The key's slot, or the empty slot where it would go. Linear probing from the low bits. */
  private probe(hi: number, lo: number): number {
    const mask = this.hi.length - 1;
    let slot = lo & mask;
    for (;;) {
      const h = this.hi[slot]!;
      const l = this.lo[slot]!;
      if ((h === hi && l === lo) || (h === 0 && l === 0)) return slot;
      slot = (slot + 1) & mask;
    }
  }

  private grow(): void {
    const { hi, lo, values } = this;
    this.hi = new Uint32Array(hi.length * 2);
    this.lo = new Uint32Array(hi.length * 2);
    this.values = new Int32Array(hi.length * 2);
    for (let i = 0; i < hi.length; i++) {
      if (hi[i] === 0 && lo[i] === 0) continue;
      const slot = this.probe(hi[i]!, lo[i]!);
      this.hi[slot] = hi[i]!;
      this.lo[slot] = lo[i]!;
      this.values[slot] = values[i]!;
    }
  }
}

/** The id's hash; (0, 0) marks an empty slot, so a hash of (0, 0) is moved to (0, 1). */
function keyOf(id: string): [number, number] {
  const pair = hashPair(id);
  const hi = pair[0]!;
  const lo = pair[1]!;
  return hi === 0 && lo === 0 ? [0, 1] : [hi, lo];
}
