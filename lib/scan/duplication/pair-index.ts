/**
 * Every token window of one language group by its hash pair (h1, h2), kept from one history
 * point to the next and updated file by file, so a point costs in proportion to what changed
 * instead of to the tree (clone-history.ts).
 *
 * A pair's windows form a chain kept in position order (files by rank, then offset), so its
 * head is the earliest window with that pair. Slots live in an open-addressing table of typed
 * arrays; a slot whose chain empties keeps its key (probing stays valid) until the table is
 * rebuilt. Chain nodes (file, offset, next, slot) live in typed arrays with a free list; callers
 * hold node numbers, which stay valid until the node is removed. About 12 bytes per slot and
 * 16 per window.
 */

/** `heads[slot]`: this for a slot never used; 0 for a used slot with an empty chain; else node + 1. */
const NEVER = -1;

export class PairIndex {
  private k1 = new Int32Array(0);
  private k2 = new Int32Array(0);
  /** See NEVER. */
  heads = new Int32Array(0);
  private stamps = new Int32Array(0);
  private stamp = 0;
  private slotMask = 0;
  /** Slots with a key (live or emptied). */
  private used = 0;
  /** Slots with a non-empty chain. */
  private live = 0;

  nodeFile = new Int32Array(0);
  nodeOff = new Int32Array(0);
  /** Next node in the chain, or -1. */
  nodeNext = new Int32Array(0);
  nodeSlot = new Int32Array(0);
  private nodeTop = 0;
  /** Set by insert. */
  before = -1;
  private free = -1;

  constructor(expectedPairs = 1024) {
    this.resize(capacityFor(expectedPairs));
  }

  private resize(capacity: number): void {
    this.k1 = new Int32Array(capacity);
    this.k2 = new Int32Array(capacity);
    this.heads = new Int32Array(capacity).fill(NEVER);
    this.stamps = new Int32Array(capacity);
    this.slotMask = capacity - 1;
    this.used = 0;
    this.live = 0;
  }

  /** Room for `more` new keys: when the table must grow (or shed emptied slots) it is rebuilt. */
  reserve(more: number): void {
    if ((this.used + more) * 10 <= (this.slotMask + 1) * 7) return;
    const { k1, k2, heads } = this;
    this.resize(capacityFor(this.live + more));
    for (let s = 0; s < heads.length; s++) {
      if (heads[s]! <= 0) continue;
      const t = this.slotOf(k1[s]!, k2[s]!, true);
      this.heads[t] = heads[s]!;
      this.live++;
      for (let n = heads[s]! - 1; n >= 0; n = this.nodeNext[n]!) this.nodeSlot[n] = t;
    }
  }

  /** The slot of (h1, h2); with `create`, claims one for a new pair, else -1 when absent. */
  slotOf(h1: number, h2: number, create: boolean): number {
    const { k1, k2, heads, slotMask } = this;
    let s = Math.imul(h1 ^ Math.imul(h2, 0x27d4eb2d), 0x9e3779b1) & slotMask;
    for (;;) {
      const head = heads[s]!;
      if (head === NEVER) {
        if (!create) return -1;
        k1[s] = h1;
        k2[s] = h2;
        heads[s] = 0;
        this.used++;
        return s;
      }
      if (k1[s] === h1 && k2[s] === h2) return s;
      s = (s + 1) & slotMask;
    }
  }

  private node(file: number, off: number, slot: number): number {
    let n = this.free;
    if (n >= 0) this.free = this.nodeNext[n]!;
    else {
      if (this.nodeTop === this.nodeFile.length) {
        const size = Math.max(1024, this.nodeTop * 2);
        const grow = (a: Int32Array) => {
          const b = new Int32Array(size);
          b.set(a);
          return b;
        };
        this.nodeFile = grow(this.nodeFile);
        this.nodeOff = grow(this.nodeOff);
        this.nodeNext = grow(this.nodeNext);
        this.nodeSlot = grow(this.nodeSlot);
      }
      n = this.nodeTop++;
    }
    this.nodeFile[n] = file;
    this.nodeOff[n] = off;
    this.nodeSlot[n] = slot;
    return n;
  }

  /**
   * Inserts window `off` of `file` into the chain of `slot`, in position order (`rank` by file
   * id). Returns the new node; the one before it is `before` (-1: it is the new head). Inserting a file's windows from
   * its last to its first keeps this walk short: each goes before the file's nodes already in.
   */
  insert(slot: number, file: number, off: number, rank: Int32Array): number {
    const n = this.node(file, off, slot);
    const { nodeFile, nodeOff, nodeNext, heads } = this;
    const r = rank[file]!;
    let prev = -1;
    let cur = heads[slot]! - 1;
    if (cur < 0) this.live++;
    while (cur >= 0) {
      const cr = rank[nodeFile[cur]!]!;
      if (cr > r || (cr === r && nodeOff[cur]! > off)) break;
      prev = cur;
      cur = nodeNext[cur]!;
    }
    nodeNext[n] = cur;
    if (prev < 0) heads[slot] = n + 1;
    else nodeNext[prev] = n;
    this.before = prev;
    return n;
  }

  /** A fresh stamp: removeFile calls for one file with one stamp walk each chain once. */
  nextStamp(): number {
    return ++this.stamp;
  }

  /**
   * Unlinks every node of `file` from the chain of `slot` (once per stamp) and calls `left`
   * with the chain's only remaining node when the removal leaves exactly one.
   */
  removeFile(slot: number, file: number, stamp: number, left: (node: number) => void): void {
    if (this.stamps[slot] === stamp) return;
    this.stamps[slot] = stamp;
    const { nodeFile, nodeNext, heads } = this;
    let prev = -1;
    let cur = heads[slot]! - 1;
    let removed = false;
    while (cur >= 0) {
      const next = nodeNext[cur]!;
      if (nodeFile[cur] === file) {
        removed = true;
        if (prev < 0) heads[slot] = next + 1;
        else nodeNext[prev] = next;
        nodeNext[cur] = this.free;
        this.free = cur;
      } else prev = cur;
      cur = next;
    }
    if (removed) this.afterRemoval(slot, left);
  }

  /** Unlinks one node; `left` as for removeFile. */
  remove(node: number, left: (node: number) => void): void {
    const { nodeNext, heads } = this;
    const slot = this.nodeSlot[node]!;
    let prev = -1;
    let cur = heads[slot]! - 1;
    while (cur >= 0 && cur !== node) {
      prev = cur;
      cur = nodeNext[cur]!;
    }
    if (cur < 0) return;
    const next = nodeNext[cur]!;
    if (prev < 0) heads[slot] = next + 1;
    else nodeNext[prev] = next;
    nodeNext[cur] = this.free;
    this.free = cur;
    this.afterRemoval(slot, left);
  }

  private afterRemoval(slot: number, left: (node: number) => void): void {
    const head = this.heads[slot]! - 1;
    if (head < 0) this.live--;
    else if (this.nodeNext[head] === -1) left(head);
  }
}

function capacityFor(pairs: number): number {
  let capacity = 1024;
  while (capacity * 0.45 < pairs) capacity *= 2;
  return capacity;
}
