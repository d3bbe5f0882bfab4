/**
 * For every token window, the earliest window with identical tokens. Built by partitioning the
 * windows by hash into cache-sized buckets (two sequential passes), then resolving each bucket
 * with a small hash table. A big table probed in token order costs one cache and TLB miss per
 * token, which measured 2-3x slower on this hardware than the partitioned passes.
 *
 * Memory: 16 bytes per window (entry and the entry's index by window), plus one reusable
 * bucket table.
 */

/**
 * Odd multipliers of two independent polynomial hashes mod 2^32. The first is stored and
 * compared; the second only picks the bucket, so a window is told apart by 32 + bucket bits
 * without storing more (32 bits alone collide a few thousand times among 5 M windows).
 */
const BASE = 0x2545f491;
const BASE2 = 0x5bd1e995;
/** Windows per bucket to aim for: its entries and table then fit in a core's L2 cache. */
const BUCKET_TARGET = 16_384;
/** At most 2^BUCKET_BITS_MAX buckets: more write streams in the scatter pass thrash the TLB. */
const BUCKET_BITS_MAX = 8;
/** Entries in `data` are [hash, position, head] triples. */
const STRIDE = 3;

/** base^(width-1) mod 2^32, the weight of the token that leaves the window. */
export function outgoingWeight(width: number, base = BASE): number {
  let w = 1;
  for (let k = 1; k < width; k++) w = Math.imul(w, base);
  return w;
}

/** Polynomial hash of tok[from, from+width) mod 2^32, as an int32, before masking. */
export function windowHash(tok: Uint32Array, from: number, width: number, base = BASE): number {
  let h = 0;
  for (let k = 0; k < width; k++) h = (Math.imul(h, base) + tok[from + k]!) | 0;
  return h;
}

/** Hash of the window at from+1 given the hash of the window at from. */
export function rollHash(raw: number, outgoing: number, incoming: number, weight: number, base = BASE): number {
  return (Math.imul(raw - Math.imul(outgoing, weight), base) + incoming) | 0;
}

/** The bucket-picking hash (see BASE2), rolled alongside the first by callers. */
export const BUCKET_BASE = BASE2;

export function sameWindow(tok: Uint32Array, x: number, y: number, width: number): boolean {
  return sameWindowIn(tok, x, tok, y, width);
}

/** Whether the windows at x in tx and y in ty hold the same tokens. */
export function sameWindowIn(tx: Uint32Array, x: number, ty: Uint32Array, y: number, width: number): boolean {
  for (let k = 0; k < width; k++) if (tx[x + k] !== ty[y + k]) return false;
  return true;
}

/** 2^28 windows need 3 GiB of entries; callers skip larger inputs instead. */
export const MAX_WINDOWS = 2 ** 28;

/** Both hashes (& mask) of every window of one file, window k starting at token k. */
export interface FileWindowHashes {
  h1: Int32Array;
  h2: Int32Array;
}

/** Hashes of every window of a token stream: rolled once, then read by every pass (and point). */
export function fileWindowHashes(hashes: Uint32Array, width: number, mask: number): FileWindowHashes {
  const n = Math.max(0, hashes.length - width + 1);
  const h1 = new Int32Array(n);
  const h2 = new Int32Array(n);
  if (n) {
    const weight = outgoingWeight(width);
    const weight2 = outgoingWeight(width, BASE2);
    let raw = windowHash(hashes, 0, width);
    let raw2 = windowHash(hashes, 0, width, BASE2);
    for (let j = 0; ; j++) {
      h1[j] = raw & mask;
      h2[j] = raw2 & mask;
      if (j === n - 1) break;
      raw = rollHash(raw, hashes[j]!, hashes[j + width]!, weight);
      raw2 = rollHash(raw2, hashes[j]!, hashes[j + width]!, weight2, BASE2);
    }
  }
  return { h1, h2 };
}

/*
 * Scratch arrays reused from one call to the next: a history backfill runs clone detection once
 * per point over a similar amount of code, and allocating (and zeroing, and collecting) tens of
 * MB per point cost more than the detection itself. One detection runs at a time (synchronous).
 */
let scratchData = new Int32Array(0);
let scratchRepeated = new Int32Array(0);
let scratchEntryAt = new Int32Array(0);

export class WindowClasses {
  private readonly data: Int32Array;
  private readonly bucketStart: Int32Array;
  /** Bit j set: some earlier window has the same (masked) hash. */
  private readonly repeated: Int32Array;
  /**
   * The entry of each indexed window, by its ordinal (windows numbered in index order: file by
   * file, each file's windows in order), so a sweep in that order finds its entry
   * without searching the bucket (the search was a cache miss per probe and a quarter of it).
   */
  private readonly entryAt: Int32Array;
  private readonly bucketShift: number;

  /**
   * tok holds the files back to back, file f at [starts[f], starts[f+1]); windows never cross
   * a file end. perFile[f] holds file f's window hashes, already masked (tests force collisions
   * with a mask). `windows` counts them.
   */
  constructor(
    private readonly tok: Uint32Array,
    starts: Int32Array,
    private readonly width: number,
    perFile: readonly FileWindowHashes[],
    windows: number,
  ) {
    if (windows > MAX_WINDOWS) throw new RangeError(`more than ${MAX_WINDOWS} token windows`);
    let bits = 0;
    while (bits < BUCKET_BITS_MAX && windows >>> bits > BUCKET_TARGET) bits++;
    this.bucketShift = bits === 0 ? 32 : 32 - bits;
    const buckets = 1 << bits;
    this.bucketStart = new Int32Array(buckets + 1);
    if (scratchData.length < windows * STRIDE) scratchData = new Int32Array(Math.ceil(windows * 1.1) * STRIDE);
    this.data = scratchData;
    const bitWords = (tok.length >>> 5) + 1;
    if (scratchRepeated.length < bitWords) scratchRepeated = new Int32Array(Math.ceil(bitWords * 1.1));
    else scratchRepeated.fill(0, 0, bitWords);
    this.repeated = scratchRepeated;

    // Two sequential passes (count, then scatter), inlined: a callback per window cost ~30%.
    const counts = this.bucketStart;
    for (let f = 0; f < perFile.length; f++) {
      const { h2 } = perFile[f]!;
      for (let k = 0; k < h2.length; k++) counts[this.bucketOf(h2[k]!) + 1]!++;
    }
    for (let b = 0; b < buckets; b++) counts[b + 1]! += counts[b]!;
    const fill = counts.slice(0, buckets);
    const data = this.data;
    if (scratchEntryAt.length < windows) scratchEntryAt = new Int32Array(Math.ceil(windows * 1.1));
    const entryAt = (this.entryAt = scratchEntryAt);
    let ordinal = 0;
    for (let f = 0; f < perFile.length; f++) {
      const { h1, h2 } = perFile[f]!;
      const base = starts[f]!;
      for (let k = 0; k < h1.length; k++) {
        const entry = fill[this.bucketOf(h2[k]!)]!++;
        entryAt[ordinal++] = entry;
        data[entry * STRIDE] = h1[k]!;
        data[entry * STRIDE + 1] = base + k;
      }
    }
    let table = new Int32Array(16);
    for (let b = 0; b < buckets; b++) {
      const size = this.bucketStart[b + 1]! - this.bucketStart[b]!;
      let slots = 16;
      while (slots < size * 2) slots *= 2;
      if (table.length < slots) table = new Int32Array(slots);
      else table.fill(0, 0, slots);
      this.resolveBucket(b, table, slots - 1);
    }
  }

  /**
   * Head of each entry: the earliest entry of the bucket with the same hash (by hash only).
   * Entries are in position order, so the first one seen is the earliest.
   */
  private resolveBucket(b: number, table: Int32Array, slotMask: number): void {
    const { data, repeated } = this;
    const end = this.bucketStart[b + 1]!;
    for (let k = this.bucketStart[b]!; k < end; k++) {
      const h = data[k * STRIDE]!;
      let slot = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d) & slotMask;
      for (;;) {
        const e = table[slot]!;
        if (e === 0) {
          table[slot] = k + 1;
          data[k * STRIDE + 2] = data[k * STRIDE + 1]!;
          break;
        }
        if (data[(e - 1) * STRIDE] === h) {
          const j = data[k * STRIDE + 1]!;
          const head = data[(e - 1) * STRIDE + 2]!;
          data[k * STRIDE + 2] = head;
          repeated[j >>> 5]! |= 1 << (j & 31);
          break;
        }
        slot = (slot + 1) & slotMask;
      }
    }
  }

  /** h2: the window's BUCKET_BASE hash & mask. */
  bucketOf(h2: number): number {
    return this.bucketShift === 32 ? 0 : Math.imul(h2, 0x9e3779b1) >>> this.bucketShift;
  }

  /** Whether an earlier window has the same hash: a cheap, sequential pre-check for earliest(). */
  mayRepeat(j: number): boolean {
    return (this.repeated[j >>> 5]! & (1 << (j & 31))) !== 0;
  }

  /**
   * The earliest position whose window holds the same tokens as the window at j, or j itself;
   * `ordinal` is j's number in index order (see entryAt), h2 its BUCKET_BASE hash & mask. Equal
   * hashes are only candidates:
   * tokens are compared, and on a collision the bucket is searched, so a collision never yields a
   * wrong match.
   */
  earliest(j: number, ordinal: number, h2: number): number {
    if (!this.mayRepeat(j)) return j;
    const { tok, width, data } = this;
    const entry = this.entryAt[ordinal]!;
    const head = data[entry * STRIDE + 2]!;
    if (sameWindow(tok, head, j, width)) return head;
    // The bucket holds entries in position order: those before j's are the earlier windows.
    const h = data[entry * STRIDE]!;
    for (let q = this.bucketStart[this.bucketOf(h2)]!; q < entry; q++) {
      if (data[q * STRIDE] === h && sameWindow(tok, data[q * STRIDE + 1]!, j, width)) return data[q * STRIDE + 1]!;
    }
    return j;
  }
}
