import { describe, expect, it } from "vitest";
import { estimateFor, findingTitle, interestWeight, rankFindings, rankModules, type CandidateFinding } from "./interest";

const cand = (over: Partial<CandidateFinding>): CandidateFinding => ({
  fingerprint: "fp",
  moduleId: "m1",
  moduleName: "billing",
  projectSlug: "shop",
  category: "complexity",
  kind: "complex-function",
  file: "src/billing/invoice.py",
  symbol: "Invoice.render",
  startLine: 88,
  minutes: 60,
  weight: 1,
  ...over,
});

describe("interestWeight", () => {
  it("is 1 for unknown or no churn", () => {
    expect(interestWeight({ churnCommits: null, bugfixCommits: null })).toBe(1);
    expect(interestWeight({ churnCommits: 0, bugfixCommits: 0 })).toBe(1);
  });
  it("adds a tenth per commit and counts bug fixes three times", () => {
    expect(interestWeight({ churnCommits: 10, bugfixCommits: 0 })).toBe(2);
    expect(interestWeight({ churnCommits: 37, bugfixCommits: 4 })).toBeCloseTo(1 + (37 + 8) / 10);
  });
  it("ignores negative counts", () => {
    expect(interestWeight({ churnCommits: -5, bugfixCommits: -1 })).toBe(1);
  });
});

describe("estimateFor", () => {
  it("gives hours in half-hour steps, at least half an hour", () => {
    expect(estimateFor(0, "hours")).toBe(0.5);
    expect(estimateFor(10, "hours")).toBe(0.5);
    expect(estimateFor(31, "hours")).toBe(1);
    expect(estimateFor(75, "hours")).toBe(1.5);
  });
  it("snaps points up to the scale (240 minutes a point)", () => {
    expect(estimateFor(5, "points")).toBe(0.5);
    expect(estimateFor(240, "points")).toBe(1);
    expect(estimateFor(241, "points")).toBe(2);
    expect(estimateFor(800, "points")).toBe(5);
    expect(estimateFor(240 * 20, "points")).toBe(20);
    expect(estimateFor(240 * 25.5, "points")).toBe(26);
  });
});

describe("rankFindings", () => {
  it("ranks by minutes × weight, so a hot module's smaller finding can win", () => {
    const ranked = rankFindings(
      [cand({ fingerprint: "cold", minutes: 100, weight: 1 }), cand({ fingerprint: "hot", minutes: 60, weight: 2 })],
      { unit: "hours", linked: new Set(), limit: 10 },
    );
    expect(ranked.map((r) => [r.fingerprint, r.interest])).toEqual([
      ["hot", 120],
      ["cold", 100],
    ]);
    expect(ranked[0].estimate).toBe(1);
  });
  it("drops free findings, marks linked ones and honours the limit", () => {
    const ranked = rankFindings(
      [cand({ fingerprint: "a", minutes: 0 }), cand({ fingerprint: "b", minutes: 30 }), cand({ fingerprint: "c", minutes: 20 }), cand({ fingerprint: "d", minutes: 10 })],
      { unit: "points", linked: new Set(["b"]), limit: 2 },
    );
    expect(ranked.map((r) => [r.fingerprint, r.inSprint])).toEqual([
      ["b", true],
      ["c", false],
    ]);
  });
  it("breaks ties by minutes then fingerprint so the list is stable", () => {
    const ranked = rankFindings(
      [cand({ fingerprint: "z", minutes: 50, weight: 2 }), cand({ fingerprint: "y", minutes: 100, weight: 1 }), cand({ fingerprint: "x", minutes: 100, weight: 1 })],
      { unit: "hours", linked: new Set(), limit: 5 },
    );
    expect(ranked.map((r) => r.fingerprint)).toEqual(["x", "y", "z"]);
  });
});

describe("rankModules", () => {
  it("ranks module × category pairs and skips categories without debt", () => {
    const ranked = rankModules(
      [
        { moduleId: "m1", moduleName: "billing", projectSlug: "shop", weight: 3, debt: { test: 100, docs: 0, complexity: 50, duplication: 0 } },
        { moduleId: "m2", moduleName: "api", projectSlug: "shop", weight: 1, debt: { test: 0, docs: 200, complexity: 0, duplication: 0 } },
      ],
      { unit: "points", planned: new Set(["m1:complexity"]), limit: 10 },
    );
    expect(ranked.map((r) => [r.moduleName, r.category, r.interest, r.inSprint])).toEqual([
      ["billing", "test", 300, false],
      ["api", "docs", 200, false],
      ["billing", "complexity", 150, true],
    ]);
    expect(ranked[0].title).toBe("Pay down test debt in billing");
  });
});

describe("findingTitle", () => {
  it("names the symbol, else the file, else the module", () => {
    expect(findingTitle({ kind: "complex-function", symbol: "Invoice.render", file: "a.py", moduleName: "billing" })).toBe("Simplify Invoice.render (billing)");
    expect(findingTitle({ kind: "uncovered-file", symbol: null, file: "src/export.py", moduleName: "billing" })).toBe("Add tests for src/export.py (billing)");
    expect(findingTitle({ kind: "missing-readme", symbol: null, file: null, moduleName: "api" })).toBe("Write a README for api");
  });
  it("stays within a title's length", () => {
    expect(findingTitle({ kind: "clone", symbol: null, file: "x".repeat(400), moduleName: "m" }).length).toBe(200);
  });
});
