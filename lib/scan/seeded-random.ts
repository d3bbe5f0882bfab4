/** A seeded generator of integers in [0, n), so a randomized test that fails replays. */
export function seededRandom(seed: number): (n: number) => number {
  let s = seed;
  return (n: number) => {
    s = (Math.imul(s, 1103515245) + 12345) | 0;
    return (s >>> 8) % n;
  };
}
