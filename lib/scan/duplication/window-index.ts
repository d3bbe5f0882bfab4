/**
 * Rolling hashes of fixed-size token windows and an open-addressing table from window content
 * to the first position holding it. Typed arrays only: one Int32 and one Uint32 per slot.
 */

/** Odd multiplier, so the polynomial hash is a bijection of each token mod 2^32. */
const BASE = 0x01000193;

/** BASE^(width-1) mod 2^32, the weight of the token that leaves the window. */
export function outgoingWeight(width: number): number {
  let w = 1;
  for (let k = 1; k < width; k++) w = Math.imul(w, BASE);
  return w;
}

/** Polynomial hash of tok[from, from+width) mod 2^32, masked. */
export function windowHash(tok: Uint32Array, from: number, width: number, mask: number): number {
  let h = 0;
  for (let k = 0; k < width; k++) h = (Math.imul(h, BASE) + tok[from + k]!) | 0;
  return (h & mask) >>> 0;
}

/** Hash of the window at from+1 given the unmasked hash of the window at from. */
export function rollHash(raw: number, outgoing: number, incoming: number, weight: number): number {
  return (Math.imul(raw - Math.imul(outgoing, weight), BASE) + incoming) | 0;
}

export function sameWindow(tok: Uint32Array, x: number, y: number, width: number): boolean {
  for (let k = 0; k < width; k++) if (tok[x + k] !== tok[y + k]) return false;
  return true;
}

/** 2^28 windows need a 2^29-slot table (4 GiB); callers skip larger inputs instead. */
export const MAX_WINDOWS = 2 ** 28;

export class WindowIndex {
  private readonly pos: Int32Array; // position + 1; 0 marks an empty slot
  private readonly hash: Uint32Array;
  private readonly shift: number;
  private readonly slotMask: number;

  /** capacityHint: how many windows may be inserted; the table keeps its load under 2/3. */
  constructor(
    private readonly tok: Uint32Array,
    private readonly width: number,
    capacityHint: number,
  ) {
    if (capacityHint > MAX_WINDOWS) throw new RangeError(`more than ${MAX_WINDOWS} token windows`);
    let bits = 4;
    while (2 ** bits < capacityHint * 1.5) bits++;
    this.pos = new Int32Array(1 << bits);
    this.hash = new Uint32Array(1 << bits);
    this.shift = 32 - bits;
    this.slotMask = (1 << bits) - 1;
  }

  /**
   * The first position whose window has the same tokens as the window at `at`; when there is
   * none, `at` is recorded and returned. Equal hashes are only candidates: tokens are compared,
   * so a hash collision never yields a match.
   */
  findOrInsert(at: number, h: number): number {
    const { pos, hash, tok, width, slotMask } = this;
    let slot = Math.imul(h, 0x9e3779b1) >>> this.shift;
    for (;;) {
      const p = pos[slot]!;
      if (p === 0) {
        pos[slot] = at + 1;
        hash[slot] = h;
        return at;
      }
      if (hash[slot] === h && sameWindow(tok, p - 1, at, width)) return p - 1;
      slot = (slot + 1) & slotMask;
    }
  }

  /** Bytes held by the table, for diagnostics. */
  get bytes(): number {
    return this.pos.byteLength + this.hash.byteLength;
  }
}
