import { describe, expect, it } from "vitest";
import { DEFAULT_DEBT_MODEL } from "@/lib/debt/schema";
import { fitLine, forecast, forecastChartData, goalFor, metricValue, seriesAtSprintEnds, valueAt, type SeriesPoint } from "./forecast";

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 0, 1);
/** One point per 14-day sprint. */
const series = (...values: Array<number | null>): SeriesPoint[] => values.map((value, i) => ({ t: T0 + i * 14 * DAY, label: `S${i + 1}`, value }));

describe("fitLine", () => {
  it("fits an exact line", () => {
    const line = fitLine([
      { t: T0, value: 10 },
      { t: T0 + 10 * DAY, value: 20 },
      { t: T0 + 20 * DAY, value: 30 },
    ])!;
    expect(line.slope).toBeCloseTo(1);
    expect(valueAt(line, T0 + 30 * DAY)).toBeCloseTo(40);
  });
  it("is null for one point or all points at one time", () => {
    expect(fitLine([{ t: T0, value: 1 }])).toBeNull();
    expect(fitLine([{ t: T0, value: 1 }, { t: T0, value: 2 }])).toBeNull();
  });
});

describe("forecast", () => {
  const coverage80 = { direction: "atLeast" as const, threshold: 80 };

  it("projects the sprint a rising coverage reaches 80%", () => {
    const f = forecast(series(60, 64, 68, 72), coverage80);
    expect(f.state).toBe("reaches");
    if (f.state !== "reaches") return;
    expect(f.perSprint).toBeCloseTo(4);
    expect(f.sprints).toBe(2);
    expect(f.at).toBe(T0 + 5 * 14 * DAY);
  });

  it("says never for a flat trend", () => {
    expect(forecast(series(70, 70, 70, 70), coverage80).state).toBe("never");
  });

  it("says never when the trend goes the wrong way", () => {
    const f = forecast(series(75, 73, 70, 68), coverage80);
    expect(f.state).toBe("never");
    if (f.state === "never") expect(f.perSprint).toBeLessThan(0);
    expect(forecast(series(10, 12, 14), { direction: "atMost", threshold: 5 }).state).toBe("never");
  });

  it("says met when the latest value already meets the target, whatever the trend", () => {
    expect(forecast(series(90, 85, 82), coverage80)).toEqual({ state: "met", current: 82 });
    expect(forecast(series(12), { direction: "atMost", threshold: 15 })).toEqual({ state: "met", current: 12 });
  });

  it("needs three measured sprint ends, ignoring unmeasured ones", () => {
    expect(forecast(series(60, 70), coverage80)).toEqual({ state: "too_few_points", points: 2, needed: 3 });
    expect(forecast(series(null, 60, null, 70), coverage80)).toMatchObject({ state: "too_few_points", points: 2 });
    expect(forecast([], coverage80)).toMatchObject({ state: "too_few_points", points: 0 });
  });

  it("gives at least one sprint when the fitted line is already past the target", () => {
    // Fit passes 80 at the last point, but the measured last value is just below.
    const f = forecast(series(50, 75, 79), coverage80);
    expect(f.state).toBe("reaches");
    if (f.state === "reaches") expect(f.sprints).toBe(1);
  });

  it("says never when the crossing is beyond the horizon", () => {
    expect(forecast(series(10, 10.001, 10.002), coverage80).state).toBe("never");
  });

  it("falls from above for debt minutes", () => {
    const f = forecast(series(1000, 900, 800), { direction: "atMost", threshold: 500 });
    expect(f).toMatchObject({ state: "reaches", sprints: 3 });
  });
});

describe("metricValue and goalFor", () => {
  const snap = {
    lines: 1000,
    coveredLines: 600,
    validLines: 800,
    publicSymbols: 0,
    documentedSymbols: 0,
    functionsOver: 1,
    dupLines: 0,
    duplicatedLines: 0,
    testDebt: 1200,
    docsDebt: 0,
    complexityDebt: 3000,
    duplicationDebt: 0,
    totalDebt: 4200,
    maxCcn: 23,
  };
  it("reads coverage, max CCN, category minutes and the category's debt ratio", () => {
    expect(metricValue(snap, "coverage", "test", DEFAULT_DEBT_MODEL)).toBe(75);
    expect(metricValue({ ...snap, validLines: null }, "coverage", "test", DEFAULT_DEBT_MODEL)).toBeNull();
    expect(metricValue(snap, "maxCcn", "complexity", DEFAULT_DEBT_MODEL)).toBe(23);
    expect(metricValue(snap, "debtMinutes", "complexity", DEFAULT_DEBT_MODEL)).toBe(3000);
    // 3000 / (30 min a line × 1000 lines) = 10 %
    expect(metricValue(snap, "grade", "complexity", DEFAULT_DEBT_MODEL)).toBeCloseTo(10);
  });
  it("turns grade B into its ratio bound and E into no bound", () => {
    expect(goalFor("grade", 2, DEFAULT_DEBT_MODEL)).toEqual({ direction: "atMost", threshold: 10 });
    expect(goalFor("grade", 5, DEFAULT_DEBT_MODEL).threshold).toBe(Number.POSITIVE_INFINITY);
    expect(goalFor("coverage", 80, DEFAULT_DEBT_MODEL)).toEqual({ direction: "atLeast", threshold: 80 });
  });
});

describe("forecastChartData", () => {
  it("adds the fitted line and a forecast point where it meets the target", () => {
    const s = series(60, 64, 68, 72);
    const goal = { direction: "atLeast" as const, threshold: 80 };
    const rows = forecastChartData(s, goal, forecast(s, goal));
    expect(rows).toHaveLength(5);
    expect(rows[0]).toEqual({ t: T0, label: "S1", actual: 60, fitted: 60, target: 80 });
    expect(rows[4]).toMatchObject({ label: "forecast", actual: null, fitted: 80 });
  });
  it("draws only history and the target without a line to fit", () => {
    const s = series(60, null);
    const rows = forecastChartData(s, { direction: "atLeast", threshold: 80 }, forecast(s, { direction: "atLeast", threshold: 80 }));
    expect(rows.map((r) => [r.actual, r.fitted, r.target])).toEqual([
      [60, null, 80],
      [null, null, 80],
    ]);
  });
  it("leaves the target out when it is unbounded", () => {
    const s = series(10, 20, 30);
    const goal = { direction: "atMost" as const, threshold: Number.POSITIVE_INFINITY };
    expect(forecastChartData(s, goal, forecast(s, goal)).every((r) => r.target === null)).toBe(true);
  });
});

describe("seriesAtSprintEnds", () => {
  const snap = (day: number, complexityDebt: number) => ({
    scannedAt: new Date(Date.UTC(2026, 10, day, 9)),
    lines: 100,
    coveredLines: null,
    validLines: null,
    publicSymbols: 0,
    documentedSymbols: 0,
    functionsOver: 0,
    dupLines: 0,
    duplicatedLines: 0,
    testDebt: 0,
    docsDebt: 0,
    complexityDebt,
    duplicationDebt: 0,
    totalDebt: complexityDebt,
    maxCcn: 10,
  });
  const sprint = (name: string, endDay: number) => ({ name, endDate: new Date(Date.UTC(2026, 10, endDay)), endBefore: new Date(Date.UTC(2026, 10, endDay + 2)) });
  it("takes the latest snapshot before each sprint's cut-off, and null before the first scan", () => {
    const points = seriesAtSprintEnds(
      [snap(14, 300), snap(1, 500), snap(10, 400), snap(29, 100)],
      [sprint("S2", 27), sprint("S0", -2), sprint("S1", 13)],
      "debtMinutes",
      "complexity",
      DEFAULT_DEBT_MODEL,
    );
    expect(points.map((p) => [p.label, p.value])).toEqual([
      ["S0", null],
      ["S1", 300],
      ["S2", 300],
    ]);
  });
});
