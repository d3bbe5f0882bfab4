import { describe, expect, it } from "vitest";
import { parseDuration, selectHistoryPoints } from "./history";

const DAY = 86_400;
const WEEK = 7 * DAY * 1000;
const T0 = 1_700_000_000;

describe("selectHistoryPoints", () => {
  it("takes the newest commit at or before each weekly boundary, oldest point first", () => {
    // newest first, as rev-list prints them
    const commits = [
      { sha: "h", time: T0 },
      { sha: "g", time: T0 - 2 * DAY },
      { sha: "f", time: T0 - 8 * DAY },
      { sha: "e", time: T0 - 9 * DAY },
      { sha: "d", time: T0 - 22 * DAY },
      { sha: "c", time: T0 - 40 * DAY },
    ];
    const points = selectHistoryPoints(commits, 4 * WEEK, WEEK);
    // boundaries: T0, T0-7d (f), T0-14d (d: no commit in that week), T0-21d (d again -> dropped)
    expect(points.map((p) => p.sha)).toEqual(["d", "f", "h"]);
    expect(points.at(-1)!.boundary).toBe(T0 * 1000);
  });

  it("yields one point per interval for a steady history and none before the first commit", () => {
    const commits = Array.from({ length: 100 }, (_, i) => ({ sha: `c${i}`, time: T0 - i * DAY }));
    expect(selectHistoryPoints(commits, 52 * WEEK, WEEK)).toHaveLength(15);
    expect(selectHistoryPoints(commits, 10 * WEEK, WEEK).map((p) => p.sha)).toEqual(
      [63, 56, 49, 42, 35, 28, 21, 14, 7, 0].map((i) => `c${i}`),
    );
    expect(selectHistoryPoints([], 52 * WEEK, WEEK)).toEqual([]);
  });

  it("uses the branch's walk order when commit times are out of order", () => {
    // A rebased commit with an old date sits on top of newer ones.
    const commits = [
      { sha: "top", time: T0 },
      { sha: "old-date", time: T0 - 20 * DAY },
      { sha: "mid", time: T0 - 10 * DAY },
    ];
    expect(selectHistoryPoints(commits, 2 * WEEK, WEEK).map((p) => p.sha)).toEqual(["old-date", "top"]);
  });
});

describe("parseDuration", () => {
  it("reads h/d/w/m/y and rejects the rest with the flag name", () => {
    expect(parseDuration("52w", "--history")).toBe(52 * WEEK);
    expect(parseDuration("90d", "--history")).toBe(90 * DAY * 1000);
    expect(parseDuration("1y", "--history")).toBe(365 * DAY * 1000);
    expect(() => parseDuration("52 weeks", "--every")).toThrow("--every");
    expect(() => parseDuration("0w", "--every")).toThrow("--every");
  });
});
