import { describe, expect, it } from "vitest";
import { categoryChartData, seriesSummary } from "./chart-data";
import type { TrendPoint } from "./trends";

const point = (t: number, over: Partial<TrendPoint>): TrendPoint => ({
  t,
  commit: "abc1234",
  test: 10,
  docs: 20,
  complexity: 30,
  duplication: 40,
  total: 100,
  coveragePct: 81.234,
  docPct: null,
  functionsOver: 3,
  duplicatedPct: 2,
  ...over,
});

describe("categoryChartData", () => {
  it("pairs each category's debt with its headline metric, rounded to one decimal", () => {
    const data = categoryChartData([point(1, {}), point(2, { coveragePct: null })], "test");
    expect(data).toEqual([
      { t: 1, commit: "abc1234", debt: 10, metric: 81.2 },
      { t: 2, commit: "abc1234", debt: 10, metric: null },
    ]);
    expect(categoryChartData([point(1, {})], "complexity")[0]).toMatchObject({ debt: 30, metric: 3 });
    expect(categoryChartData([point(1, {})], "docs")[0].metric).toBeNull();
  });
});

describe("seriesSummary", () => {
  it("reports unknown when no value is known", () => {
    expect(seriesSummary([null, null])).toEqual({ current: null, first: null, change: null });
  });
  it("measures the change from the first known value", () => {
    expect(seriesSummary([null, 50, 60, 72])).toEqual({ current: 72, first: 50, change: 22 });
  });
  it("has no change for a single value or an unknown current value", () => {
    expect(seriesSummary([5]).change).toBeNull();
    expect(seriesSummary([5, null]).change).toBeNull();
  });
});
