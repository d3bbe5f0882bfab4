/*
 * An empty array already of the elements kind that arrays of objects (and of strings) have. `[]`, and what
 * `filter` or `map` return when nothing is left, start as small-integer arrays; code that V8
 * optimized on filled arrays is deoptimized (and compiled again) when it first meets an empty one,
 * and in a history backfill that happened at point after point, site after site.
 */
const SEED = [{}];
SEED.length = 0;

export function objectArray<T extends object | string | null>(): T[] {
  // A copy of an empty object-kind array keeps its kind.
  return SEED.slice() as unknown as T[];
}
