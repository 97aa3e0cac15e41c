/**
 * A set of 16-bit keys (the low 16 bits of a hash, a UTF-16 code unit) in 8 KB, one bit per key.
 * The analysis runs in the content script of every mail tab, in the page's renderer: byte-per-key
 * tables cost it 64 KB each for as long as the tab is open.
 */
export class BitSet16 {
  private readonly bits = new Int32Array(2048);

  add(key: number): void {
    const at = (key >>> 5) & 2047;
    this.bits[at] = (this.bits[at] as number) | (1 << (key & 31));
  }

  has(key: number): boolean {
    return (((this.bits[(key >>> 5) & 2047] as number) >>> (key & 31)) & 1) === 1;
  }
}
