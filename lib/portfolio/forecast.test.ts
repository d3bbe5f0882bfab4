import { describe, expect, it } from "vitest";
import { DEFAULT_DEBT_MODEL } from "@/lib/debt/schema";
import { bucketedSeries, bucketsBetween, type SeriesPoint } from "./buckets";
import { forecastSeries, leastSquares, seriesChartData } from "./forecast";

function series(values: Array<number | null>): SeriesPoint[] {
  const buckets = bucketsBetween("week", new Date("2026-01-05T00:00:00Z"), new Date(Date.parse("2026-01-05T00:00:00Z") + (values.length - 1) * 7 * 86_400_000));
  const scans = values.flatMap((v, i) =>
    v == null ? [] : [{ projectId: "p", scannedAt: new Date(buckets[i].start + 3600_000), lines: 100, testDebt: v, docsDebt: 0, complexityDebt: 0, duplicationDebt: 0, totalDebt: v }],
  );
  return bucketedSeries(scans, buckets, DEFAULT_DEBT_MODEL, new Date("2030-01-01T00:00:00Z"));
}

describe("leastSquares", () => {
  it("fits an exact line", () => {
    expect(leastSquares([{ x: 0, y: 1 }, { x: 1, y: 3 }, { x: 2, y: 5 }])).toEqual({ slope: 2, intercept: 1 });
  });

  it("fits the best line through noisy points", () => {
    const fit = leastSquares([{ x: 0, y: 1 }, { x: 1, y: 2 }, { x: 2, y: 2 }, { x: 3, y: 5 }])!;
    // Hand-computed: mean x 1.5, mean y 2.5, Sxy 6, Sxx 5.
    expect(fit.slope).toBeCloseTo(1.2);
    expect(fit.intercept).toBeCloseTo(0.7);
  });

  it("has no line for one point or a single x", () => {
    expect(leastSquares([{ x: 1, y: 1 }])).toBeNull();
    expect(leastSquares([{ x: 1, y: 1 }, { x: 1, y: 2 }])).toBeNull();
  });
});

describe("forecastSeries", () => {
  it("says not enough data with fewer than three known points", () => {
    expect(forecastSeries(series([100, 200]), "week")).toEqual({ status: "not_enough_data", points: 2, needed: 3 });
    // Empty buckets before the first scan are not points.
    expect(forecastSeries(series([null, null, 100, 200]), "week")).toMatchObject({ status: "not_enough_data", points: 2 });
  });

  it("projects the current rate forward over the horizon", () => {
    const f = forecastSeries(series([100, 110, 120, 130]), "week", 2);
    if (f.status !== "ok") throw new Error("expected a forecast");
    expect(f.slope).toBeCloseTo(10);
    expect(f.now).toBeCloseTo(130);
    expect(f.end).toBeCloseTo(150);
    expect(f.line.map((p) => [p.key, Math.round(p.value), p.future])).toEqual([
      ["2026-W02", 100, false],
      ["2026-W03", 110, false],
      ["2026-W04", 120, false],
      ["2026-W05", 130, false],
      ["2026-W06", 140, true],
      ["2026-W07", 150, true],
    ]);
  });

  it("starts the line at the first known bucket and never goes below zero", () => {
    const f = forecastSeries(series([null, 300, 200, 100]), "week", 3);
    if (f.status !== "ok") throw new Error("expected a forecast");
    expect(f.line[0].key).toBe("2026-W03");
    expect(f.line.map((p) => Math.round(p.value))).toEqual([300, 200, 100, 0, 0, 0]);
    expect(f.slope).toBeCloseTo(-100);
  });

  it("uses the default horizon for quarters", () => {
    const f = forecastSeries(series([1, 2, 3]), "quarter");
    expect(f.status === "ok" && f.line.filter((p) => p.future).length).toBe(2);
  });
});

describe("seriesChartData", () => {
  it("puts actuals and the fitted line side by side and appends future buckets without actuals", () => {
    const s = series([null, 10, 20, 30]);
    const rows = seriesChartData(s, forecastSeries(s, "week", 1));
    expect(rows.map((r) => [r.key, r.actual, r.forecast == null ? null : Math.round(r.forecast)])).toEqual([
      ["2026-W02", null, null],
      ["2026-W03", 10, 10],
      ["2026-W04", 20, 20],
      ["2026-W05", 30, 30],
      ["2026-W06", null, 40],
    ]);
  });

  it("has no forecast values without enough data", () => {
    const s = series([10, 20]);
    expect(seriesChartData(s, forecastSeries(s, "week")).map((r) => r.forecast)).toEqual([null, null]);
  });
});
