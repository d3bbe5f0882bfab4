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

/** Reused from call to call: one pass over the text, then a copy of the rows found. */
let scratch = new Uint32Array(1 << 12);

function computeStarts(source: string): Uint32Array {
  let row = 1;
  for (let i = source.indexOf("\n"); i >= 0; i = source.indexOf("\n", i + 1)) {
    if (row === scratch.length) {
      const grown = new Uint32Array(scratch.length * 2);
      grown.set(scratch);
      scratch = grown;
    }
    scratch[row++] = i + 1;
  }
  scratch[0] = 0;
  return scratch.slice(0, row);
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
