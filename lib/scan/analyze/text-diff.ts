import type { TextEdit } from "./segments";

/** Beyond this many changed lines one edit over the whole changed span is as good as a diff. */
const MAX_LINE_EDITS = 2000;

/*
 * A long loop is a function of its own with nothing after it: V8 compiles a hot loop on the stack
 * (OSR) before the code after it ever ran, and that code, with no type feedback, deoptimized at
 * every call that reached it (~50 times per worker in an Excalidraw backfill for splitLines, ~80
 * for lineHunks), the optimized loop being entered again each time.
 */
function pushLineStarts(text: string, from: number, to: number, starts: number[]): void {
  for (let i = text.indexOf("\n", from); i >= 0 && i + 1 < to; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
}

function splitLines(text: string, from: number, to: number): number[] {
  // Line start offsets in [from, to), plus `to`.
  const starts = [from];
  pushLineStarts(text, from, to, starts);
  if (starts[starts.length - 1] !== to) starts.push(to);
  return starts;
}

function lineIds(text: string, starts: number[], ids: Map<string, number>): Int32Array {
  const out = new Int32Array(starts.length - 1);
  for (let i = 0; i + 1 < starts.length; i++) {
    const line = text.slice(starts[i], starts[i + 1]);
    let id = ids.get(line);
    if (id === undefined) ids.set(line, (id = ids.size));
    out[i] = id;
  }
  return out;
}

/** How many times each line id occurs in `lines` (ids below `ids`). */
function lineCounts(lines: Int32Array, ids: number): Int32Array {
  const counts = new Int32Array(ids);
  for (let i = 0; i < lines.length; i++) counts[lines[i]!]++;
  return counts;
}

/** Lines of either list that the other lacks, counted as multisets: a lower bound on the edit distance. */
function unmatchedLines(countA: Int32Array, countB: Int32Array): number {
  let unmatched = 0;
  for (let id = 0; id < countA.length; id++) unmatched += Math.abs(countA[id]! - countB[id]!);
  return unmatched;
}

/** Myers' greedy search: the edit distance (-1 past `max`), with each round's furthest reaches in `trace`. */
function search(a: Int32Array, b: Int32Array, max: number, trace: Int32Array[]): number {
  const n = a.length;
  const m = b.length;
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  for (let d = 0; d <= max; d++) {
    trace.push(v.slice(offset - d - 1, offset + d + 2));
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!) ? v[offset + k + 1]! : v[offset + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) return d;
    }
  }
  return -1;
}

type Hunk = [number, number, number, number];

/**
 * Myers' greedy diff of two line lists: the changed [a0, a1) × [b0, b1) line ranges, in order,
 * or null when more than `cap` lines differ.
 */
function myersHunks(a: Int32Array, b: Int32Array, cap: number): Hunk[] | null {
  const n = a.length;
  const m = b.length;
  const trace: Int32Array[] = [];
  const found = search(a, b, Math.min(n + m, cap), trace);
  if (found < 0) return null;
  // Walk back through the trace, collecting the runs between snakes.
  const hunks: Hunk[] = [];
  let x = n;
  let y = m;
  for (let d = found; d > 0; d--) {
    const before = trace[d]!;
    const k = x - y;
    const down = k === -d || (k !== d && before[k + d]! < before[k + d + 2]!);
    const prevK = down ? k + 1 : k - 1;
    const prevX = before[prevK + d + 1]!;
    const prevY = prevX - prevK;
    // The snake after the move: (startX, startY) -> (x, y) are equal lines.
    const startX = down ? prevX : prevX + 1;
    const startY = startX - k;
    const last = hunks[hunks.length - 1];
    if (last && last[0] === startX && last[2] === startY) {
      last[0] = prevX;
      last[2] = prevY;
    } else hunks.push([prevX, startX, prevY, startY]);
    x = prevX;
    y = prevY;
  }
  return hunks.reverse();
}

/**
 * Lines that occur exactly once in each list, as [a index, b index] pairs increasing in both:
 * the longest such chain (patience diff's anchors). `ids` bounds the line ids.
 */
export function uniqueAnchors(a: Int32Array, b: Int32Array, ids: number): Int32Array {
  return anchorsOf(a, b, lineCounts(a, ids), lineCounts(b, ids));
}

function anchorsOf(a: Int32Array, b: Int32Array, countA: Int32Array, countB: Int32Array): Int32Array {
  const posA = new Int32Array(countA.length);
  for (let i = 0; i < a.length; i++) posA[a[i]!] = i;
  // Candidates in b order; the chain is their longest run increasing in a (patience sorting).
  const candA: number[] = [];
  const candB: number[] = [];
  for (let j = 0; j < b.length; j++) {
    const id = b[j]!;
    if (countA[id] === 1 && countB[id] === 1) {
      candA.push(posA[id]!);
      candB.push(j);
    }
  }
  return longestChain(candA, candB);
}

function longestChain(candA: number[], candB: number[]): Int32Array {
  const k = candA.length;
  const tails = new Int32Array(k);
  const prev = new Int32Array(k);
  let len = 0;
  for (let c = 0; c < k; c++) {
    let lo = 0;
    let hi = len;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (candA[tails[mid]!]! < candA[c]!) lo = mid + 1;
      else hi = mid;
    }
    prev[c] = lo > 0 ? tails[lo - 1]! : -1;
    tails[lo] = c;
    if (lo === len) len++;
  }
  const out = new Int32Array(len * 2);
  for (let c = len > 0 ? tails[len - 1]! : -1, at = len - 1; c >= 0; c = prev[c]!, at--) {
    out[at * 2] = candA[c]!;
    out[at * 2 + 1] = candB[c]!;
  }
  return out;
}

/**
 * The changed [a0, a1) × [b0, b1) line ranges, in order, or null when more than MAX_LINE_EDITS
 * lines differ. Lines unique to both lists anchor the diff (patience): Myers runs only on the
 * stretches between anchors, where its cost, which grows with the stretch times its edits, stays
 * small (App.tsx's 12k-line diffs with edits all over it had cost it ~5 ms each).
 */
function lineHunks(a: Int32Array, b: Int32Array, ids: number): Hunk[] | null {
  const max = Math.min(a.length + b.length, MAX_LINE_EDITS);
  // Each line's count on either side serves both the bound below and the anchors.
  const countA = lineCounts(a, ids);
  const countB = lineCounts(b, ids);
  // Every line one side lacks is an edit: past the cap, Myers would search all of it in vain
  // (a reformatted 2k-line file took 32 ms to give up).
  if (unmatchedLines(countA, countB) > max) return null;
  const anchors = anchorsOf(a, b, countA, countB);
  if (anchors.length === 0) return myersHunks(a, b, MAX_LINE_EDITS);
  const hunks: Hunk[] = [];
  let a0 = 0;
  let b0 = 0;
  for (let at = 0; at <= anchors.length; at += 2) {
    const a1 = at < anchors.length ? anchors[at]! : a.length;
    const b1 = at < anchors.length ? anchors[at + 1]! : b.length;
    gapHunks(a, a0, a1, b, b0, b1, hunks);
    a0 = a1 + 1;
    b0 = b1 + 1;
  }
  return hunks;
}

/** Appends the hunks of stretch [a0, a1) × [b0, b1): one over all of it when its diff passes the cap. */
function gapHunks(a: Int32Array, a0: number, a1: number, b: Int32Array, b0: number, b1: number, out: Hunk[]): void {
  // Equal lines at either end first (most stretches between anchors are equal throughout).
  while (a0 < a1 && b0 < b1 && a[a0] === b[b0]) {
    a0++;
    b0++;
  }
  while (a1 > a0 && b1 > b0 && a[a1 - 1] === b[b1 - 1]) {
    a1--;
    b1--;
  }
  if (a0 === a1 && b0 === b1) return;
  if (a0 === a1 || b0 === b1) {
    out.push([a0, a1, b0, b1]);
    return;
  }
  const hunks = myersHunks(a.subarray(a0, a1), b.subarray(b0, b1), MAX_LINE_EDITS);
  if (!hunks) {
    out.push([a0, a1, b0, b1]);
    return;
  }
  for (const h of hunks) out.push([h[0] + a0, h[1] + a0, h[2] + b0, h[3] + b0]);
}

const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** Narrows one replaced span to what differs (common prefix and suffix kept), whole UTF-16 characters. */
function narrow(before: string, after: string, a0: number, a1: number, b0: number, b1: number): TextEdit {
  let start = 0;
  const min = Math.min(a1 - a0, b1 - b0);
  while (start < min && before.charCodeAt(a0 + start) === after.charCodeAt(b0 + start)) start++;
  if (start > 0 && isHighSurrogate(before.charCodeAt(a0 + start - 1))) start--;
  let tail = 0;
  while (tail < min - start && before.charCodeAt(a1 - 1 - tail) === after.charCodeAt(b1 - 1 - tail)) tail++;
  if (tail > 0 && isLowSurrogate(before.charCodeAt(a1 - tail))) tail--;
  return { start: a0 + start, oldEnd: a1 - tail, newStart: b0 + start, newEnd: b1 - tail };
}

/*
 * The long scans are functions of their own: as loops inside textEdits they were compiled on the
 * stack (OSR) with no feedback for the code after them, which then deoptimized, at nearly
 * every call (~300 deoptimizations and recompilations of textEdits in a SQLAlchemy backfill).
 */
/*
 * Whole blocks are compared first as substrings: string equality runs natively over both texts
 * in place (a substring of a long string is a view), ~25x faster than a loop per character.
 */
const BLOCK = 1024;

function commonPrefix(a: string, b: string, max: number): number {
  let n = 0;
  while (n + BLOCK <= max && a.substring(n, n + BLOCK) === b.substring(n, n + BLOCK)) n += BLOCK;
  while (n < max && a.charCodeAt(n) === b.charCodeAt(n)) n++;
  return n;
}

function commonSuffix(a: string, b: string, max: number): number {
  let n = 0;
  const la = a.length;
  const lb = b.length;
  while (n + BLOCK <= max && a.substring(la - n - BLOCK, la - n) === b.substring(lb - n - BLOCK, lb - n)) n += BLOCK;
  while (n < max && a.charCodeAt(la - 1 - n) === b.charCodeAt(lb - 1 - n)) n++;
  return n;
}

/**
 * The edits turning `before` into `after`: changed line runs, each narrowed to the characters
 * that differ. Ordered, disjoint, in UTF-16 code units (old text for start/oldEnd, new text for
 * newStart/newEnd).
 */
export function textEdits(before: string, after: string): TextEdit[] {
  if (before === after) return [];
  // Equal leading and trailing text first, in whole lines: only the changed middle is split and diffed.
  const min = Math.min(before.length, after.length);
  let head = commonPrefix(before, after, min);
  // (lastIndexOf reads a negative start as 0.)
  head = head === 0 ? 0 : before.lastIndexOf("\n", head - 1) + 1;
  let tail = commonSuffix(before, after, min - head);
  // The equal tail starts right after a line break in both texts (or is empty).
  while (tail > 0 && (before.charCodeAt(before.length - 1 - tail) !== 10 || after.charCodeAt(after.length - 1 - tail) !== 10)) tail--;
  const aEnd = before.length - tail;
  const bEnd = after.length - tail;
  const ids = new Map<string, number>();
  const aStarts = splitLines(before, head, aEnd);
  const bStarts = splitLines(after, head, bEnd);
  const a = lineIds(before, aStarts, ids);
  const b = lineIds(after, bStarts, ids);
  const hunks = lineHunks(a, b, ids.size) ?? [[0, a.length, 0, b.length]];
  return hunks.map(([a0, a1, b0, b1]) => narrow(before, after, aStarts[a0]!, aStarts[a1]!, bStarts[b0]!, bStarts[b1]!));
}
