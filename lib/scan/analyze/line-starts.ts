/*
 * The last text's line starts: a sparse reparse asks for them when it plans the parse and
 * again when it walks the tree. Callers only read them.
 */
let lastSource: string | null = null;
let lastStarts: Uint32Array = new Uint32Array(1);

/** Start offsets of every line, to turn token offsets into rows without asking the tree. */
export function lineStarts(source: string): Uint32Array {
  if (source === lastSource) return lastStarts;
  lastStarts = computeStarts(source);
  lastSource = source;
  return lastStarts;
}

function computeStarts(source: string): Uint32Array {
  let count = 1;
  for (let i = source.indexOf("\n"); i >= 0; i = source.indexOf("\n", i + 1)) count++;
  const starts = new Uint32Array(count);
  let row = 1;
  for (let i = source.indexOf("\n"); i >= 0; i = source.indexOf("\n", i + 1)) starts[row++] = i + 1;
  return starts;
}

export function rowAt(starts: Uint32Array, index: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= index) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
