import { describe, expect, it } from "vitest";
import { DEFAULT_DEBT_MODEL } from "@/lib/debt/schema";
import { categoryShare, orgTotal, projectRow, projectRows, type ScanValues } from "./projects";

function values(total: number, lines: number, at = "2026-11-16T00:00:00Z", split = [1, 0, 0, 0]): ScanValues {
  const [t, d, c, u] = split.map((f) => Math.round(total * f));
  return { scannedAt: new Date(at), lines, testDebt: t, docsDebt: d, complexityDebt: c, duplicationDebt: u, totalDebt: total };
}

describe("projectRow", () => {
  it("shows the latest ratio and grade, its category mix and the trend against then", () => {
    const r = projectRow({ slug: "shop", name: "Shop", latest: values(3000, 1000, undefined, [0.5, 0.25, 0.25, 0]), then: values(1500, 1000) }, DEFAULT_DEBT_MODEL);
    expect(r.now).toMatchObject({ minutes: 3000, lines: 1000, ratio: 0.1, grade: "B" });
    expect(r.now!.byCategory).toEqual({ test: 1500, docs: 750, complexity: 750, duplication: 0 });
    expect(r.now!.share).toEqual({ test: 0.5, docs: 0.25, complexity: 0.25, duplication: 0 });
    expect(r.then).toMatchObject({ minutes: 1500, ratio: 0.05, grade: "A" });
    expect(r.change!.minutes).toBe(1500);
    expect(r.change!.ratio).toBeCloseTo(0.05);
    expect(r.trend).toBe("up");
  });

  it("calls a tiny ratio change flat and a falling one down", () => {
    expect(projectRow({ slug: "a", name: "A", latest: values(1000, 1000), then: values(1001, 1000) }, DEFAULT_DEBT_MODEL).trend).toBe("flat");
    expect(projectRow({ slug: "a", name: "A", latest: values(100, 1000), then: values(3000, 1000) }, DEFAULT_DEBT_MODEL).trend).toBe("down");
  });

  it("has no trend without a scan then, and no values without any scan", () => {
    const fresh = projectRow({ slug: "a", name: "A", latest: values(10, 10), then: null }, DEFAULT_DEBT_MODEL);
    expect(fresh).toMatchObject({ then: null, change: null, trend: null });
    const none = projectRow({ slug: "b", name: "B", latest: null, then: null }, DEFAULT_DEBT_MODEL);
    expect(none).toMatchObject({ now: null, then: null, change: null, trend: null });
  });

  it("has no category shares for a project without debt", () => {
    expect(projectRow({ slug: "a", name: "A", latest: values(0, 10), then: null }, DEFAULT_DEBT_MODEL).now!.share).toBeNull();
  });
});

describe("projectRows", () => {
  it("orders projects by name, ignoring case, then by slug", () => {
    const rows = projectRows(
      [
        { slug: "z", name: "Web", latest: null, then: null },
        { slug: "s", name: "shop", latest: null, then: null },
        { slug: "b", name: "API", latest: null, then: null },
        { slug: "a", name: "api", latest: null, then: null },
      ],
      DEFAULT_DEBT_MODEL,
    );
    expect(rows.map((r) => r.slug)).toEqual(["a", "b", "s", "z"]);
  });
});

describe("orgTotal", () => {
  const projects = [
    { slug: "a", name: "A", latest: values(3000, 1000, "2026-11-10T00:00:00Z", [1, 0, 0, 0]), then: values(2000, 1000) },
    { slug: "b", name: "B", latest: values(600, 3000, "2026-11-12T00:00:00Z", [0, 0, 0.5, 0.5]), then: null },
    { slug: "c", name: "C", latest: null, then: null },
  ];

  it("sums the projects' latest minutes and lines, so the ratio is weighted by lines", () => {
    const t = orgTotal(projects, DEFAULT_DEBT_MODEL);
    expect(t.now).toMatchObject({ minutes: 3600, lines: 4000, grade: "A" });
    expect(t.now!.ratio).toBeCloseTo(3600 / (30 * 4000));
    expect(t.now!.byCategory).toEqual({ test: 3000, docs: 0, complexity: 300, duplication: 300 });
    expect(t.now!.share!.test).toBeCloseTo(3000 / 3600);
    expect(t.now!.scannedAt).toEqual(new Date("2026-11-12T00:00:00Z"));
    expect(t.projectsNow).toBe(2);
  });

  it("compares with what the projects had then; projects without a scan then are left out of it", () => {
    const t = orgTotal(projects, DEFAULT_DEBT_MODEL);
    expect(t.then).toMatchObject({ minutes: 2000, lines: 1000 });
    expect(t.projectsThen).toBe(1);
    expect(t.change!.minutes).toBe(1600);
  });

  it("is empty for an organization without scans", () => {
    const t = orgTotal([{ slug: "c", name: "C", latest: null, then: null }], DEFAULT_DEBT_MODEL);
    expect(t).toMatchObject({ now: null, then: null, projectsNow: 0, projectsThen: 0, trend: null });
  });
});

describe("categoryShare", () => {
  it("divides by the sum of categories", () => {
    expect(categoryShare({ test: 1, docs: 1, complexity: 2, duplication: 0 })).toEqual({ test: 0.25, docs: 0.25, complexity: 0.5, duplication: 0 });
    expect(categoryShare({ test: 0, docs: 0, complexity: 0, duplication: 0 })).toBeNull();
  });
});
