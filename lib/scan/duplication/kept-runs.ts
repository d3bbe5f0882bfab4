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

function middleRuns(old: Version, now: Version, start: number, oldEnd: number, newEnd: number, width: number, runs: number[]): void {
  const before = old.tokens;
  const after = now.tokens;
  // Window hashes are compared, then tokens: a collision only loses an anchor.
  const once = new Map<number, number>();
  for (let o = start; o + width <= oldEnd; o++) {
    const h = old.windows[o]!;
    once.set(h, once.has(h) ? -1 : o);
  }
  let oldFloor = start;
  let newFloor = start;
  let n = start;
  while (n + width <= newEnd) {
    const o = once.get(now.windows[n]!);
    if (o === undefined || o < oldFloor || !sameRun(before, o, after, n, width)) {
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
