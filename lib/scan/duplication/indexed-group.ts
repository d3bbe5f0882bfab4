/**
 * One language group's files and the PairIndex of their windows, kept from point to point: the
 * index upkeep of clone-history.ts (a file's windows in, out, or carried over to its new version
 * along kept runs), marking dirty the files whose sweep an insertion can alter.
 */
import type { TokenStream } from "../types";
import type { Clone } from "./clone-match";
import type { KeptRuns } from "./kept-runs";
import { PairIndex } from "./pair-index";
import type { CloneInputFile } from "./stream-facts";
import { sameWindowIn, type FileWindowHashes } from "./window-classes";
import { objectArray } from "../object-array";

/** One window of a file's last sweep that paired with an earlier window, grown into a match. */
export interface Match {
  /** The window. */
  k: number;
  /** The partner file's id and the earlier window's offset in it. */
  partner: number;
  at: number;
  /** Tokens grown on the left; tokens in all. */
  left: number;
  length: number;
  /** Null when the match spans too few lines. */
  clone: Clone | null;
}

/** A Match, always of one shape (see segment() in ../analyze/segments.ts). */
export function match(k: number, partner: number, at: number, left: number, length: number, clone: Clone | null): Match {
  return { k, partner, at, left, length, clone };
}

export interface FileState {
  id: number;
  path: string;
  tokens: TokenStream;
  windows: FileWindowHashes;
  /** Each window's index node. */
  nodes: Int32Array;
  /** 1 where another window has the same pair (the only windows a sweep looks up). */
  shared: Uint8Array;
  matches: Match[];
  duplicatedLines: number;
}

export interface SweepOptions {
  width: number;
  minLines: number;
  mask: number;
}

/** Table regions of 2^REGION_SLOT_BITS slots (256 KB) for indexAll, at most 2^REGION_BITS_MAX of them (write streams of its scatter pass). */
const REGION_SLOT_BITS = 14;
const REGION_BITS_MAX = 8;

const NO_NODES = new Int32Array(0);
/** affectedFrom's "no window": above any offset. */
export const NO_WINDOW = 0x7fffffff;
const NO_BITS = new Uint8Array(0);

export class IndexedGroup {
  readonly index = new PairIndex(1 << 16);
  readonly byPath = new Map<string, FileState>();
  readonly byId: Array<FileState | undefined> = [];
  /** Each file's rank at this point (path order), by id. */
  protected rank = new Int32Array(0);
  /** 1 for a file to sweep again at this point, by id. */
  protected dirty = new Uint8Array(0);
  /**
   * By id, this point's first window of the file that gained a new earliest twin (NO_WINDOW:
   * none). Offsets below a changed file's first edit are the same in both versions.
   */
  protected affectedFrom = new Int32Array(0);
  protected nextId = 0;
  /** Whether a point was swept: at the first sweep every file is new, dirty, and indexed at once (indexAll). */
  swept = false;

  constructor(readonly options: SweepOptions) {}

  protected add(file: CloneInputFile, windows: FileWindowHashes): FileState {
    const state: FileState = {
      id: this.nextId++, path: file.path, tokens: file.tokens, windows, nodes: NO_NODES, shared: NO_BITS, matches: objectArray(), duplicatedLines: 0,
    };
    this.byPath.set(file.path, state);
    this.byId[state.id] = state;
    return state;
  }

  /** Clears the shared bit of a window left alone with its pair. */
  private readonly left = (node: number) => {
    const other = this.byId[this.index.fileOf(node)];
    if (other) other.shared[this.index.offsetOf(node)] = 0;
  };

  protected unindex(s: FileState): void {
    const { index } = this;
    const stamp = index.nextStamp();
    const { h1, h2 } = s.windows;
    for (let k = 0; k < s.nodes.length; k++) index.removeFile(h1[k]!, h2[k]!, s.id, stamp, this.left);
    s.nodes = NO_NODES;
    s.shared = NO_BITS;
  }

  /**
   * A changed file's new version: windows inside a kept run keep their nodes at shifted offsets
   * (runs keep their order, so every chain stays in position order); only the others are
   * removed and inserted.
   */
  protected reindex(s: FileState, tokens: TokenStream, windows: FileWindowHashes, kept: KeptRuns): void {
    const { index } = this;
    const width = this.options.width;
    const oldNodes = s.nodes;
    const oldShared = s.shared;
    const n = windows.h1.length;
    const { runs } = kept;
    // Old windows [from, to) of run r stay, at offset + shift (runs are in order and disjoint).
    const keptTo = (r: number) => Math.min(runs[r + 1]! - width + 1, oldNodes.length);
    // Removed first, while offsets and shared bits are still the old version's (see `left`).
    const { h1, h2 } = s.windows;
    let k = 0;
    for (let r = 0; r < runs.length; r += 3) {
      const to = keptTo(r);
      if (to <= runs[r]!) continue;
      for (; k < runs[r]!; k++) index.remove(oldNodes[k]!, h1[k]!, h2[k]!, this.left);
      k = to;
    }
    for (; k < oldNodes.length; k++) index.remove(oldNodes[k]!, h1[k]!, h2[k]!, this.left);
    s.tokens = tokens;
    s.windows = windows;
    s.nodes = new Int32Array(n).fill(-1);
    s.shared = new Uint8Array(n);
    for (let r = 0; r < runs.length; r += 3) {
      const from = runs[r]!;
      const to = keptTo(r);
      if (to <= from) continue;
      const shift = runs[r + 2]! - from;
      s.nodes.set(oldNodes.subarray(from, to), from + shift);
      s.shared.set(oldShared.subarray(from, to), from + shift);
      if (shift !== 0) for (let j = from; j < to; j++) index.moveTo(oldNodes[j]!, j + shift);
    }
    // New windows, last first, in stretches between kept ones.
    for (let end = n; end > 0; ) {
      while (end > 0 && s.nodes[end - 1]! >= 0) end--;
      let start = end;
      while (start > 0 && s.nodes[start - 1]! < 0) start--;
      if (start < end) this.indexFile(s, start, end);
      end = start;
    }
  }

  /**
   * The first point's windows, every file fresh and in rank order, into the index: what
   * indexFile over each file in turn gives, in fewer cache misses. Nodes are numbered in
   * position order (a file's windows stay side by side for later points' upkeep), but linked
   * table region by region: the windows are partitioned by the region their probe starts in (two
   * sequential passes, as in window-classes.ts), each region in position order, so every chain
   * still ends up in position order while the region of the table being filled stays in cache.
   */
  protected indexAll(states: readonly FileState[]): void {
    const { index } = this;
    let total = 0;
    for (const s of states) total += s.windows.h1.length;
    const bits = Math.min(REGION_BITS_MAX, Math.max(0, index.slotBits - REGION_SLOT_BITS));
    const shift = index.slotBits - bits;
    const start = new Int32Array((1 << bits) + 1);
    const first = index.takeNodes(total);
    let node = first;
    for (const s of states) {
      const { h1, h2 } = s.windows;
      s.nodes = new Int32Array(h1.length);
      for (let k = 0; k < h1.length; k++) {
        index.place(node, s.id, k);
        s.nodes[k] = node++;
        start[(index.home(h1[k]!, h2[k]!) >>> shift) + 1]!++;
      }
    }
    for (let b = 0; b < 1 << bits; b++) start[b + 1]! += start[b]!;
    // [h1, h2, node] per window, region by region, each region in position order.
    const records = new Int32Array(total * 3);
    for (const s of states) {
      const { h1, h2 } = s.windows;
      for (let k = 0; k < h1.length; k++) {
        const at = start[index.home(h1[k]!, h2[k]!) >>> shift]!++ * 3;
        records[at] = h1[k]!;
        records[at + 1] = h2[k]!;
        records[at + 2] = s.nodes[k]!;
      }
    }
    // Shared bits by node (all the windows' in a few MB, written at random), then copied out.
    const shared = new Uint8Array(total);
    for (let at = 0; at < records.length; at += 3) {
      const slot = index.slotOf(records[at]!, records[at + 1]!, true);
      const head = index.headOf(slot);
      const n = records[at + 2]!;
      index.link(slot, n);
      if (head < 0) continue;
      shared[n - first] = 1;
      // The chain had one window (its tail was its head): it is shared now.
      if (index.before === head) shared[head - first] = 1;
    }
    for (const s of states) s.shared = shared.slice(s.nodes[0]! - first, s.nodes[0]! - first + s.nodes.length);
  }

  /**
   * Puts windows [from, to) of a file in the index after the first point, marking dirty whoever
   * gains an earlier twin. Last window first: each then goes before the file's windows already
   * in, which keeps PairIndex.insert's walk short.
   */
  protected indexFile(s: FileState, from: number, to: number): void {
    const { index, rank, dirty, affectedFrom } = this;
    const { h1, h2 } = s.windows;
    if (s.nodes.length !== h1.length) {
      s.nodes = new Int32Array(h1.length);
      s.shared = new Uint8Array(h1.length);
    }
    for (let k = to - 1; k >= from; k--) {
      const slot = index.slotOf(h1[k]!, h2[k]!, true);
      const head = index.headOf(slot);
      const alone = head >= 0 && index.nextOf(head) === -1;
      const node = index.insert(slot, s.id, k, rank);
      s.nodes[k] = node;
      if (head < 0) continue;
      s.shared[k] = 1;
      // The chain had one window: it is shared now.
      if (alone) this.byId[index.fileOf(head)]!.shared[index.offsetOf(head)] = 1;
      // A new head is every holder's new earliest twin. Not the head: holders keep theirs,
      // unless the head holds other tokens (a hash collision), where any later one may change.
      const first = index.before < 0 ? node : this.sameTokens(head, s, k) ? -1 : node;
      for (let m = first; m >= 0; m = index.nextOf(m)) {
        const file = index.fileOf(m);
        dirty[file] = 1;
        if (index.offsetOf(m) < affectedFrom[file]!) affectedFrom[file] = index.offsetOf(m);
      }
    }
  }

  protected sameTokens(node: number, s: FileState, k: number): boolean {
    const other = this.byId[this.index.fileOf(node)]!;
    return sameWindowIn(other.tokens.hashes, this.index.offsetOf(node), s.tokens.hashes, k, this.options.width);
  }
}
