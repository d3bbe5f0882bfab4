import { describe, expect, it } from "vitest";
import { debtRatio, formatMinutes, gradeFor, remediationMinutes, resolveDebtModel, summarize, sumCategoryMinutes } from "./model";
import { DEFAULT_DEBT_MODEL } from "./schema";

describe("remediationMinutes", () => {
  it("charges base + step per point over the threshold for complex functions", () => {
    expect(remediationMinutes({ kind: "complex-function", value: 11, threshold: 10 })).toBe(15);
    expect(remediationMinutes({ kind: "complex-function", value: 23, threshold: 10 })).toBe(75);
  });
  it("charges nothing at or below the threshold", () => {
    expect(remediationMinutes({ kind: "complex-function", value: 10, threshold: 10 })).toBe(0);
    expect(remediationMinutes({ kind: "uncovered-file", value: 4, threshold: 4 })).toBe(0);
  });
  it("treats a missing threshold as zero", () => {
    expect(remediationMinutes({ kind: "undocumented-symbol", value: 1, threshold: null })).toBe(5);
    expect(remediationMinutes({ kind: "missing-readme", value: 1, threshold: null })).toBe(30);
  });
  it("uses the organization's overrides", () => {
    const model = resolveDebtModel({ rules: { "complex-function": { base: 0, step: 1 } } });
    expect(remediationMinutes({ kind: "complex-function", value: 15, threshold: 10 }, model)).toBe(5);
    expect(remediationMinutes({ kind: "clone", value: 20, threshold: 5 }, model)).toBe(25);
  });
  it("falls back to defaults for an invalid stored model", () => {
    expect(resolveDebtModel({ minutesPerLine: -3 })).toEqual(DEFAULT_DEBT_MODEL);
    expect(resolveDebtModel({ gradeBounds: [0.5, 0.1, 0.2, 0.3] })).toEqual(DEFAULT_DEBT_MODEL);
  });
});

describe("ratio and grade", () => {
  it("divides by 30 minutes per line", () => {
    expect(debtRatio(300, 100)).toBeCloseTo(0.1);
    expect(debtRatio(10, 0)).toBe(0);
  });
  it("grades on inclusive upper bounds", () => {
    expect(gradeFor(0)).toBe("A");
    expect(gradeFor(0.05)).toBe("A");
    expect(gradeFor(0.0501)).toBe("B");
    expect(gradeFor(0.1)).toBe("B");
    expect(gradeFor(0.2)).toBe("C");
    expect(gradeFor(0.5)).toBe("D");
    expect(gradeFor(0.51)).toBe("E");
  });
  it("weights group ratios by lines", () => {
    const s = summarize([
      { minutes: 3000, lines: 100 }, // ratio 1.0
      { minutes: 0, lines: 900 },
    ]);
    expect(s.ratio).toBeCloseTo(0.1);
    expect(s.grade).toBe("B");
    expect(s.minutes).toBe(3000);
  });
});

describe("sumCategoryMinutes", () => {
  it("sums per category", () => {
    const m = sumCategoryMinutes([
      { category: "test", remediationMinutes: 5 },
      { category: "test", remediationMinutes: 7 },
      { category: "docs", remediationMinutes: 1 },
    ]);
    expect(m).toEqual({ test: 12, docs: 1, complexity: 0, duplication: 0 });
  });
});

describe("formatMinutes", () => {
  it("shows 8-hour days", () => {
    expect(formatMinutes(45)).toBe("45m");
    expect(formatMinutes(90)).toBe("1h 30m");
    expect(formatMinutes(480 * 2 + 120)).toBe("2d 2h");
  });
});
