/**
 * Every token window of one language group by its hash pair (h1, h2), kept from one history
 * point to the next and updated file by file, so a point costs in proportion to what changed
 * instead of to the tree (clone-history.ts).
 *
 * A pair's windows form a chain kept in position order (files by rank, then offset), so its
 * head is the earliest window with that pair. Slots live in an open-addressing table; a slot
 * whose chain empties keeps its key (probing stays valid) until the table is rebuilt, which
 * happens when an insertion finds it 70% used. Chain nodes (file, offset, next) live in a typed
 * array with a free list; callers hold node numbers, which stay valid until the node is removed.
 *
 * Why interleaved arrays (a slot's four fields side by side, a node's three): the table and the
 * node pool are far larger than the CPU caches and are read at random, so one cache line per
 * slot or node, instead of one per field, is most of the cost of indexing, sweeping and
 * rebuilding (a SQLAlchemy backfill spent ~1.4 s rebuilding four parallel arrays). About 16
 * bytes per slot and 12 per window.
 */

/** A slot's head field: this (a new table's zeros) for a slot never used; EMPTY for a used slot with an empty chain; else node + 2. */
const NEVER = 0;
const EMPTY = 1;
/** Slot fields: key halves, chain head, chain tail (a node; meaningless while the chain is empty). */
const SLOT = 4;
const K1 = 0;
const K2 = 1;
const HEAD = 2;
const TAIL = 3;
/** Node fields: file id, window offset, next node (-1: none). */
const NODE = 3;
const FILE = 0;
const OFF = 1;
const NEXT = 2;

/*
 * A new table is read at random (probes) before it is written. Each page first read maps the
 * kernel's shared zero page, and the first write to it then faults again and flushes the TLB of
 * every thread of the process. Zeros written once up front fault each page in once, in order
 * (SQLAlchemy's first backfill point: indexAll 289-354 ms against 426-506 ms).
 */
function writtenInt32Array(length: number): Int32Array<ArrayBuffer> {
  return new Int32Array(length).fill(0);
}

export class PairIndex {
  private table = new Int32Array(0);
  /** Per slot, the stamp of the last removeFile that walked its chain (grown on demand: removals are rare). */
  private stamps = new Int32Array(0);
  private stamp = 0;
  private slotMask = 0;
  /** Slots with a key (live or emptied). */
  private used = 0;
  /** Slots with a non-empty chain. */
  private live = 0;

  private nodes = new Int32Array(0);
  private nodeTop = 0;
  /** Set by insert. */
  before = -1;
  private free = -1;

  constructor(expectedPairs = 1024) {
    this.resize(capacityFor(expectedPairs));
  }

  private resize(capacity: number): void {
    this.table = writtenInt32Array(capacity * SLOT);
    this.stamps = new Int32Array(0);
    this.slotMask = capacity - 1;
    this.used = 0;
    this.live = 0;
  }

  /** Room for `pairs` more keys without a rebuild on the way (the table is rebuilt now if need be). */
  expect(pairs: number): void {
    if ((this.used + pairs) * 10 > (this.slotMask + 1) * 7) this.rebuild(pairs);
  }

  /** Rebuilt with the live keys only, grown when they (and `more`) fill more than 45% of it. Node numbers stay. */
  private rebuild(more = 1): void {
    const old = this.table;
    this.resize(capacityFor(this.live + more));
    for (let s = 0; s < old.length; s += SLOT) {
      const head = old[s + HEAD]!;
      if (head <= EMPTY) continue;
      const t = this.slotOf(old[s + K1]!, old[s + K2]!, true) * SLOT;
      this.table[t + HEAD] = head;
      this.table[t + TAIL] = old[s + TAIL]!;
      this.live++;
    }
  }

  /** The slot of (h1, h2); with `create`, claims one for a new pair (the table may be rebuilt first), else -1 when absent. */
  slotOf(h1: number, h2: number, create: boolean): number {
    const { table, slotMask } = this;
    let s = this.home(h1, h2);
    for (;;) {
      const at = s * SLOT;
      const head = table[at + HEAD]!;
      if (head === NEVER) {
        if (!create) return -1;
        if ((this.used + 1) * 10 > (slotMask + 1) * 7) {
          this.rebuild();
          return this.slotOf(h1, h2, true);
        }
        table[at + K1] = h1;
        table[at + K2] = h2;
        table[at + HEAD] = EMPTY;
        this.used++;
        return s;
      }
      if (table[at + K1] === h1 && table[at + K2] === h2) return s;
      s = (s + 1) & slotMask;
    }
  }

  /** The slot where the probe for (h1, h2) starts: slots are claimed at or just after it. */
  home(h1: number, h2: number): number {
    return Math.imul(h1 ^ Math.imul(h2, 0x27d4eb2d), 0x9e3779b1) & this.slotMask;
  }

  /** log2 of the table's slot count. */
  get slotBits(): number {
    return 31 - Math.clz32(this.slotMask + 1);
  }

  /** The first node of a slot's chain, or -1. */
  headOf(slot: number): number {
    return this.table[slot * SLOT + HEAD]! - 2;
  }

  fileOf(node: number): number {
    return this.nodes[node * NODE + FILE]!;
  }

  offsetOf(node: number): number {
    return this.nodes[node * NODE + OFF]!;
  }

  /** The next node in the chain, or -1. */
  nextOf(node: number): number {
    return this.nodes[node * NODE + NEXT]!;
  }

  /** Renumbers a node's window (its file's new version keeps it at a shifted offset, in the same order). */
  moveTo(node: number, off: number): void {
    this.nodes[node * NODE + OFF] = off;
  }

  /** `count` new nodes, numbered from the one returned, for place() and link(). */
  takeNodes(count: number): number {
    this.roomFor(count);
    this.nodeTop += count;
    return this.nodeTop - count;
  }

  /** Grows the node pool, when need be, for `count` more nodes past the top. */
  private roomFor(count: number): void {
    if ((this.nodeTop + count) * NODE <= this.nodes.length) return;
    const grown = new Int32Array(Math.max(1024, this.nodeTop * 2, this.nodeTop + count) * NODE);
    grown.set(this.nodes);
    this.nodes = grown;
  }

  /** Gives node `n` its window, at the end of no chain yet. */
  place(n: number, file: number, off: number): void {
    this.nodes[n * NODE + FILE] = file;
    this.nodes[n * NODE + OFF] = off;
    this.nodes[n * NODE + NEXT] = -1;
  }

  private node(file: number, off: number): number {
    let n = this.free;
    if (n >= 0) this.free = this.nodes[n * NODE + NEXT]!;
    else {
      this.roomFor(1);
      n = this.nodeTop++;
    }
    this.nodes[n * NODE + FILE] = file;
    this.nodes[n * NODE + OFF] = off;
    return n;
  }

  /**
   * Inserts window `off` of `file` into the chain of `slot`, in position order (`rank` by file
   * id). Returns the new node; the one before it is `before` (-1: it is the new head). A window
   * after the chain's tail is appended there at once: the first point's files arrive about in
   * path order. Otherwise the chain is walked from its head; inserting a changed file's windows
   * from its last to its first keeps that walk short (each goes before the file's nodes already in).
   */
  insert(slot: number, file: number, off: number, rank: Int32Array): number {
    const n = this.node(file, off);
    const { nodes, table } = this;
    const at = slot * SLOT;
    const r = rank[file]!;
    const head = table[at + HEAD]! - 2;
    const tail = table[at + TAIL]!;
    if (head < 0 || precedes(rank[nodes[tail * NODE + FILE]!]!, nodes[tail * NODE + OFF]!, r, off)) {
      nodes[n * NODE + NEXT] = -1;
      this.link(slot, n);
      return n;
    }
    let prev = -1;
    let cur = head;
    while (cur >= 0 && precedes(rank[nodes[cur * NODE + FILE]!]!, nodes[cur * NODE + OFF]!, r, off)) {
      prev = cur;
      cur = nodes[cur * NODE + NEXT]!;
    }
    // Never past the tail: the tail is not before the new window.
    nodes[n * NODE + NEXT] = cur;
    if (prev < 0) table[at + HEAD] = n + 2;
    else nodes[prev * NODE + NEXT] = n;
    this.before = prev;
    return n;
  }

  /**
   * Links node `n` (from takeNodes, placed) at the tail of the chain of `slot`; the caller knows
   * its window comes after every window already there. `before` is the old tail (-1: none).
   */
  link(slot: number, n: number): void {
    const { nodes, table } = this;
    const at = slot * SLOT;
    if (table[at + HEAD]! <= EMPTY) {
      this.live++;
      table[at + HEAD] = n + 2;
      this.before = -1;
    } else {
      const tail = table[at + TAIL]!;
      nodes[tail * NODE + NEXT] = n;
      this.before = tail;
    }
    table[at + TAIL] = n;
  }

  /** A fresh stamp: removeFile calls for one file with one stamp walk each chain once. */
  nextStamp(): number {
    if (this.stamps.length === 0) this.stamps = writtenInt32Array(this.slotMask + 1);
    return ++this.stamp;
  }

  /**
   * Unlinks every node of `file` from the chain of (h1, h2) (once per stamp) and calls `left`
   * with the chain's only remaining node when the removal leaves exactly one.
   */
  removeFile(h1: number, h2: number, file: number, stamp: number, left: (node: number) => void): void {
    const slot = this.slotOf(h1, h2, false);
    if (slot < 0 || this.stamps[slot] === stamp) return;
    this.stamps[slot] = stamp;
    const { nodes, table } = this;
    const at = slot * SLOT;
    let prev = -1;
    let cur = table[at + HEAD]! - 2;
    let removed = false;
    while (cur >= 0) {
      const next = nodes[cur * NODE + NEXT]!;
      if (nodes[cur * NODE + FILE] === file) {
        removed = true;
        this.unlink(at, prev, cur, next);
      } else prev = cur;
      cur = next;
    }
    if (removed) this.afterRemoval(at, left);
  }

  /** Unlinks one node, a window of pair (h1, h2); `left` as for removeFile. */
  remove(node: number, h1: number, h2: number, left: (node: number) => void): void {
    const slot = this.slotOf(h1, h2, false);
    if (slot < 0) return;
    const { nodes, table } = this;
    const at = slot * SLOT;
    let prev = -1;
    let cur = table[at + HEAD]! - 2;
    while (cur >= 0 && cur !== node) {
      prev = cur;
      cur = nodes[cur * NODE + NEXT]!;
    }
    if (cur < 0) return;
    this.unlink(at, prev, cur, nodes[cur * NODE + NEXT]!);
    this.afterRemoval(at, left);
  }

  /** Takes `cur` out of the chain at table offset `at`, between `prev` (-1: none) and `next`, onto the free list. */
  private unlink(at: number, prev: number, cur: number, next: number): void {
    const { nodes, table } = this;
    if (prev < 0) table[at + HEAD] = next + 2;
    else nodes[prev * NODE + NEXT] = next;
    if (next < 0 && prev >= 0) table[at + TAIL] = prev;
    nodes[cur * NODE + NEXT] = this.free;
    this.free = cur;
  }

  private afterRemoval(at: number, left: (node: number) => void): void {
    const head = this.table[at + HEAD]! - 2;
    if (head < 0) this.live--;
    else if (this.nodes[head * NODE + NEXT] === -1) left(head);
  }
}

/** Whether window (rank r1, offset o1) comes before window (r2, o2) in position order. */
function precedes(r1: number, o1: number, r2: number, o2: number): boolean {
  return r1 < r2 || (r1 === r2 && o1 < o2);
}

function capacityFor(pairs: number): number {
  let capacity = 1024;
  while (capacity * 0.45 < pairs) capacity *= 2;
  return capacity;
}
