import { describe, expect, it } from "vitest";
import { describeForecast, formatMetricValue, formatNetMinutes, formatRate } from "./format";

describe("formatNetMinutes", () => {
  it("signs changes and leaves zero bare", () => {
    expect(formatNetMinutes(-70)).toBe("−1h 10m");
    expect(formatNetMinutes(5)).toBe("+5m");
    expect(formatNetMinutes(0)).toBe("0m");
  });
});

describe("formatRate", () => {
  it("reads per point or hour, and a dash when unknown", () => {
    expect(formatRate(149.6, "points")).toBe("150 min/pt");
    expect(formatRate(30, "hours")).toBe("30 min/h");
    expect(formatRate(null, "points")).toBe("—");
  });
});

describe("formatMetricValue and describeForecast", () => {
  it("formats each metric", () => {
    expect(formatMetricValue("coverage", 72)).toBe("72.0%");
    expect(formatMetricValue("grade", 7.25)).toBe("7.3% debt ratio");
    expect(formatMetricValue("maxCcn", 15.4)).toBe("CCN 15");
    expect(formatMetricValue("debtMinutes", 90)).toBe("1h 30m");
    expect(formatMetricValue("coverage", null)).toBe("unknown");
  });
  it("says when, never, met, or what is missing", () => {
    const line = { slope: 0, intercept: 0, origin: 0 };
    expect(describeForecast({ state: "met", current: 82 }, "coverage")).toBe("Met (82.0%).");
    expect(describeForecast({ state: "too_few_points", points: 2, needed: 3 }, "coverage")).toBe("No forecast yet: needs 3 ended sprints with a measurement, has 2.");
    expect(describeForecast({ state: "never", current: 70, perSprint: -1.5, line }, "coverage")).toBe("Never at the current rate (-1.50 per sprint).");
    expect(describeForecast({ state: "reaches", current: 900, perSprint: -100.4, at: Date.UTC(2027, 1, 12), sprints: 1, line }, "debtMinutes")).toBe(
      "Reached in 1 sprint, around 12 Feb 2027 (-100 min per sprint).",
    );
  });
});
