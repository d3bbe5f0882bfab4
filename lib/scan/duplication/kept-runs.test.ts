import { describe, expect, it } from "vitest";
import { prng } from "../../demo/generate";
import { keptRuns, shiftOf, type KeptRuns } from "./kept-runs";
import { fileWindowHashes } from "./window-classes";

const W = 4;
const version = (tokens: number[]) => {
  const t = Uint32Array.from(tokens);
  return { tokens: t, windows: fileWindowHashes(t, W, -1).h1 };
};
const runsOf = (before: number[], after: number[]) => keptRuns(version(before), version(after), W);
const range = (from: number, to: number) => Array.from({ length: to - from }, (_, k) => from + k);

/** Every run holds the same tokens in both versions, and runs are in order without crossing. */
function checkRuns(before: number[], after: number[], kept: KeptRuns): void {
  let oldFloor = 0;
  let newFloor = 0;
  for (let r = 0; r < kept.runs.length; r += 3) {
    const [from, to, at] = kept.runs.slice(r, r + 3) as [number, number, number];
    expect(from).toBeGreaterThanOrEqual(oldFloor);
    expect(at).toBeGreaterThanOrEqual(newFloor);
    expect(after.slice(at, at + to - from)).toEqual(before.slice(from, to));
    oldFloor = to;
    newFloor = at + to - from;
  }
  expect(kept.oldLength).toBe(before.length);
  expect(kept.newLength).toBe(after.length);
}

describe("keptRuns", () => {
  it("keeps the prefix and suffix around one edit, shifted by the edit's size", () => {
    const before = range(0, 30);
    const after = [...range(0, 10), 100, 101, 102, ...range(12, 30)];
    const kept = runsOf(before, after);
    expect(kept.runs).toEqual([0, 10, 0, 12, 30, 13]);
    checkRuns(before, after, kept);
  });

  it("finds runs between several edits from unique anchors", () => {
    const before = range(0, 60);
    const after = [...range(0, 10), 500, ...range(12, 30), 501, 502, 503, ...range(30, 45), ...range(50, 60)];
    const kept = runsOf(before, after);
    checkRuns(before, after, kept);
    // The middle run 12..30 moved by -1 and 30..45 by +2: both found.
    expect(shiftOf(kept, 14, 26)).toBe(-1);
    expect(shiftOf(kept, 31, 40)).toBe(2);
    expect(shiftOf(kept, 8, 12)).toBeNull();
  });

  it("keeps no run shorter than a window in the middle, and nothing when all changed", () => {
    expect(runsOf(range(0, 20), range(100, 120)).runs).toEqual([]);
    const kept = runsOf([...range(0, 8), 1, 2, 3, 90], [...range(200, 208), 1, 2, 3, 91]);
    expect(kept.runs).toEqual([]);
  });

  it("counts a file's start and end as kept only where a run starts or ends the file in both versions", () => {
    const before = range(0, 20);
    const prepended = runsOf(before, [7, ...before]);
    // Growing stopped at the old start (token -1): the new version has a token there.
    expect(shiftOf(prepended, -1, 5)).toBeNull();
    expect(shiftOf(prepended, 0, 5)).toBe(1);
    const appended = runsOf(before, [...before, 7]);
    expect(shiftOf(appended, 10, 20)).toBeNull();
    expect(shiftOf(appended, -1, 19)).toBe(0);
    const same = runsOf(before, before.slice());
    expect(shiftOf(same, -1, 20)).toBe(0);
  });

  it("gives valid runs for random edits", () => {
    const random = prng(3);
    for (let round = 0; round < 200; round++) {
      const before = Array.from({ length: 20 + Math.floor(random() * 200) }, () => Math.floor(random() * 8));
      const after = before.slice();
      for (let e = Math.floor(random() * 5); e >= 0; e--) {
        const at = Math.floor(random() * (after.length + 1));
        after.splice(at, Math.floor(random() * 6), ...Array.from({ length: Math.floor(random() * 6) }, () => Math.floor(random() * 8)));
      }
      checkRuns(before, after, runsOf(before, after));
    }
  });
});
