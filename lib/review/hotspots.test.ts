import { describe, expect, it } from "vitest";
import { moduleState as m } from "./fixtures";
import { hotspots, percentile } from "./hotspots";

describe("percentile", () => {
  it("uses the nearest rank", () => {
    expect(percentile([1, 2, 3, 4], 0.25)).toBe(1);
    expect(percentile([1, 2, 3, 4], 0.75)).toBe(3);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8], 0.75)).toBe(6);
    expect(percentile([5], 0.75)).toBe(5);
  });
});

// Eight modules: churn 1..8 commits (Q1 = 2, Q3 = 6), debt 100..800 minutes (Q1 = 200, Q3 = 600).
const project = (over: Record<string, Parameters<typeof m>[1]> = {}) =>
  Array.from({ length: 8 }, (_, i) => {
    const name = `m${i + 1}`;
    return m(name, { churnCommits: i + 1, totalDebt: (i + 1) * 100, bugfixCommits: 1, ...over[name] });
  });

describe("hotspots", () => {
  it("says refactor for more than three bug fixes, whatever the churn and debt", () => {
    const got = hotspots("shop", project({ m1: { bugfixCommits: 4 }, m2: { bugfixCommits: 3 } }), 0.8);
    expect(got).toEqual([
      expect.objectContaining({ module: "m1", verdict: "refactor", evidence: ["4 bug-fix commits in the last 90 days (more than 3)"] }),
      // m6..m8 change often (≥ 6 commits, Q3) with high debt (≥ 600 minutes, Q3)
      expect.objectContaining({ module: "m8", verdict: "refactor" }),
      expect.objectContaining({ module: "m7", verdict: "refactor" }),
      expect.objectContaining({ module: "m6", verdict: "refactor" }),
    ]);
  });

  it("says refactor when a module changes often and its debt is high, with both facts as evidence", () => {
    const got = hotspots("shop", project(), 0.8);
    expect(got.map((h) => h.module)).toEqual(["m8", "m7", "m6"]);
    expect(got[0]).toEqual({
      project: "shop",
      module: "m8",
      owners: ["@acme/m8"],
      verdict: "refactor",
      evidence: ["8 commits in the last 90 days (top quartile of the project: ≥ 6)", "debt 1d 5h (top quartile of the project: ≥ 1d 2h)"],
    });
  });

  it("needs both: frequent change with low debt, or high debt with little change, is no refactor", () => {
    // m8 changes most but has little debt; m1 has the most debt but changes least and is untested.
    const got = hotspots("shop", project({ m8: { totalDebt: 10 }, m7: { totalDebt: 10 }, m1: { totalDebt: 5000, coveredLines: null, validLines: null } }), 0.8);
    expect(got.filter((h) => h.verdict === "refactor").map((h) => h.module)).toEqual(["m6"]);
    expect(got.find((h) => h.module === "m1")).toBeUndefined();
  });

  it("says live with it when rarely changed, tested and without bug fixes even though its debt is high", () => {
    const got = hotspots("shop", project({ m1: { totalDebt: 5000, bugfixCommits: 0, coveredLines: 900 } }), 0.8);
    const live = got.find((h) => h.module === "m1");
    expect(live).toEqual({
      project: "shop",
      module: "m1",
      owners: ["@acme/m1"],
      verdict: "live with it",
      evidence: [
        "1 commit in the last 90 days (bottom quartile of the project: ≤ 2)",
        "line coverage 90.0% (minimum 80.0%)",
        "no bug-fix commits in the last 90 days",
        "debt 10d 3h (top quartile of the project: ≥ 1d 3h)",
      ],
    });
  });

  it("does not say live with it when untested, when coverage is unknown, with bug fixes or low debt", () => {
    const base = { totalDebt: 5000, bugfixCommits: 0, coveredLines: 900 };
    expect(hotspots("p", project({ m1: { ...base, coveredLines: 700 } }), 0.8).find((h) => h.module === "m1")).toBeUndefined();
    expect(hotspots("p", project({ m1: { ...base, coveredLines: null, validLines: null } }), 0.8).find((h) => h.module === "m1")).toBeUndefined();
    expect(hotspots("p", project({ m1: { ...base, bugfixCommits: 1 } }), 0.8).find((h) => h.module === "m1")).toBeUndefined();
    expect(hotspots("p", project({ m1: { ...base, totalDebt: 100 } }), 0.8).find((h) => h.module === "m1")).toBeUndefined();
  });

  it("applies only the bug-fix rule with fewer than four modules or without change history", () => {
    const few = [m("a", { bugfixCommits: 5, churnCommits: 50, totalDebt: 900 }), m("b", { churnCommits: 40, totalDebt: 800 }), m("c", { churnCommits: 1 })];
    expect(hotspots("p", few, 0.8).map((h) => `${h.module} ${h.verdict}`)).toEqual(["a refactor"]);
    const noHistory = project();
    for (const mod of noHistory) {
      mod.churnCommits = null;
      mod.bugfixCommits = null;
    }
    expect(hotspots("p", noHistory, 0.8)).toEqual([]);
  });

  it("finds no outliers when every module changes equally", () => {
    const flat = project();
    for (const mod of flat) mod.churnCommits = 5;
    expect(hotspots("p", flat, 0.8)).toEqual([]);
  });
});
