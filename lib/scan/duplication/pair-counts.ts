/**
 * Counts per (h1, h2) window-hash pair in an open-addressing table of typed arrays: a Map keyed
 * by a pair would need a string or BigInt per window. Counts may go negative (a multiset
 * difference). Pairs are compared in full, never by a truncated key.
 */
export class PairCounts {
  private readonly k1: Int32Array;
  private readonly k2: Int32Array;
  private readonly counts: Int32Array;
  private readonly used: Uint8Array;
  private readonly mask: number;

  constructor(expected: number) {
    let size = 16;
    while (size < expected * 2) size *= 2;
    this.k1 = new Int32Array(size);
    this.k2 = new Int32Array(size);
    this.counts = new Int32Array(size);
    this.used = new Uint8Array(size);
    this.mask = size - 1;
  }

  private slot(h1: number, h2: number): number {
    let s = (Math.imul(h1 ^ Math.imul(h2, 0x9e3779b1), 0x85ebca6b) >>> 7) & this.mask;
    while (this.used[s] === 1 && (this.k1[s] !== h1 || this.k2[s] !== h2)) s = (s + 1) & this.mask;
    return s;
  }

  add(h1: number, h2: number, delta: number): void {
    const s = this.slot(h1, h2);
    if (this.used[s] === 0) {
      this.used[s] = 1;
      this.k1[s] = h1;
      this.k2[s] = h2;
    }
    this.counts[s]! += delta;
  }

  /** The pair's count (0 when never added). */
  get(h1: number, h2: number): number {
    const s = this.slot(h1, h2);
    return this.used[s] === 1 ? this.counts[s]! : 0;
  }
}
