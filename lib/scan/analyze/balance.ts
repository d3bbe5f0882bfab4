import { compareStrings } from "../duplication/stream-facts";

/**
 * Longest processing time first: each item, heaviest first (ties by name, so the result does not
 * depend on the input's order), goes to the bin with the least weight so far (the lowest-numbered
 * of equals). Within 4/3 of the best split for any weights.
 */
export function balance(weights: ReadonlyArray<readonly [string, number]>, bins: number): Map<string, number> {
  const load = new Array<number>(bins).fill(0);
  const out = new Map<string, number>();
  for (const [name, weight] of [...weights].sort((x, y) => y[1] - x[1] || compareStrings(x[0], y[0]))) {
    let best = 0;
    for (let i = 1; i < bins; i++) if (load[i]! < load[best]!) best = i;
    load[best]! += weight;
    out.set(name, best);
  }
  return out;
}
