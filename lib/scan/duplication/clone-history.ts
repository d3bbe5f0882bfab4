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
import { carriedMatches, keepClone, shifted } from "./carried-matches";
import { cloneAt, extendMatch, extent, type Clone } from "./clone-match";
import { IndexedGroup, match, NO_WINDOW, type FileState, type Match, type SweepOptions } from "./indexed-group";
import { keptRuns, type KeptRuns } from "./kept-runs";
import type { TokenStream } from "../types";
import { distinctLinesInPairs, type CloneInputFile } from "./stream-facts";
import type { FileWindowHashes } from "./window-classes";
import { filterObjects, mapObjects, objectArray } from "../object-array";

/** One language group: the clone sweep over its IndexedGroup, point after point. */
class Group extends IndexedGroup {
  constructor(readonly language: string, options: SweepOptions, readonly stats: CloneHistoryStats) {
    super(options);
  }

  sweep(group: readonly CloneInputFile[], perFile: readonly FileWindowHashes[], out: Clone[]): number[] {
    // Ids for new paths first, so ranks cover every file of this point.
    // Arrays built here are of one kind at every point, empty or not (see object-array.ts).
    const states = mapObjects(group, (f, i) => this.byPath.get(f.path) ?? this.add(f, perFile[i]!));
    this.rank = new Int32Array(this.nextId).fill(-1);
    for (let i = 0; i < states.length; i++) this.rank[states[i]!.id] = i;
    if (this.dirty.length < this.nextId) {
      this.dirty = new Uint8Array(this.nextId * 2);
      this.affectedFrom = new Int32Array(this.nextId * 2);
    }
    this.dirty.fill(0);
    this.affectedFrom.fill(NO_WINDOW);
    const gone = objectArray<FileState>();
    for (const s of this.byPath.values()) if (this.rank[s.id] === -1) gone.push(s);
    const before = new Map<number, TokenStream>();
    const kept = this.keptRuns(states, group, perFile, gone, before);
    const retouched = this.retouched(states, kept);
    this.update(states, group, perFile, gone, kept);
    const oldPartners = this.resweep(states, gone, kept, before);
    let reread = 0;
    for (const s of retouched) {
      if (this.dirty[s.id]) continue;
      this.reread(s, kept);
      reread++;
    }
    this.stats.files += states.length;
    this.stats.reread += reread;
    for (const s of states) if (this.dirty[s.id]) this.stats.swept++;
    const touched = filterObjects(states, (x) => this.dirty[x.id]);
    for (const s of retouched) touched.push(s);
    this.countLines(states, touched, oldPartners);
    for (const s of states) for (const m of s.matches) if (m.clone) out.push(m.clone);
    this.swept = true;
    const lines: number[] = [];
    for (const s of states) lines.push(s.duplicatedLines);
    return lines;
  }

  /** What each changed file kept of its last version (null for a file that went); `before` gets their last streams. */
  private keptRuns(
    states: readonly FileState[], group: readonly CloneInputFile[], perFile: readonly FileWindowHashes[], gone: readonly FileState[],
    before: Map<number, TokenStream>,
  ): Map<number, KeptRuns | null> {
    const kept = new Map<number, KeptRuns | null>();
    for (const s of gone) kept.set(s.id, null);
    states.forEach((s, i) => {
      const now = group[i]!.tokens;
      if (s.tokens !== now) {
        before.set(s.id, s.tokens);
        kept.set(s.id, keptRuns({ tokens: s.tokens.hashes, windows: s.windows.h1 }, { tokens: now.hashes, windows: perFile[i]!.h1 }, this.options.width));
      }
    });
    return kept;
  }

  /**
   * Files that paired with a changed or gone file: marked dirty when a match read tokens that
   * changed, else returned, to re-read their matches' partner sides.
   */
  private retouched(states: readonly FileState[], kept: ReadonlyMap<number, KeptRuns | null>): FileState[] {
    const retouched = objectArray<FileState>();
    for (const s of states) {
      if (kept.has(s.id)) continue;
      let touched = false;
      for (const m of s.matches) {
        if (!kept.has(m.partner)) continue;
        touched = true;
        if (shifted(m, kept.get(m.partner)!) === null) this.dirty[s.id] = 1;
      }
      if (touched && !this.dirty[s.id]) retouched.push(s);
    }
    return retouched;
  }

  /** The index after this point's changes (`kept` holds the changed files); changed and new files are dirty. */
  private update(
    states: readonly FileState[], group: readonly CloneInputFile[], perFile: readonly FileWindowHashes[], gone: readonly FileState[],
    kept: ReadonlyMap<number, KeptRuns | null>,
  ): void {
    const fresh = (s: FileState) => s.nodes.length === 0 && s.windows.h1.length > 0;
    if (!this.swept) {
      // Every file is new. The table is sized once instead of doubling its way there (four
      // rebuilds on SQLAlchemy); about 60% of a tree's windows have a pair of their own.
      const indexed = filterObjects(states, fresh);
      let windows = 0;
      for (const s of indexed) windows += s.windows.h1.length;
      this.index.expect(Math.ceil(windows * 0.6));
      for (const s of indexed) this.dirty[s.id] = 1;
      this.indexAll(indexed);
      return;
    }
    for (const s of gone) {
      this.unindex(s);
      this.byPath.delete(s.path);
      this.byId[s.id] = undefined;
    }
    states.forEach((s, i) => {
      const runs = kept.get(s.id);
      if (runs || fresh(s)) this.dirty[s.id] = 1;
      if (runs) this.reindex(s, group[i]!.tokens, perFile[i]!, runs);
      else if (fresh(s)) this.indexFile(s, 0, s.windows.h1.length);
    });
  }

  /**
   * Sweeps the dirty files again, each from the first of its last matches that could differ
   * (carriedMatches); returns the files their old clones (and gone files' clones) paired with.
   */
  private resweep(
    states: readonly FileState[], gone: readonly FileState[], kept: ReadonlyMap<number, KeptRuns | null>, before: ReadonlyMap<number, TokenStream>,
  ): Set<number> {
    const oldPartners = new Set<number>();
    for (const s of gone) for (const m of s.matches) oldPartners.add(m.partner);
    const ctx = { language: this.language, minLines: this.options.minLines, byId: this.byId, kept };
    for (const s of states) {
      if (!this.dirty[s.id]) continue;
      for (const m of s.matches) oldPartners.add(m.partner);
      const carried = carriedMatches(s, before.get(s.id), this.affectedFrom[s.id]!, ctx);
      this.sweepFile(s, carried.matches, carried.floor);
    }
    return oldPartners;
  }

  /** Duplicated lines again where a swept or re-read file's clones (either side) were or are. */
  private countLines(states: readonly FileState[], touched: readonly FileState[], oldPartners: ReadonlySet<number>): void {
    const linesDirty = new Uint8Array(this.nextId);
    for (const p of oldPartners) linesDirty[p] = 1;
    for (const s of touched) {
      linesDirty[s.id] = 1;
      for (const m of s.matches) linesDirty[m.partner] = 1;
    }
    // Each line-dirty file's clone token ranges, flat: [start, end, start, end, ...].
    const ranges = new Map<number, number[]>();
    for (const s of states) if (linesDirty[s.id]) ranges.set(s.id, []);
    for (const s of states) {
      const own = linesDirty[s.id] ? ranges.get(s.id) : undefined;
      for (const m of s.matches) {
        const c = m.clone;
        if (!c) continue;
        own?.push(c.b.startToken, c.b.endToken - 1);
        if (linesDirty[m.partner]) ranges.get(m.partner)?.push(c.a.startToken, c.a.endToken - 1);
      }
    }
    for (const [id, r] of ranges) {
      const s = this.byId[id];
      if (s) s.duplicatedLines = distinctLinesInPairs(s.tokens.lines, r);
    }
  }

  /**
   * The whole-tree sweep (detect-clones.ts) restricted to one file, reading partners from the
   * index, from window `floor` on: `matches` holds what it found before (carriedMatches).
   */
  private sweepFile(s: FileState, matches: Match[], floor: number): void {
    const { index, options: { width, minLines }, language } = this;
    const tj = s.tokens.hashes;
    const { h1, h2 } = s.windows;
    const n = s.windows.h1.length;
    // This file's clones from its last sweep past the carried ones, by their first token here
    // (each token is in the later side of at most one clone): one found again keeps its object.
    const previous = new Map<number, Clone>();
    for (let i = matches.length; i < s.matches.length; i++) {
      const clone = s.matches[i]!.clone;
      if (clone) previous.set(clone.b.startToken, clone);
    }
    for (let k = floor; k < n; k++) {
      if (k < floor || s.shared[k] === 0) continue;
      // The earliest window with the same tokens: the chain is in position order.
      const self = s.nodes[k]!;
      let p = -1;
      for (let m = index.headOf(index.slotOf(h1[k]!, h2[k]!, false)); m !== self && m >= 0; m = index.nextOf(m)) {
        if (this.sameTokens(m, s, k)) {
          p = m;
          break;
        }
      }
      if (p < 0) continue;
      const pf = this.byId[index.fileOf(p)]!;
      const at = index.offsetOf(p);
      const limit = pf === s ? k - at : Number.MAX_SAFE_INTEGER;
      if (limit < width) continue;
      const tp = pf.tokens.hashes;
      extendMatch(tj, k, floor, tj.length, tp, at, 0, tp.length, limit, width);
      const { left, length } = extent;
      const clone = cloneAt(language, pf, at - left, s, k - left, length, minLines);
      matches.push(match(k, pf.id, at, left, length, keepClone(previous.get(k - left), clone)));
      floor = k - left + length;
    }
    s.matches = matches;
  }

  /** A clean file whose partners changed only where its matches did not read: the same matches, partner sides re-read. */
  private reread(s: FileState, kept: Map<number, KeptRuns | null>): void {
    const { language, options: { minLines } } = this;
    s.matches = mapObjects(s.matches, (m) => {
      const runs = kept.get(m.partner);
      if (runs === undefined) return m;
      const at = m.at + shifted(m, runs)!;
      const pf = this.byId[m.partner]!;
      const clone = cloneAt(language, pf, at - m.left, s, m.k - m.left, m.length, minLines);
      return match(m.k, m.partner, at, m.left, m.length, keepClone(m.clone ?? undefined, clone));
    });
  }
}

/** Of the last point: files, files swept again, files whose matches were only re-read. */
export interface CloneHistoryStats {
  files: number;
  swept: number;
  reread: number;
}

export class CloneHistory {
  private groups = new Map<string, Group>();
  private swept = new Set<string>();
  readonly stats: CloneHistoryStats = { files: 0, swept: 0, reread: 0 };

  /** One language group's clones (appended to `out`) and each file's duplicated lines. */
  sweep(language: string, group: readonly CloneInputFile[], perFile: readonly FileWindowHashes[], options: SweepOptions, out: Clone[]): number[] {
    const state = this.group(language, options);
    if (this.swept.size === 0) this.resetStats();
    this.swept.add(language);
    return state.sweep(group, perFile, out);
  }

  /** A point's stats start at its first sweep (or at its end, when it swept nothing). */
  private resetStats(): void {
    Object.assign(this.stats, { files: 0, swept: 0, reread: 0 });
  }

  private group(language: string, options: SweepOptions): Group {
    let state = this.groups.get(language);
    const o = state?.options;
    if (!state || o!.width !== options.width || o!.minLines !== options.minLines || o!.mask !== options.mask) {
      state = new Group(language, { ...options }, this.stats);
      this.groups.set(language, state);
    }
    return state;
  }

  /** After a point: forgets the groups it did not sweep (a language gone, or skipped). */
  finishPoint(): void {
    if (this.swept.size === 0) this.resetStats();
    for (const language of this.groups.keys()) if (!this.swept.has(language)) this.groups.delete(language);
    this.swept.clear();
  }
}
