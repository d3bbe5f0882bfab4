import { sampleScanDocument } from "../lib/ingest/sample-document";
import { METRIC_INFO } from "../lib/review/delta";
import type { MetricKey } from "../lib/review/types";
import { formatNumber } from "../lib/review/view";
import { expect, test } from "./fixtures";
import { ProjectPage } from "./pages/project-page";
import { ReviewPage } from "./pages/review-page";

/** Week 45 (6 Nov 2026) and week 46 (13 Nov 2026): billing's coverage falls from 83.3% to 66.7%. */
function twoScans() {
  const before = sampleScanDocument("1111111111111111111111111111111111111111");
  before.scannedAt = "2026-11-06T09:00:00Z";
  before.modules[0].test.coverage = { coveredLines: 1500, validLines: 1800, coveredBranches: 210, validBranches: 340 };
  const after = sampleScanDocument("2222222222222222222222222222222222222222");
  after.scannedAt = "2026-11-13T09:00:00Z";
  after.modules[0].test.coverage = { coveredLines: 1200, validLines: 1800, coveredBranches: 210, validBranches: 340 };
  after.modules[0].findings!.push({ category: "complexity", kind: "complex-function", file: "src/billing/totals.py", startLine: 7, endLine: 60, symbol: "Totals.compute", value: 14, threshold: 10 });
  return [before, after];
}

test("the weekly review shows the week's regression and its exports match the page", async ({ tenant, request, signIn, page }) => {
  for (const doc of twoScans()) {
    const res = await request.post("/api/v1/scans", { data: doc, headers: { authorization: `Bearer ${tenant.token}` } });
    expect(res.status()).toBe(201);
  }
  await signIn.signIn(tenant.email, tenant.password);

  // From the project page's link, then to the week of the second scan.
  const project = new ProjectPage(page);
  await project.goto(tenant.org, tenant.project);
  await page.getByRole("link", { name: "Weekly review" }).click();
  await expect(page).toHaveURL(new RegExp(`/orgs/${tenant.org}/projects/${tenant.project}/review$`));
  const review = new ReviewPage(page);
  await review.goto(tenant.org, tenant.project, "2026-W46");
  await expect(review.heading()).toHaveText(`Weekly review: ${tenant.project}, 2026-W46`);
  await expect(page.getByTestId("review-period")).toHaveText("9 Nov 2026 – 15 Nov 2026 (UTC)");

  const regression = review.changeRow("billing", "Line coverage");
  await expect(regression).toHaveCount(1);
  await expect(regression).toHaveAttribute("data-status", "worse");
  expect((await regression.locator("td").allTextContents()).slice(3)).toEqual(["83.3%", "66.7%", "−16.6 pp"]);
  await expect(review.crossings()).toContainText("Totals.compute");
  await expect(review.crossings()).toContainText("coverage 66.7% < minimum 80.0% (was 83.3%)");
  await expect(review.hotspots()).toContainText("4 bug-fix commits in the last 90 days (more than 3)");

  const pageRows = await review.tableRows("review-changes");
  expect(pageRows.length).toBeGreaterThan(0);

  const csv = await review.download("Export CSV");
  expect(csv.name).toBe(`${tenant.org}-${tenant.project}-review-2026-W46.csv`);
  const [header, ...rows] = csv.text.trimEnd().split("\r\n").map((l) => l.split(","));
  expect(header).toEqual(["module", "path", "category", "metric", "unit", "previous", "current", "change", "status"]);
  expect(rows).toContainEqual(["billing", "src/billing", "test", "coverage", "%", "83.3", "66.7", "-16.6", "worse"]);
  // Row for row, the CSV's numbers are what the page shows.
  expect(rows).toHaveLength(pageRows.length);
  rows.forEach(([module, , , metric, unit, previous, current], i) => {
    const shown = (v: string) => (v === "unknown" ? v : formatNumber(unit as (typeof METRIC_INFO)[MetricKey]["unit"], Number(v)));
    expect([pageRows[i][0], pageRows[i][2], pageRows[i][3], pageRows[i][4]]).toEqual([module, METRIC_INFO[metric as MetricKey].label, shown(previous), shown(current)]);
  });

  const md = await review.download("Export Markdown");
  expect(md.name).toBe(`${tenant.org}-${tenant.project}-review-2026-W46.md`);
  expect(md.text).toContain(`# Weekly review: ${tenant.project}, 2026-W46`);
  const mdLines = md.text.split("\n");
  const tables: Array<[string, string]> = [
    ["## Changes", "review-changes"],
    ["## Threshold crossings", "review-crossings"],
    ["## Hotspots", "review-hotspots"],
  ];
  for (const [title, testId] of tables) {
    const at = mdLines.indexOf(title);
    expect(at).toBeGreaterThan(0);
    const shown = await review.tableRows(testId);
    shown.forEach((cells, i) => expect(mdLines[at + 4 + i]).toBe(`| ${cells.join(" | ")} |`));
  }

  await review.previousWeek().click();
  await expect(page).toHaveURL(/week=2026-W45$/);
  await expect(review.heading()).toHaveText(`Weekly review: ${tenant.project}, 2026-W45`);
  await review.nextWeek().click();
  await expect(page).toHaveURL(/week=2026-W46$/);
});
