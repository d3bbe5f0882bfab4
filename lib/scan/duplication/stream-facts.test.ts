import { describe, expect, it } from "vitest";
import { seededRandom } from "../seeded-random";
import { distinctLinesIn, distinctLinesInPairs } from "./stream-facts";

describe("distinctLinesInPairs", () => {
  it("counts what distinctLinesIn counts, for overlapping, touching, empty and unsorted ranges", () => {
    for (let seed = 1; seed <= 200; seed++) {
      const r = seededRandom(seed);
      // Non-decreasing lines, several tokens per line, some lines skipped (blank or comment).
      const lines = new Uint32Array(1 + r(300));
      let line = r(3);
      for (let k = 0; k < lines.length; k++) {
        if (r(3) === 0) line += 1 + r(3);
        lines[k] = line;
      }
      const ranges: Array<[number, number]> = Array.from({ length: r(12) }, () => {
        const s = r(lines.length);
        return [s, Math.min(lines.length - 1, s - 2 + r(40))];
      });
      expect(distinctLinesInPairs(lines, ranges.flat()), `seed ${seed}`).toBe(distinctLinesIn(lines, ranges));
    }
  });

  it("counts a line shared by two ranges once, and a range ending where the next starts once", () => {
    const lines = Uint32Array.from([1, 1, 2, 2, 2, 4, 4, 5]);
    expect(distinctLinesInPairs(lines, [0, 2, 4, 5])).toBe(3);
    expect(distinctLinesInPairs(lines, [5, 7, 0, 0])).toBe(3);
    expect(distinctLinesInPairs(lines, [3, 3, 2, 2, 4, 4])).toBe(1);
    expect(distinctLinesInPairs(lines, [])).toBe(0);
  });
});
