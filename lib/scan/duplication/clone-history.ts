/**
 * Clone detection carried from one history point to the next: every window stays in a
 * PairIndex, a point updates it for the files that changed, and only the files whose sweep a
 * change can alter are swept again; the others keep their clones. The result is exactly the
 * whole-tree sweep's (clone-history.test.ts checks it against detectClones without history).
 *
 * Why a file's sweep is a function of little: it walks its own windows, pairs each with the
 * earliest window holding the same tokens, and grows the match over its own tokens and the
 * partner file's. So an unchanged file f sweeps the same way again unless
 * - a partner file it paired with changed (or went), or
 * - some window of f has a new earliest twin: a changed or new file's window went to the head
 *   of a chain f is in (or, when a pair's windows hold different tokens, anywhere before f's).
 * Those files are "dirty"; with changed and new files they are swept again.
 */
import type { TokenStream } from "../types";
import { cloneAt, extendMatch, extent, type Clone } from "./clone-match";
import { distinctLinesIn, type CloneInputFile } from "./detect-clones";
import { PairIndex } from "./pair-index";
import { sameWindowIn, type FileWindowHashes } from "./window-classes";

interface FileState {
  id: number;
  path: string;
  tokens: TokenStream;
  windows: FileWindowHashes;
  /** Each window's slot in the index. */
  slots: Int32Array;
  /** 1 where another window has the same pair (the only windows a sweep looks up). */
  shared: Uint8Array;
  /** The clones this file is the later side of, in token order. */
  clones: Clone[];
  /** File id of each clone's earlier side. */
  partners: number[];
  /** Files (other than this one) whose windows the last sweep paired with. */
  refs: number[];
  duplicatedLines: number;
}

interface SweepOptions {
  width: number;
  minLines: number;
  mask: number;
}

/** One language group's index and files. */
class Group {
  readonly index = new PairIndex(1 << 16);
  readonly byPath = new Map<string, FileState>();
  readonly byId: Array<FileState | undefined> = [];
  rank = new Int32Array(0);
  private dirty = new Uint8Array(0);
  private nextId = 0;

  constructor(readonly language: string, readonly options: SweepOptions) {}

  sweep(group: readonly CloneInputFile[], perFile: readonly FileWindowHashes[], out: Clone[]): number[] {
    const { index } = this;
    // Ids for new paths first, so ranks cover every file of this point.
    const states = group.map((f, i) => this.byPath.get(f.path) ?? this.add(f, perFile[i]!));
    this.rank = new Int32Array(this.nextId).fill(-1);
    states.forEach((s, i) => (this.rank[s.id] = i));
    if (this.dirty.length < this.nextId) this.dirty = new Uint8Array(this.nextId * 2);
    const dirty = this.dirty.fill(0);

    const gone: FileState[] = [];
    for (const s of this.byPath.values()) if (this.rank[s.id] === -1) gone.push(s);
    const changed = states.filter((s, i) => s.tokens !== group[i]!.tokens);
    const fresh = states.filter((s) => s.slots.length === 0 && s.windows.h1.length > 0);
    for (const s of [...gone, ...changed]) dirty[s.id] = 1;
    // Partners that changed or went: whoever paired with them sweeps again.
    const moved = dirty.slice(0, this.nextId);
    for (const s of states) if (s.refs.some((r) => moved[r] === 1)) dirty[s.id] = 1;

    for (const s of [...gone, ...changed]) this.unindex(s);
    for (const s of gone) {
      this.byPath.delete(s.path);
      this.byId[s.id] = undefined;
    }
    changed.forEach((s) => {
      const i = this.rank[s.id]!;
      s.tokens = group[i]!.tokens;
      s.windows = perFile[i]!;
    });
    const incoming = [...changed, ...fresh];
    let more = 0;
    for (const s of incoming) more += s.windows.h1.length;
    this.remap(index.reserve(more));
    for (const s of incoming) {
      dirty[s.id] = 1;
      this.indexFile(s);
    }

    const oldPartners = new Set<number>();
    for (const s of gone) for (const p of s.partners) oldPartners.add(p);
    for (const s of states) {
      if (!dirty[s.id]) continue;
      for (const p of s.partners) oldPartners.add(p);
      this.sweepFile(s);
    }
    // Duplicated lines change where a dirty file's clones (either side) were or are.
    const linesDirty = new Uint8Array(this.nextId);
    for (const p of oldPartners) linesDirty[p] = 1;
    for (const s of states) {
      if (!dirty[s.id]) continue;
      linesDirty[s.id] = 1;
      for (const p of s.partners) linesDirty[p] = 1;
    }
    const ranges = new Map<number, Array<[number, number]>>();
    for (const s of states) if (linesDirty[s.id]) ranges.set(s.id, []);
    for (const s of states) {
      const own = ranges.get(s.id);
      s.clones.forEach((c, k) => {
        own?.push([c.b.startToken, c.b.endToken - 1]);
        ranges.get(s.partners[k]!)?.push([c.a.startToken, c.a.endToken - 1]);
      });
      for (const c of s.clones) out.push(c);
    }
    for (const [id, r] of ranges) {
      const s = this.byId[id];
      if (s) s.duplicatedLines = distinctLinesIn(s.tokens.lines, r);
    }
    return states.map((s) => s.duplicatedLines);
  }

  private add(file: CloneInputFile, windows: FileWindowHashes): FileState {
    const state: FileState = {
      id: this.nextId++, path: file.path, tokens: file.tokens, windows, slots: new Int32Array(0), shared: new Uint8Array(0),
      clones: [], partners: [], refs: [], duplicatedLines: 0,
    };
    this.byPath.set(file.path, state);
    this.byId[state.id] = state;
    return state;
  }

  private remap(map: Int32Array | null): void {
    if (!map) return;
    for (const s of this.byPath.values()) for (let k = 0; k < s.slots.length; k++) s.slots[k] = map[s.slots[k]!]!;
  }

  /** Takes a file's windows out of the index; a pair left with one window is no longer shared. */
  private unindex(s: FileState): void {
    const { index } = this;
    const stamp = index.nextStamp();
    const left = (node: number) => {
      const other = this.byId[index.nodeFile[node]!];
      if (other && other !== s) other.shared[index.nodeOff[node]!] = 0;
    };
    for (let k = 0; k < s.slots.length; k++) index.removeFile(s.slots[k]!, s.id, stamp, left);
    s.slots = new Int32Array(0);
    s.shared = new Uint8Array(0);
  }

  /** Puts a file's windows in the index, last first (see PairIndex.insert), marking dirty whoever gains an earlier twin. */
  private indexFile(s: FileState): void {
    const { index, rank, dirty } = this;
    const { h1, h2 } = s.windows;
    const n = h1.length;
    s.slots = new Int32Array(n);
    s.shared = new Uint8Array(n);
    for (let k = n - 1; k >= 0; k--) {
      const slot = index.slotOf(h1[k]!, h2[k]!, true);
      s.slots[k] = slot;
      const head = index.heads[slot]! - 1;
      if (head < 0) {
        index.insert(slot, s.id, k, rank);
        continue;
      }
      s.shared[k] = 1;
      if (index.nodeNext[head] === -1) this.byId[index.nodeFile[head]!]!.shared[index.nodeOff[head]!] = 1;
      const node = index.insert(slot, s.id, k, rank);
      const before = index.before;
      // A new head is every holder's new earliest twin. Not the head: holders keep theirs,
      // unless the head holds other tokens (a hash collision), where any later one may change.
      const from = before < 0 ? index.heads[slot]! - 1 : this.sameTokens(head, s, k) ? -1 : node;
      for (let m = from; m >= 0; m = index.nodeNext[m]!) dirty[index.nodeFile[m]!] = 1;
    }
  }

  private sameTokens(node: number, s: FileState, k: number): boolean {
    const other = this.byId[this.index.nodeFile[node]!]!;
    return sameWindowIn(other.tokens.hashes, this.index.nodeOff[node]!, s.tokens.hashes, k, this.options.width);
  }

  /** The whole-tree sweep (detect-clones.ts) restricted to one file, reading partners from the index. */
  private sweepFile(s: FileState): void {
    const { index, options: { width, minLines }, language } = this;
    const { nodeFile, nodeOff, nodeNext, heads } = index;
    const tj = s.tokens.hashes;
    const n = s.windows.h1.length;
    const clones: Clone[] = [];
    const partners: number[] = [];
    const refs = new Set<number>();
    let floor = 0;
    for (let k = 0; k < n; k++) {
      if (k < floor || s.shared[k] === 0) continue;
      // The earliest window with the same tokens: the chain is in position order.
      let p = -1;
      for (let m = heads[s.slots[k]!]! - 1; m >= 0; m = nodeNext[m]!) {
        if (nodeFile[m] === s.id && nodeOff[m] === k) break;
        if (this.sameTokens(m, s, k)) {
          p = m;
          break;
        }
      }
      if (p < 0) continue;
      const pf = this.byId[nodeFile[p]!]!;
      const po = nodeOff[p]!;
      if (pf !== s) refs.add(pf.id);
      const limit = pf === s ? k - po : Number.MAX_SAFE_INTEGER;
      if (limit < width) continue;
      const tp = pf.tokens.hashes;
      extendMatch(tj, k, floor, tj.length, tp, po, 0, tp.length, limit, width);
      const { left, length } = extent;
      const clone = cloneAt(language, pf, po - left, s, k - left, length, minLines);
      if (clone) {
        clones.push(clone);
        partners.push(pf.id);
      }
      floor = k - left + length;
    }
    s.clones = clones;
    s.partners = partners;
    s.refs = [...refs];
  }
}

export class CloneHistory {
  private groups = new Map<string, Group>();
  private swept = new Set<string>();

  /** One language group's clones (appended to `out`) and each file's duplicated lines. */
  sweep(language: string, group: readonly CloneInputFile[], perFile: readonly FileWindowHashes[], options: SweepOptions, out: Clone[]): number[] {
    let state = this.groups.get(language);
    const o = state?.options;
    if (!state || o!.width !== options.width || o!.minLines !== options.minLines || o!.mask !== options.mask) {
      state = new Group(language, { ...options });
      this.groups.set(language, state);
    }
    this.swept.add(language);
    return state.sweep(group, perFile, out);
  }

  /** After a point: forgets the groups it did not sweep (a language gone, or skipped). */
  finishPoint(): void {
    for (const language of this.groups.keys()) if (!this.swept.has(language)) this.groups.delete(language);
    this.swept.clear();
  }
}
