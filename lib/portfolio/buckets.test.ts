import { describe, expect, it } from "vitest";
import { DEFAULT_DEBT_MODEL } from "@/lib/debt/schema";
import { bucketedSeries, bucketKey, bucketsAfter, bucketsBetween, bucketStart, addCategoryMinutes, type ScanTotals } from "./buckets";

const at = (iso: string) => new Date(iso);
const ms = (iso: string) => Date.parse(iso);

function scan(projectId: string, iso: string, totalDebt: number, lines = 1000): ScanTotals {
  return { projectId, scannedAt: at(iso), lines, testDebt: totalDebt, docsDebt: 0, complexityDebt: 0, duplicationDebt: 0, totalDebt };
}

describe("bucket boundaries (UTC)", () => {
  it("starts weeks on Monday 00:00 UTC", () => {
    expect(bucketStart("week", ms("2026-11-18T15:00:00Z"))).toBe(ms("2026-11-16T00:00:00Z")); // a Wednesday
    expect(bucketStart("week", ms("2026-11-16T00:00:00Z"))).toBe(ms("2026-11-16T00:00:00Z")); // Monday itself
    expect(bucketStart("week", ms("2026-11-22T23:59:59Z"))).toBe(ms("2026-11-16T00:00:00Z")); // Sunday night
  });

  it("starts quarters on the first of January, April, July and October", () => {
    expect(bucketStart("quarter", ms("2026-11-18T15:00:00Z"))).toBe(ms("2026-10-01T00:00:00Z"));
    expect(bucketStart("quarter", ms("2026-03-31T23:59:59Z"))).toBe(ms("2026-01-01T00:00:00Z"));
  });

  it("names ISO weeks by their Thursday's year, and quarters", () => {
    expect(bucketKey("week", ms("2026-11-16T00:00:00Z"))).toBe("2026-W47");
    expect(bucketKey("week", ms("2024-12-30T00:00:00Z"))).toBe("2025-W01"); // Monday of week 1 of 2025
    expect(bucketKey("week", ms("2021-01-04T00:00:00Z"))).toBe("2021-W01");
    expect(bucketKey("week", ms("2020-12-28T00:00:00Z"))).toBe("2020-W53");
    expect(bucketKey("quarter", ms("2026-10-01T00:00:00Z"))).toBe("2026-Q4");
  });

  it("lists every bucket from the one holding `from` through the one holding `to`", () => {
    const weeks = bucketsBetween("week", at("2026-11-04T12:00:00Z"), at("2026-11-18T12:00:00Z"));
    expect(weeks.map((b) => b.key)).toEqual(["2026-W45", "2026-W46", "2026-W47"]);
    expect(weeks[0]).toMatchObject({ start: ms("2026-11-02T00:00:00Z"), end: ms("2026-11-09T00:00:00Z") });
    const quarters = bucketsBetween("quarter", at("2025-12-31T00:00:00Z"), at("2026-04-01T00:00:00Z"));
    expect(quarters.map((b) => b.key)).toEqual(["2025-Q4", "2026-Q1", "2026-Q2"]);
    expect(quarters[1].end).toBe(ms("2026-04-01T00:00:00Z"));
  });

  it("continues after the last bucket", () => {
    const [last] = bucketsBetween("quarter", at("2026-11-01T00:00:00Z"), at("2026-11-01T00:00:00Z"));
    expect(bucketsAfter("quarter", last, 2).map((b) => b.key)).toEqual(["2027-Q1", "2027-Q2"]);
  });
});

describe("bucketedSeries", () => {
  const weeks = bucketsBetween("week", at("2026-11-02T00:00:00Z"), at("2026-11-20T00:00:00Z")); // W45, W46, W47
  const asOf = at("2026-11-20T00:00:00Z");

  it("takes each project's latest scan at or before the bucket end and carries it forward, never summing scans", () => {
    const scans = [
      scan("a", "2026-11-03T10:00:00Z", 100),
      scan("a", "2026-11-05T10:00:00Z", 120), // same week: replaces, not adds
      scan("b", "2026-11-10T10:00:00Z", 50),
      // week 47: no scans at all, both carried forward
    ];
    const s = bucketedSeries(scans, weeks, DEFAULT_DEBT_MODEL, asOf);
    expect(s.map((p) => p.minutes)).toEqual([120, 170, 170]);
    expect(s.map((p) => p.projects)).toEqual([1, 2, 2]);
    expect(s[2].lines).toBe(2000);
    expect(s[2].ratio).toBeCloseTo(170 / (30 * 2000));
  });

  it("lets a project without a scan yet contribute nothing, and a bucket with no scanned project is null, not zero", () => {
    const s = bucketedSeries([scan("b", "2026-11-12T00:00:00Z", 50)], weeks, DEFAULT_DEBT_MODEL, asOf);
    expect(s[0]).toMatchObject({ projects: 0, minutes: null, lines: null, ratio: null, grade: null, byCategory: null });
    expect(s[1]).toMatchObject({ projects: 1, minutes: 50 });
  });

  it("uses a scan from before the first bucket as that bucket's value", () => {
    const s = bucketedSeries([scan("a", "2026-06-01T00:00:00Z", 80)], weeks, DEFAULT_DEBT_MODEL, asOf);
    expect(s.map((p) => p.minutes)).toEqual([80, 80, 80]);
  });

  it("counts a scan exactly at a bucket start in that bucket, not the previous one", () => {
    const s = bucketedSeries([scan("a", "2026-11-09T00:00:00Z", 10)], weeks, DEFAULT_DEBT_MODEL, asOf);
    expect(s.map((p) => p.minutes)).toEqual([null, 10, 10]);
  });

  it("ignores scans dated after asOf", () => {
    const s = bucketedSeries([scan("a", "2026-11-03T00:00:00Z", 10), scan("a", "2026-11-21T00:00:00Z", 999)], weeks, DEFAULT_DEBT_MODEL, asOf);
    expect(s[2].minutes).toBe(10);
  });

  it("sums categories across projects and is independent of input order", () => {
    const a = { ...scan("a", "2026-11-03T00:00:00Z", 0), testDebt: 1, docsDebt: 2, complexityDebt: 3, duplicationDebt: 4, totalDebt: 10 };
    const b = { ...scan("b", "2026-11-04T00:00:00Z", 0), testDebt: 10, docsDebt: 20, complexityDebt: 30, duplicationDebt: 40, totalDebt: 100 };
    const s = bucketedSeries([b, a], weeks, DEFAULT_DEBT_MODEL, asOf);
    expect(s[0].byCategory).toEqual({ test: 11, docs: 22, complexity: 33, duplication: 44 });
    expect(s[0].minutes).toBe(110);
  });

  it("grades the bucket from the summed ratio", () => {
    // 30 000 minutes over 1000 lines at 30 min/line = ratio 1 → E
    const s = bucketedSeries([scan("a", "2026-11-03T00:00:00Z", 30_000)], weeks, DEFAULT_DEBT_MODEL, asOf);
    expect(s[0].grade).toBe("E");
  });
});

describe("addCategoryMinutes", () => {
  it("adds the scan's category columns", () => {
    const into = { test: 1, docs: 1, complexity: 1, duplication: 1 };
    expect(addCategoryMinutes(into, { testDebt: 1, docsDebt: 2, complexityDebt: 3, duplicationDebt: 4 })).toEqual({ test: 2, docs: 3, complexity: 4, duplication: 5 });
  });
});
