/**
 * Carries clone detection from one history point to the next, so a point indexes only the
 * windows that can have a twin instead of every window of the tree.
 *
 * "Twin" is by hash pair (h1, h2): the index marks a window shared when another window has the
 * same pair (a superset of same content), and sharing depends only on the pair. A window's pair
 * can gain a twin at this point only through a pair that *arrived*: one a path holds more often
 * now than at the previous point (every pair of a new path; of a changed path, its new version's
 * multiset minus its old one's). So the windows indexed are:
 * - of an unchanged file: those shared last time, and those whose h1 an arrived pair carries;
 * - of a changed file: those whose pair arrived, whose pair was shared in its old version, or
 *   whose h1 an arrived pair carries;
 * - of a new file: all.
 * Every window left out is unique now, so the index, the sweep and every clone are exactly what
 * indexing all windows gives (checked against it in clone-history.test.ts).
 */
import type { TokenStream } from "../types";
import { PairCounts } from "./pair-counts";
import type { FileWindowHashes, WindowClasses } from "./window-classes";

interface PathState {
  tokens: TokenStream;
  language: string;
  width: number;
  mask: number;
  windows: FileWindowHashes;
  /** Window indexes (ascending) that had a same-pair twin at the last point. */
  shared: Int32Array;
}

export interface CandidateFile {
  path: string;
  language: string;
  tokens: TokenStream;
}

/** A set of h1 values as a bitmap sized to the set (~1/16 false positives), so scans stay in cache. */
class ArrivedBits {
  bits = new Int32Array(0);
  shift = 32;

  constructor(hashes: readonly number[]) {
    if (!hashes.length) return;
    let bitCount = 10;
    while (bitCount < 26 && 2 ** bitCount < hashes.length * 16) bitCount++;
    this.shift = 32 - bitCount;
    this.bits = new Int32Array(2 ** (bitCount - 5));
    for (const h of hashes) {
      const b = Math.imul(h, 0x9e3779b1) >>> this.shift;
      this.bits[b >>> 5]! |= 1 << (b & 31);
    }
  }

  get empty(): boolean {
    return this.bits.length === 0;
  }
}

function arrivedHas(arrived: ArrivedBits, h: number): boolean {
  if (arrived.bits.length === 0) return false;
  const b = Math.imul(h, 0x9e3779b1) >>> arrived.shift;
  return (arrived.bits[b >>> 5]! & (1 << (b & 31))) !== 0;
}

/**
 * Appends to `out` (from `n`) the windows k in [from, to) that `keep` (ascending indexes,
 * shifted by `shift`) lists or whose h1 is in `arrived`; returns the new count. The hot loop of
 * a point: it runs over every window of every unchanged file, so the bitmap test is inlined.
 */
function keptOrArrived(
  h1: Int32Array, from: number, to: number, keep: Int32Array, shift: number, arrived: ArrivedBits, out: Int32Array, n: number,
): number {
  let next = 0;
  while (next < keep.length && keep[next]! - shift < from) next++;
  let nextK = next < keep.length ? keep[next]! - shift : -1;
  const { bits, shift: bitShift } = arrived;
  const none = bits.length === 0;
  for (let k = from; k < to; k++) {
    if (k === nextK) {
      out[n++] = k;
      next++;
      nextK = next < keep.length ? keep[next]! - shift : -1;
    } else if (!none) {
      const b = Math.imul(h1[k]!, 0x9e3779b1) >>> bitShift;
      if ((bits[b >>> 5]! & (1 << (b & 31))) !== 0) out[n++] = k;
    }
  }
  return n;
}

/** Common prefix and suffix window counts of two versions' hash pairs (not overlapping). */
function commonEnds(a: FileWindowHashes, b: FileWindowHashes): { prefix: number; suffix: number } {
  const max = Math.min(a.h1.length, b.h1.length);
  let prefix = 0;
  while (prefix < max && a.h1[prefix] === b.h1[prefix] && a.h2[prefix] === b.h2[prefix]) prefix++;
  let suffix = 0;
  const ea = a.h1.length - 1;
  const eb = b.h1.length - 1;
  while (prefix + suffix < max && a.h1[ea - suffix] === b.h1[eb - suffix] && a.h2[ea - suffix] === b.h2[eb - suffix]) suffix++;
  return { prefix, suffix };
}

interface ChangedPlan {
  prefix: number;
  suffix: number;
  /** Pairs at the old version's shared windows. */
  sharedBefore: PairCounts;
}

function planChanged(old: PathState, now: FileWindowHashes, arrived: number[]): ChangedPlan {
  const { prefix, suffix } = commonEnds(old.windows, now);
  const oldEnd = old.windows.h1.length - suffix;
  const newEnd = now.h1.length - suffix;
  const net = new PairCounts(oldEnd - prefix + newEnd - prefix);
  for (let k = prefix; k < newEnd; k++) net.add(now.h1[k]!, now.h2[k]!, 1);
  for (let k = prefix; k < oldEnd; k++) net.add(old.windows.h1[k]!, old.windows.h2[k]!, -1);
  for (let k = prefix; k < newEnd; k++) if (net.get(now.h1[k]!, now.h2[k]!) > 0) arrived.push(now.h1[k]!);
  const sharedBefore = new PairCounts(old.shared.length);
  for (const k of old.shared) sharedBefore.add(old.windows.h1[k]!, old.windows.h2[k]!, 1);
  return { prefix, suffix, sharedBefore };
}

let scratch = new Int32Array(0);

export class CloneHistory {
  private readonly byPath = new Map<string, PathState>();

  /** For each file of one language group: the windows to index (null: all), and how many that makes. */
  candidates(
    group: readonly CandidateFile[], perFile: readonly FileWindowHashes[], width: number, mask: number,
  ): { candidates: (Int32Array | null)[]; windows: number } {
    const arrived: number[] = [];
    const plans = group.map((f, i) => {
      const s = this.byPath.get(f.path);
      if (!s || s.language !== f.language || s.width !== width || s.mask !== mask) {
        for (const h of perFile[i]!.h1) arrived.push(h);
        return "new" as const;
      }
      return s.tokens === f.tokens ? ("same" as const) : planChanged(s, perFile[i]!, arrived);
    });
    const bits = new ArrivedBits(arrived);
    let windows = 0;
    const candidates = group.map((f, i) => {
      const plan = plans[i]!;
      const { h1, h2 } = perFile[i]!;
      if (plan === "new") {
        windows += h1.length;
        return null;
      }
      const old = this.byPath.get(f.path)!;
      if (plan === "same" && bits.empty) {
        windows += old.shared.length;
        return old.shared;
      }
      if (scratch.length < h1.length) scratch = new Int32Array(h1.length * 2);
      if (plan === "same") {
        const n = keptOrArrived(h1, 0, h1.length, old.shared, 0, bits, scratch, 0);
        windows += n;
        return scratch.slice(0, n);
      }
      const { prefix, suffix, sharedBefore } = plan;
      const middleEnd = h1.length - suffix;
      let n = keptOrArrived(h1, 0, prefix, old.shared, 0, bits, scratch, 0);
      for (let k = prefix; k < middleEnd; k++) {
        // A pair that arrived here is in `bits` too.
        if (sharedBefore.get(h1[k]!, h2[k]!) > 0 || arrivedHas(bits, h1[k]!)) scratch[n++] = k;
      }
      n = keptOrArrived(h1, middleEnd, h1.length, old.shared, old.windows.h1.length - h1.length, bits, scratch, n);
      windows += n;
      return scratch.slice(0, n);
    });
    return { candidates, windows };
  }

  /** After a group's sweep: remember each file's version and which indexed windows have a twin now. */
  record(
    group: readonly CandidateFile[], starts: Int32Array, perFile: readonly FileWindowHashes[],
    candidates: readonly (Int32Array | null)[], classes: WindowClasses, width: number, mask: number,
  ): void {
    group.forEach((file, f) => {
      const base = starts[f]!;
      const only = candidates[f];
      const total = only ? only.length : perFile[f]!.h1.length;
      if (scratch.length < total) scratch = new Int32Array(total * 2);
      let n = 0;
      for (let i = 0; i < total; i++) {
        const k = only ? only[i]! : i;
        if (classes.isShared(base + k)) scratch[n++] = k;
      }
      const state = { tokens: file.tokens, language: file.language, width, mask, windows: perFile[f]!, shared: scratch.slice(0, n) };
      this.byPath.set(file.path, state);
    });
  }

  /** Forgets paths that were not indexed at this point (gone, skipped, or in a skipped language). */
  retainOnly(indexed: ReadonlySet<string>): void {
    for (const path of this.byPath.keys()) if (!indexed.has(path)) this.byPath.delete(path);
  }
}
