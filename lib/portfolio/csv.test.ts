import { describe, expect, it } from "vitest";
import { DEFAULT_DEBT_MODEL } from "@/lib/debt/schema";
import { teamAdherence } from "./adherence";
import { bucketedSeries, bucketsBetween } from "./buckets";
import { modulesCsv, projectsCsv, PROJECT_COLUMNS, seriesCsv, SERIES_COLUMNS, teamsCsv, TEAM_COLUMNS } from "./csv";
import { forecastSeries } from "./forecast";
import { topModules } from "./modules";
import { orgTotal, projectRows, type ProjectInput } from "./projects";

const at = (iso: string) => new Date(iso);
const scan = (total: number, lines: number, iso: string) => ({ scannedAt: at(iso), lines, testDebt: total, docsDebt: 0, complexityDebt: 0, duplicationDebt: 0, totalDebt: total });

describe("projectsCsv", () => {
  const inputs: ProjectInput[] = [
    { slug: "shop", name: "Shop, EU", latest: scan(3000, 1000, "2026-11-16T09:00:00Z"), then: scan(1500, 1000, "2026-10-20T09:00:00Z") },
    { slug: "api", name: "API", latest: null, then: null },
  ];
  const t = { rows: projectRows(inputs, DEFAULT_DEBT_MODEL), total: orgTotal(inputs, DEFAULT_DEBT_MODEL), comparedWith: at("2026-10-24T12:00:00Z") };

  it("writes one row per project and the organization's total last, matching the header", () => {
    const csv = projectsCsv(t);
    expect(csv.header).toBe(PROJECT_COLUMNS);
    expect(csv.rows).toHaveLength(3);
    for (const r of csv.rows) expect(r).toHaveLength(PROJECT_COLUMNS.length);
    const row = (slug: string) => Object.fromEntries(PROJECT_COLUMNS.map((c, i) => [c, csv.rows.find((r) => r[0] === slug)![i]]));
    expect(row("shop")).toMatchObject({
      name: "Shop, EU",
      last_scan: "2026-11-16T09:00:00.000Z",
      lines: 1000,
      debt_minutes: 3000,
      debt_ratio: 0.1,
      grade: "B",
      test_minutes: 3000,
      test_share: 1,
      docs_share: 0,
      compared_with: "2026-10-24T12:00:00.000Z",
      then_minutes: 1500,
      then_ratio: 0.05,
      then_grade: "A",
      change_minutes: 1500,
      change_ratio: 0.05,
      trend: "up",
    });
    // A project without scans: empty values, not zeros.
    expect(row("api")).toMatchObject({ name: "API", debt_minutes: undefined, grade: undefined, trend: null });
    expect(row("")).toMatchObject({ name: "Organization", debt_minutes: 3000, lines: 1000 });
  });
});

describe("modulesCsv", () => {
  it("writes rank, location, owners and minutes", () => {
    const rows = topModules(
      [{ projectSlug: "shop", projectName: "Shop", name: "billing", path: "src/billing", owners: ["@a", "@b"], lines: 100, testDebt: 1, docsDebt: 2, complexityDebt: 3, duplicationDebt: 4, totalDebt: 10, scannedAt: at("2026-11-16T09:00:00Z") }],
      40,
      DEFAULT_DEBT_MODEL,
      5,
    );
    expect(modulesCsv(rows).rows).toEqual([[1, "shop", "billing", "src/billing", "@a @b", 100, 10, 0.003333, "A", 1, 2, 3, 4, 0.25, "2026-11-16T09:00:00.000Z"]]);
  });
});

describe("teamsCsv", () => {
  it("writes one row per sprint with the team's summary, and one row for a team without sprints", () => {
    const now = at("2026-11-21T12:00:00Z");
    const items = [
      { estimate: 2, type: "debt" as const, status: "done" as const },
      { estimate: 8, type: "feature" as const, status: "done" as const },
    ];
    const team = teamAdherence({ slug: "p", name: "Platform", budgetTarget: 0.2, sprints: [{ name: "S1", startDate: at("2026-10-05T00:00:00Z"), endDate: at("2026-10-18T00:00:00Z"), budgetTarget: 0.2, items }] }, 6, now);
    const empty = teamAdherence({ slug: "w", name: "Web", budgetTarget: 0.3, sprints: [] }, 6, now);
    const csv = teamsCsv([team, empty]);
    expect(csv.header).toBe(TEAM_COLUMNS);
    expect(csv.rows).toEqual([
      ["p", "Platform", "S1", "2026-10-05", "2026-10-18", true, 0.2, 0.2, 0.2, "done", "on_target", 1, 1, 1],
      ["w", "Web", null, null, null, null, 0.3, null, null, null, null, 0, 0, null],
    ]);
  });
});

describe("seriesCsv", () => {
  it("writes actual buckets with the fitted value, then the forecast buckets", () => {
    const buckets = bucketsBetween("week", at("2026-11-02T00:00:00Z"), at("2026-11-16T00:00:00Z"));
    const scans = [100, 110, 120].map((v, i) => ({ projectId: "p", ...scan(v, 10, new Date(buckets[i].start + 3_600_000).toISOString()) }));
    const series = bucketedSeries(scans, buckets, DEFAULT_DEBT_MODEL, at("2026-11-20T00:00:00Z"));
    const csv = seriesCsv({ series, forecast: forecastSeries(series, "week", 1) });
    expect(csv.header).toBe(SERIES_COLUMNS);
    expect(csv.rows.map((r) => [r[0], r[3], r[4], r[10], r[13]])).toEqual([
      ["2026-W45", "actual", 1, 100, 100],
      ["2026-W46", "actual", 1, 110, 110],
      ["2026-W47", "actual", 1, 120, 120],
      ["2026-W48", "forecast", null, null, 130],
    ]);
    expect(csv.rows[0][1]).toBe("2026-11-02T00:00:00.000Z");
  });
});
