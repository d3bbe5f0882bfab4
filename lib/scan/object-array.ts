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

/** `items.map(fn)` as an array of the object kind whatever its length (map's result is not; see objectArray). */
export function mapObjects<T, U extends object | string | null>(items: readonly T[], fn: (item: T, i: number) => U): U[] {
  const out = objectArray<U>();
  for (let i = 0; i < items.length; i++) out.push(fn(items[i]!, i));
  return out;
}

/** `items.filter(keep)` as an array of the object kind whatever its length. */
export function filterObjects<T extends object | string | null>(items: readonly T[], keep: (item: T) => unknown): T[] {
  const out = objectArray<T>();
  for (const item of items) if (keep(item)) out.push(item);
  return out;
}
