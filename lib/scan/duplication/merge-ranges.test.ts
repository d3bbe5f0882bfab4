import { describe, expect, it } from "vitest";
import { coveredCount, mergeRanges } from "./merge-ranges";

describe("mergeRanges", () => {
  it("returns nothing for nothing", () => {
    expect(mergeRanges([])).toEqual([]);
  });

  it("sorts and merges overlapping, nested and touching ranges", () => {
    expect(
      mergeRanges([
        [20, 25],
        [1, 3],
        [2, 5],
        [6, 8],
        [22, 23],
        [10, 12],
      ]),
    ).toEqual([
      [1, 8],
      [10, 12],
      [20, 25],
    ]);
  });

  it("keeps a gap of one line as two ranges and counts each line once", () => {
    const merged = mergeRanges([
      [1, 3],
      [5, 7],
      [2, 3],
      [1, 1],
    ]);
    expect(merged).toEqual([
      [1, 3],
      [5, 7],
    ]);
    expect(coveredCount(merged)).toBe(6);
  });

  it("drops empty ranges and leaves the input untouched", () => {
    const input: Array<[number, number]> = [
      [5, 9],
      [4, 2],
      [1, 6],
    ];
    const copy = structuredClone(input);
    expect(mergeRanges(input)).toEqual([[1, 9]]);
    expect(input).toEqual(copy);
  });
});
