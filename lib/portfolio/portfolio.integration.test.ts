import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { DEFAULT_DEBT_MODEL } from "@/lib/debt/schema";
import { NOW, portfolioWorld } from "@/test/portfolio-world";
import { parsePortfolioFilters } from "./schema";
import { modulesTable, portfolioScope, projectsTable, seriesTable, teamsTable } from "./tables";

const scope = (orgId: string, sp: Record<string, string> = {}) => portfolioScope(orgId, DEFAULT_DEBT_MODEL, parsePortfolioFilters(sp), NOW);

/** Total debt of each of a project's scans by date, straight from the table. */
async function scanTotals(projectId: string) {
  const rows = await prisma.scan.findMany({ where: { projectId }, orderBy: { scannedAt: "asc" }, select: { scannedAt: true, totalDebt: true, lines: true, testDebt: true } });
  return new Map(rows.map((r) => [r.scannedAt.toISOString().slice(0, 10), r]));
}

describe("portfolio against the database", () => {
  it("shows each project's latest scan and an org total equal to the sum of the projects' latest values", async () => {
    const w = await portfolioWorld();
    const shop = await scanTotals(w.shopId);
    const web = await scanTotals(w.webId);
    const t = await projectsTable(await scope(w.orgId));
    expect(t.rows.map((r) => r.slug)).toEqual(["api", "shop", "web"]);
    const [api, shopRow, webRow] = t.rows;
    expect(api.now).toBeNull();
    expect(shopRow.now!.minutes).toBe(shop.get("2026-11-16")!.totalDebt);
    expect(shopRow.now!.scannedAt).toEqual(new Date("2026-11-16T09:00:00Z"));
    expect(webRow.now!.minutes).toBe(web.get("2026-11-10")!.totalDebt);
    expect(t.total.now!.minutes).toBe(shopRow.now!.minutes + webRow.now!.minutes);
    expect(t.total.now!.lines).toBe(shopRow.now!.lines + webRow.now!.lines);
    expect(t.total.now!.byCategory.test).toBe(shopRow.now!.byCategory.test + webRow.now!.byCategory.test);
    expect(t.total.projectsNow).toBe(2);
    // Trend against 4 weeks before NOW (24 Oct): shop's 20 Oct scan; web did not exist then.
    expect(shopRow.then!.minutes).toBe(shop.get("2026-10-20")!.totalDebt);
    expect(shopRow.trend).toBe("up");
    expect(webRow.then).toBeNull();
    expect(t.total.then!.minutes).toBe(shop.get("2026-10-20")!.totalDebt);
  });

  it("buckets weekly with carry-forward, one value per project per bucket, never summing scans", async () => {
    const w = await portfolioWorld();
    const shop = await scanTotals(w.shopId);
    const web = await scanTotals(w.webId);
    const s = (iso: string) => shop.get(iso)!.totalDebt;
    const { series, forecast } = await seriesTable(await scope(w.orgId, { range: "4w" }));
    expect(series.map((p) => p.key)).toEqual(["2026-W43", "2026-W44", "2026-W45", "2026-W46", "2026-W47"]);
    expect(series.map((p) => p.minutes)).toEqual([
      s("2026-10-20"), // before the range start (24 Oct), carried into the first bucket
      s("2026-10-20"), // no scan in W44: carried forward
      s("2026-11-05"), // two scans in W45: the later one, not their sum
      s("2026-11-05") + web.get("2026-11-10")!.totalDebt, // web's first scan; api contributes nothing
      s("2026-11-16") + web.get("2026-11-10")!.totalDebt,
    ]);
    expect(series.map((p) => p.projects)).toEqual([1, 1, 1, 2, 2]);
    expect(forecast.status).toBe("ok");
  });

  it("buckets quarterly over all history, and leaves buckets before any scan empty", async () => {
    const w = await portfolioWorld();
    const quarters = await seriesTable(await scope(w.orgId, { bucket: "quarter", range: "all" }));
    expect(quarters.series.map((p) => p.key)).toEqual(["2026-Q4"]);
    expect(quarters.forecast).toEqual({ status: "not_enough_data", points: 1, needed: 3 });
    const year = await seriesTable(await scope(w.orgId, { bucket: "quarter", range: "52w" }));
    expect(year.series.map((p) => [p.key, p.minutes])).toEqual([
      ["2025-Q4", null],
      ["2026-Q1", null],
      ["2026-Q2", null],
      ["2026-Q3", null],
      ["2026-Q4", quarters.series[0].minutes],
    ]);
  });

  it("ranks the top modules of the projects' latest scans across the organization, other tenants excluded", async () => {
    const w = await portfolioWorld();
    const rows = await modulesTable(await scope(w.orgId));
    expect(rows.slice(0, 4).map((r) => `${r.projectSlug}/${r.name}`)).toEqual(["shop/legacy", "web/old", "shop/billing", "web/billing"]);
    expect(rows.map((r) => r.projectSlug)).not.toContain("huge");
    const minutes = rows.map((r) => r.totalDebt);
    expect(minutes).toEqual([...minutes].sort((a, b) => b - a));
    // Each row is its module's snapshot in the latest scan: shop/billing at CCN 50 → 10 + 5 × 40.
    const billing = rows.find((r) => r.projectSlug === "shop" && r.name === "billing")!;
    expect(billing.complexityDebt).toBe(210);
    expect(billing.scannedAt).toEqual(new Date("2026-11-16T09:00:00Z"));
    // Only the latest scans' modules (shop: billing, api, legacy; web: billing, api, old), so the shares add up to 1.
    expect(rows).toHaveLength(6);
    expect(rows.reduce((a, r) => a + (r.orgShare ?? 0), 0)).toBeCloseTo(1);
  });

  it("filters by project and by team", async () => {
    const w = await portfolioWorld();
    const onlyWeb = await projectsTable(await scope(w.orgId, { project: "web" }));
    expect(onlyWeb.rows.map((r) => r.slug)).toEqual(["web"]);
    expect(onlyWeb.total.now!.minutes).toBe(onlyWeb.rows[0].now!.minutes);
    const platform = await scope(w.orgId, { team: "platform" });
    expect(platform.projects.map((p) => p.slug)).toEqual(["shop"]);
    expect((await modulesTable(platform)).every((r) => r.projectSlug === "shop")).toBe(true);
    expect((await teamsTable(platform)).map((t) => t.slug)).toEqual(["platform"]);
    // A project filter shows the teams working on those projects.
    expect((await teamsTable(await scope(w.orgId, { project: "web" }))).map((t) => t.slug)).toEqual(["web-team"]);
    // Another tenant's slug finds nothing here.
    expect((await scope(w.orgId, { project: "huge" })).projects).toEqual([]);
  });

  it("reports budget adherence over the last started sprints", async () => {
    const w = await portfolioWorld();
    const teams = await teamsTable(await scope(w.orgId, { sprints: "6" }));
    const platform = teams.find((t) => t.slug === "platform")!;
    expect(platform.sprints.map((s) => [s.name, s.status])).toEqual([
      ["S1", "on_target"],
      ["S2", "above_target"],
    ]);
    expect(platform).toMatchObject({ judged: 2, onTarget: 1, onTargetShare: 0.5 });
    // Calendar days come back as UTC midnights, whatever the process's time zone (Auckland here).
    expect(platform.sprints[0]).toMatchObject({ startDate: new Date("2026-10-19T00:00:00Z"), endDate: new Date("2026-11-01T00:00:00Z"), ended: true, basis: "done" });
    expect(platform.sprints[1].doneShare).toBe(0.5);
    const lastOne = (await teamsTable(await scope(w.orgId, { sprints: "1" }))).find((t) => t.slug === "platform")!;
    expect(lastOne.sprints.map((s) => s.name)).toEqual(["S2"]);
    expect(teams.find((t) => t.slug === "web-team")).toMatchObject({ judged: 0, onTargetShare: null, sprints: [] });
  });
});
