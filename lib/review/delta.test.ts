import { describe, expect, it } from "vitest";
import { changeTable, compareModules, metricValue } from "./delta";
import { moduleState as m } from "./fixtures";
import type { ChangeRow } from "./types";

const pick = (rows: ChangeRow[], module: string, metric: string, category?: string) =>
  rows.filter((r) => r.module === module && r.metric === metric && (!category || r.category === category));
const one = (rows: ChangeRow[], module: string, metric: string, category?: string) => {
  const found = pick(rows, module, metric, category);
  expect(found).toHaveLength(1);
  return found[0];
};

describe("metricValue", () => {
  it("derives the category metrics, rounded as shown", () => {
    const s = m("a", { coveredLines: 2, validLines: 3, documentedSymbols: 1, publicSymbols: 3, duplicatedLines: 1, dupLines: 7 });
    expect(metricValue(s, "coverage", "test")).toBe(66.7);
    expect(metricValue(s, "documented", "docs")).toBe(33.3);
    expect(metricValue(s, "duplicated", "duplication")).toBe(14.3);
    expect(metricValue(s, "readme", "docs")).toBe(1);
    expect(metricValue(m("b", { readme: false }), "readme", "docs")).toBe(0);
    expect(metricValue(s, "maxCcn", "complexity")).toBe(14);
    expect(metricValue(s, "debt", "docs")).toBe(25);
    expect(metricValue(s, "debt", "duplication")).toBe(20);
  });

  it("is unknown (null), never 0, without a coverage report, public symbols or lines", () => {
    expect(metricValue(m("a", { coveredLines: null, validLines: null }), "coverage", "test")).toBeNull();
    expect(metricValue(m("a", { publicSymbols: 0, documentedSymbols: 0 }), "documented", "docs")).toBeNull();
    expect(metricValue(m("a", { dupLines: 0, duplicatedLines: 0 }), "duplicated", "duplication")).toBeNull();
    // A report that covered zero lines of a module with lines is 0%, which is known.
    expect(metricValue(m("a", { coveredLines: 0, validLines: 10 }), "coverage", "test")).toBe(0);
  });
});

describe("compareModules", () => {
  it("computes previous, current and change per metric with the right direction", () => {
    const rows = compareModules(
      "shop",
      [m("billing")],
      [m("billing", { coveredLines: 700, testDebt: 160, functionsOver: 1, maxCcn: 12, complexityDebt: 30, duplicatedLines: 80, duplicationDebt: 35 })],
    );
    expect(one(rows, "billing", "coverage")).toMatchObject({ previous: 80, current: 70, change: -10, status: "worse", categoryDebtChange: 60 });
    expect(one(rows, "billing", "debt", "test")).toMatchObject({ previous: 100, current: 160, change: 60, status: "worse" });
    expect(one(rows, "billing", "functionsOver")).toMatchObject({ previous: 2, current: 1, change: -1, status: "better" });
    expect(one(rows, "billing", "maxCcn")).toMatchObject({ change: -2, status: "better", categoryDebtChange: -10 });
    expect(one(rows, "billing", "duplicated")).toMatchObject({ previous: 5, current: 8, change: 3, status: "worse" });
    expect(one(rows, "billing", "documented")).toMatchObject({ previous: 75, current: 75, change: 0, status: "unchanged" });
    expect(one(rows, "billing", "readme")).toMatchObject({ previous: 1, current: 1, status: "unchanged" });
    // 4 categories: 2 + 3 + 3 + 2 metrics
    expect(rows).toHaveLength(10);
  });

  it("treats changes below the shown precision as unchanged and avoids float noise", () => {
    const rows = compareModules("p", [m("a", { coveredLines: 8000, validLines: 10000 })], [m("a", { coveredLines: 8003, validLines: 10000 })]);
    expect(one(rows, "a", "coverage")).toMatchObject({ previous: 80, current: 80, change: 0, status: "unchanged" });
    const noisy = compareModules("p", [m("a", { coveredLines: 1, validLines: 10 })], [m("a", { coveredLines: 3, validLines: 10 })]);
    expect(one(noisy, "a", "coverage").change).toBe(20); // not 20.000000000000004
  });

  it("marks a module only in the new scan as added and only in the old one as removed", () => {
    const rows = compareModules("shop", [m("legacy", { testDebt: 90 })], [m("search", { coveredLines: null, validLines: null })]);
    const added = pick(rows, "search", "coverage")[0];
    expect(added).toMatchObject({ status: "added", previous: null, current: null, change: null, categoryDebtChange: null });
    expect(one(rows, "search", "debt", "test")).toMatchObject({ status: "added", previous: null, current: 100, change: null });
    expect(one(rows, "legacy", "debt", "test")).toMatchObject({ status: "removed", previous: 90, current: null, change: null });
    expect(rows.filter((r) => r.module === "search").every((r) => r.status === "added")).toBe(true);
    expect(rows.filter((r) => r.module === "legacy").every((r) => r.status === "removed")).toBe(true);
  });

  it("computes no change when a value is unknown on either side, and keeps unknown-to-unknown as unchanged", () => {
    const unknown = { coveredLines: null, validLines: null };
    const lost = compareModules("p", [m("a")], [m("a", unknown)]);
    expect(one(lost, "a", "coverage")).toMatchObject({ previous: 80, current: null, change: null, status: "unknown" });
    const gained = compareModules("p", [m("a", unknown)], [m("a")]);
    expect(one(gained, "a", "coverage")).toMatchObject({ previous: null, current: 80, change: null, status: "unknown" });
    const never = compareModules("p", [m("a", unknown)], [m("a", unknown)]);
    expect(one(never, "a", "coverage")).toMatchObject({ previous: null, current: null, change: null, status: "unchanged" });
    // The category's debt minutes are still known and compared.
    expect(one(lost, "a", "debt", "test")).toMatchObject({ previous: 100, current: 100, change: 0, status: "unchanged" });
  });

  it("has no previous side at all when there was no scan before the week", () => {
    const rows = compareModules("p", null, [m("a")]);
    expect(rows.every((r) => r.status === "added")).toBe(true);
    expect(compareModules("p", null, null)).toEqual([]);
  });

  it("treats a README added as better and removed as worse", () => {
    expect(one(compareModules("p", [m("a", { readme: false })], [m("a")]), "a", "readme")).toMatchObject({ change: 1, status: "better" });
    expect(one(compareModules("p", [m("a")], [m("a", { readme: false })]), "a", "readme")).toMatchObject({ change: -1, status: "worse" });
  });
});

describe("changeTable", () => {
  const before = [m("api"), m("billing"), m("core"), m("gone")];
  const now = [
    m("api", { complexityDebt: 100, functionsOver: 5 }), // complexity debt +60
    m("billing", { coveredLines: 600, testDebt: 300 }), // test debt +200: the worst
    m("core", { docsDebt: 0, documentedSymbols: 20, duplicationDebt: 0, duplicatedLines: 0 }), // docs −25, duplication −20
    m("fresh"),
  ];
  const { changes, unchanged } = changeTable(compareModules("shop", before, now));

  it("orders worst regressions first, then the best improvements, then added and removed modules", () => {
    const key = (r: ChangeRow) => `${r.status} ${r.module} ${r.category}.${r.metric}`;
    expect(changes.map(key)).toEqual([
      "worse billing test.coverage",
      "worse billing test.debt",
      "worse api complexity.functionsOver",
      "worse api complexity.debt",
      "better core docs.documented",
      "better core docs.debt",
      "better core duplication.duplicated",
      "better core duplication.debt",
      ...["test.coverage", "test.debt", "docs.documented", "docs.readme", "docs.debt", "complexity.functionsOver", "complexity.maxCcn", "complexity.debt", "duplication.duplicated", "duplication.debt"].map((k) => `added fresh ${k}`),
      ...["test.coverage", "test.debt", "docs.documented", "docs.readme", "docs.debt", "complexity.functionsOver", "complexity.maxCcn", "complexity.debt", "duplication.duplicated", "duplication.debt"].map((k) => `removed gone ${k}`),
    ]);
  });

  it("counts the values left out as unchanged", () => {
    // 3 common modules × 10 values = 30, of which 8 changed.
    expect(unchanged).toBe(22);
  });

  it("puts values that became unknown after improvements and before added modules", () => {
    const t = changeTable(compareModules("p", [m("a"), m("b")], [m("a", { coveredLines: null, validLines: null }), m("b", { docsDebt: 0 })]));
    expect(t.changes.map((r) => `${r.status} ${r.module} ${r.metric}`)).toEqual(["better b debt", "unknown a coverage"]);
  });

  it("orders several projects by debt change first, then by project", () => {
    const rows = [
      ...compareModules("web", [m("x")], [m("x", { testDebt: 150 })]),
      ...compareModules("shop", [m("x")], [m("x", { testDebt: 120 })]),
      ...compareModules("api", [m("x")], [m("x", { testDebt: 150 })]),
    ];
    expect(changeTable(rows).changes.map((r) => r.project)).toEqual(["api", "web", "shop"]);
  });
});
