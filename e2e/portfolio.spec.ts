import { execFileSync } from "node:child_process";
import { readFile } from "node:fs/promises";
import { formatMinutes } from "../lib/debt/model";
import { sampleScanDocument } from "../lib/ingest/sample-document";
import { E2E_DATABASE_URL } from "./env.mjs";
import { expect, test as base } from "./fixtures";
import { PortfolioPage } from "./pages/portfolio-page";

const test = base.extend<{ portfolio: PortfolioPage }>({
  portfolio: async ({ page }, use) => use(new PortfolioPage(page)),
});

/** A second project in the tenant's org, made with the real admin CLI; returns its token. */
function createProject(org: string, slug: string): string {
  const out = execFileSync("node", ["bin/paydown.mjs", "admin", "create-project", "--org", org, "--slug", slug], {
    env: { ...process.env, DATABASE_URL: E2E_DATABASE_URL },
    encoding: "utf8",
  });
  const token = /(pd_[A-Za-z0-9]+)/.exec(out)?.[1];
  if (!token) throw new Error(`no token in: ${out}`);
  return token;
}

test("the portfolio shows two projects side by side with the org total, switches buckets and exports CSV", async ({ tenant, request, signIn, portfolio, page }) => {
  const second = `${tenant.project}-two`;
  const secondToken = createProject(tenant.org, second);
  const post = async (doc: object, token: string) => {
    const res = await request.post("/api/v1/scans", { data: doc, headers: { authorization: `Bearer ${token}` } });
    expect(res.status()).toBe(201);
    return (await res.json()).scan as { debt: { minutes: { total: number } }; lines: number };
  };
  // First project: an older and a newer scan; only the newer one counts now.
  const older = sampleScanDocument("1111111111111111111111111111111111111111");
  older.scannedAt = "2026-11-09T09:00:00Z";
  await post(older, tenant.token);
  const first = await post(sampleScanDocument("2222222222222222222222222222222222222222"), tenant.token);
  // Second project: one scan without the complex function.
  const lighter = sampleScanDocument("3333333333333333333333333333333333333333");
  lighter.scannedAt = "2026-11-12T09:00:00Z";
  lighter.modules[0].findings = lighter.modules[0].findings!.filter((f) => f.kind !== "complex-function");
  const two = await post(lighter, secondToken);
  const total = first.debt.minutes.total + two.debt.minutes.total;

  await signIn.signIn(tenant.email, tenant.password);
  await portfolio.goto(tenant.org, "?range=all");
  await expect(portfolio.heading()).toHaveText("Portfolio");
  await expect(portfolio.projectRow(tenant.project)).toContainText(formatMinutes(first.debt.minutes.total));
  await expect(portfolio.projectRow(second)).toContainText(formatMinutes(two.debt.minutes.total));
  await expect(portfolio.orgTotal()).toContainText("Organization (2 of 2 scanned)");
  await expect(portfolio.orgTotal()).toContainText(formatMinutes(total));
  // Both projects' modules (billing and api each) rank in the top modules.
  await expect(portfolio.topModules()).toHaveCount(4);

  await expect(portfolio.currentBucket()).toHaveText("Weekly");
  await portfolio.chooseBucket("Quarterly");
  await expect(page).toHaveURL(/bucket=quarter/);
  await expect(page).toHaveURL(/range=all/);
  await expect(portfolio.currentBucket()).toHaveText("Quarterly");
  await expect(portfolio.card("Debt over time (per quarter)")).toBeVisible();

  const download = await portfolio.downloadCsv("the projects table");
  expect(download.suggestedFilename()).toBe(`${tenant.org}-portfolio-projects.csv`);
  const csv = await readFile((await download.path())!, "utf8");
  const rows = csv.trimEnd().split("\r\n").map((l) => l.split(","));
  expect(rows[0].slice(0, 5)).toEqual(["project", "name", "last_scan", "lines", "debt_minutes"]);
  const bySlug = new Map(rows.slice(1).map((r) => [r[0], r]));
  expect(bySlug.get(tenant.project)?.[4]).toBe(String(first.debt.minutes.total));
  expect(bySlug.get(second)?.[4]).toBe(String(two.debt.minutes.total));
  expect(bySlug.get("")?.[4]).toBe(String(total));
  expect(bySlug.get("")?.[3]).toBe(String(first.lines + two.lines));
});

test("another organization's portfolio is not found", async ({ tenant, signIn, portfolio }) => {
  await signIn.signIn(tenant.email, tenant.password);
  const res = await portfolio.goto("some-other-org");
  expect(res?.status()).toBe(404);
});
