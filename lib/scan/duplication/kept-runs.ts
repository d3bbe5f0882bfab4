/**
 * What a file's new version kept of its last one, as runs of identical tokens: each old run
 * [from, to) is the new version's [from + shift, to + shift). Runs are in order and never cross,
 * so a history point can carry the windows and matches inside a run over to the new version at
 * shifted offsets (clone-history.ts). Any such list is correct; a longer one only saves work.
 */
export interface KeptRuns {
  /** Triples: old start, old end (exclusive), new start. */
  runs: number[];
  oldLength: number;
  newLength: number;
}

/** A version's tokens and the hash of each of its windows of `width` tokens (window k at token k). */
export interface Version {
  tokens: Uint32Array;
  windows: Int32Array;
}

/**
 * The common prefix and suffix, and between them the runs of at least `width` tokens found from
 * anchors: windows that occur once in the old middle, taken in order and grown both ways.
 * Greedy, not a minimal diff: cheap, and a missed run costs only re-indexing.
 */
export function keptRuns(old: Version, now: Version, width: number): KeptRuns {
  const before = old.tokens;
  const after = now.tokens;
  const max = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix < max && before[prefix] === after[prefix]) prefix++;
  let suffix = 0;
  while (prefix + suffix < max && before[before.length - 1 - suffix] === after[after.length - 1 - suffix]) suffix++;
  const runs: number[] = [];
  if (prefix > 0) runs.push(0, prefix, 0);
  const oldEnd = before.length - suffix;
  const newEnd = after.length - suffix;
  if (oldEnd - prefix >= width && newEnd - prefix >= width) middleRuns(old, now, prefix, oldEnd, newEnd, width, runs);
  if (suffix > 0) runs.push(oldEnd, before.length, newEnd);
  return { runs, oldLength: before.length, newLength: after.length };
}

/*
 * The anchors' table: open addressing on the window hash, reused from call to call (a Map per
 * changed file had cost ~1 s of a SQLAlchemy backfill). A slot holds old offset + 1, or -1 for
 * a hash seen twice; keys and values are cleared through the list of slots used.
 */
let keys = new Int32Array(1 << 12);
let values = new Int32Array(1 << 12);
let used = new Int32Array(1 << 11);

function slotFor(h: number, mask: number): number {
  const x = Math.imul(h ^ (h >>> 16), 0x45d9f3b);
  let slot = (x ^ (x >>> 16)) & mask;
  while (values[slot] !== 0 && keys[slot] !== h) slot = (slot + 1) & mask;
  return slot;
}

function middleRuns(old: Version, now: Version, start: number, oldEnd: number, newEnd: number, width: number, runs: number[]): void {
  const before = old.tokens;
  const after = now.tokens;
  const anchors = oldEnd - width + 1 - start;
  if (keys.length < anchors * 2) {
    let size = keys.length;
    while (size < anchors * 2) size *= 2;
    keys = new Int32Array(size);
    values = new Int32Array(size);
    used = new Int32Array(size >>> 1);
  }
  const mask = keys.length - 1;
  let count = 0;
  // Window hashes are compared, then tokens: a collision only loses an anchor.
  for (let o = start; o + width <= oldEnd; o++) {
    const h = old.windows[o]!;
    const slot = slotFor(h, mask);
    if (values[slot] === 0) {
      keys[slot] = h;
      values[slot] = o + 1;
      used[count++] = slot;
    } else values[slot] = -1;
  }
  let oldFloor = start;
  let newFloor = start;
  let n = start;
  while (n + width <= newEnd) {
    const o = values[slotFor(now.windows[n]!, mask)]! - 1;
    if (o < oldFloor || !sameRun(before, o, after, n, width)) {
      n++;
      continue;
    }
    let left = 0;
    while (o - left > oldFloor && n - left > newFloor && before[o - left - 1] === after[n - left - 1]) left++;
    let len = width;
    while (o + len < oldEnd && n + len < newEnd && before[o + len] === after[n + len]) len++;
    runs.push(o - left, o + len, n - left);
    oldFloor = o + len;
    newFloor = n + len;
    n = newFloor;
  }
  for (let i = 0; i < count; i++) values[used[i]!] = 0;
}

function sameRun(x: Uint32Array, i: number, y: Uint32Array, j: number, length: number): boolean {
  for (let k = 0; k < length; k++) if (x[i + k] !== y[j + k]) return false;
  return true;
}

/**
 * The shift of the run holding old tokens [first, last] (first may be -1 and last the old
 * length: a file's start or end, which count as kept only where the run starts or ends the file
 * in both versions), or null when no run holds them all.
 */
export function shiftOf(kept: KeptRuns, first: number, last: number): number | null {
  const { runs, oldLength, newLength } = kept;
  for (let r = 0; r < runs.length; r += 3) {
    const from = runs[r]!;
    const to = runs[r + 1]!;
    const shift = runs[r + 2]! - from;
    if (first < from - 1 || last > to) continue;
    if (first === from - 1 && !(from === 0 && shift === 0)) continue;
    if (last === to && !(to === oldLength && to + shift === newLength)) continue;
    return shift;
  }
  return null;
}
