import { describe, expect, it } from "vitest";
import type { SnapshotMeasures } from "./metrics";
import { DEFAULT_DEBT_MODEL } from "./schema";
import { moduleTable, sortModuleRows, trendPoints, type ModuleSnapshotRow } from "./trends";
import { rangeStart, parseRange } from "./range";

const base: SnapshotMeasures = {
  lines: 1000,
  coveredLines: 800,
  validLines: 1000,
  publicSymbols: 10,
  documentedSymbols: 5,
  functionsOver: 2,
  dupLines: 1000,
  duplicatedLines: 50,
  testDebt: 100,
  docsDebt: 25,
  complexityDebt: 40,
  duplicationDebt: 20,
  totalDebt: 185,
};

function snap(moduleId: string, scanId: string, day: number, over: Partial<SnapshotMeasures> = {}): ModuleSnapshotRow {
  return {
    ...base,
    ...over,
    moduleId,
    name: moduleId,
    path: `src/${moduleId}`,
    owners: [],
    scanId,
    scannedAt: new Date(Date.UTC(2026, 0, day)),
  };
}

describe("trendPoints", () => {
  it("orders scans by time and derives headline percentages", () => {
    const pts = trendPoints([
      { ...base, scannedAt: new Date(Date.UTC(2026, 0, 8)), commitSha: "bbbbbbbbbb" },
      { ...base, coveredLines: null, validLines: null, publicSymbols: 0, scannedAt: new Date(Date.UTC(2026, 0, 1)), commitSha: "aaaaaaaaaa" },
    ]);
    expect(pts.map((p) => p.commit)).toEqual(["aaaaaaa", "bbbbbbb"]);
    expect(pts[0].coveragePct).toBeNull(); // unknown, not 0
    expect(pts[0].docPct).toBeNull();
    expect(pts[1].coveragePct).toBe(80);
    expect(pts[1].docPct).toBe(50);
    expect(pts[1].duplicatedPct).toBe(5);
    expect(pts[1].total).toBe(185);
  });
});

describe("moduleTable", () => {
  const rows = [
    snap("billing", "s1", 1, { totalDebt: 100, complexityDebt: 10 }),
    snap("billing", "s2", 8, { totalDebt: 150, complexityDebt: 40 }),
    snap("billing", "s3", 15, { totalDebt: 120, complexityDebt: 25 }),
    snap("legacy", "s2", 8),
    snap("api", "s3", 15, { lines: 0, totalDebt: 0 }),
  ];

  it("lists only modules of the latest scan, with changes since the previous scan and over the range", () => {
    const table = moduleTable(rows, "s3", DEFAULT_DEBT_MODEL, null);
    expect(table.map((r) => r.name).sort()).toEqual(["api", "billing"]);
    const billing = table.find((r) => r.name === "billing")!;
    expect(billing.sincePrevious).toEqual({
      total: -30,
      byCategory: { test: 0, docs: 0, complexity: -15, duplication: 0 },
    });
    expect(billing.overRange?.total).toBe(20);
    expect(billing.sparkline).toEqual([100, 150, 120]);
    expect(billing.ratio).toBeCloseTo(120 / 30000);
    expect(billing.grade).toBe("A");
  });

  it("has no changes for a module seen once, and a zero-line module grades A", () => {
    const api = moduleTable(rows, "s3", DEFAULT_DEBT_MODEL, null).find((r) => r.name === "api")!;
    expect(api.sincePrevious).toBeNull();
    expect(api.overRange).toBeNull();
    expect(api.grade).toBe("A");
  });

  it("limits the range but keeps the previous scan before it", () => {
    const billing = moduleTable(rows, "s3", DEFAULT_DEBT_MODEL, new Date(Date.UTC(2026, 0, 10))).find(
      (r) => r.name === "billing",
    )!;
    expect(billing.sparkline).toEqual([120]);
    expect(billing.overRange).toBeNull();
    expect(billing.sincePrevious?.total).toBe(-30);
  });

  it("sorts by a category's debt, ties by name", () => {
    const table = moduleTable(rows, "s3", DEFAULT_DEBT_MODEL, null);
    expect(sortModuleRows(table, "complexity", "desc").map((r) => r.name)).toEqual(["api", "billing"]);
    expect(sortModuleRows(table, "debt", "desc").map((r) => r.name)).toEqual(["billing", "api"]);
    expect(sortModuleRows(table, "name", "asc").map((r) => r.name)).toEqual(["api", "billing"]);
  });
});

describe("ranges", () => {
  it("parses URL values and falls back to the default", () => {
    expect(parseRange("52w")).toBe("52w");
    expect(parseRange(["4w", "all"])).toBe("4w");
    expect(parseRange("13w")).toBe("12w");
    expect(parseRange(undefined)).toBe("12w");
  });
  it("computes the start in whole weeks", () => {
    const now = new Date(Date.UTC(2026, 10, 21));
    expect(rangeStart("4w", now)?.toISOString()).toBe("2026-10-24T00:00:00.000Z");
    expect(rangeStart("all", now)).toBeNull();
  });
});
