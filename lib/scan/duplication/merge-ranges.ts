/**
 * Merges inclusive integer ranges [start, end] so that every integer is covered once.
 * Overlapping and touching ranges ([1,3] and [4,6]) become one; the result is sorted by start.
 * The input is not modified.
 */
export function mergeRanges(ranges: ReadonlyArray<readonly [number, number]>): Array<[number, number]> {
  const sorted = ranges
    .filter(([s, e]) => e >= s)
    .map(([s, e]): [number, number] => [s, e])
    .sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  const out: Array<[number, number]> = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last !== undefined && r[0] <= last[1] + 1) {
      if (r[1] > last[1]) last[1] = r[1];
    } else {
      out.push(r);
    }
  }
  return out;
}

/** Number of integers covered by ranges that mergeRanges returned (disjoint, inclusive). */
export function coveredCount(merged: ReadonlyArray<readonly [number, number]>): number {
  let n = 0;
  for (const [s, e] of merged) n += e - s + 1;
  return n;
}
