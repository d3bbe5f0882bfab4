import { sampleScanDocument } from "../lib/ingest/sample-document";
import { expect, test as base } from "./fixtures";
import { PayoffPages } from "./pages/payoff-pages";
import { SprintPlanningPage } from "./pages/sprint-planning-page";
import { TeamsPages } from "./pages/teams-pages";

const test = base.extend<{ teams: TeamsPages; planning: SprintPlanningPage; payoff: PayoffPages }>({
  teams: async ({ page }, use) => use(new TeamsPages(page)),
  planning: async ({ page }, use) => use(new SprintPlanningPage(page)),
  payoff: async ({ page }, use) => use(new PayoffPages(page)),
});

const DAY = 86_400_000;
const isoDay = (t: number) => new Date(t).toISOString().slice(0, 10);

test("add a suggested debt item with one click, then see what it paid after the end-of-sprint scan", async ({ tenant, request, signIn, teams, planning, payoff, page }) => {
  // A sprint that ran the last two weeks and ended yesterday.
  const today = Date.parse(new Date().toISOString().slice(0, 10));
  const start = today - 14 * DAY;
  const end = today - DAY;
  const auth = { authorization: `Bearer ${tenant.token}` };

  // The scan the sprint starts from: the sample, taken the day before the start.
  const before = sampleScanDocument("1111111111111111111111111111111111111111");
  before.scannedAt = new Date(start - DAY + 9 * 3_600_000).toISOString();
  expect((await request.post("/api/v1/scans", { data: before, headers: auth })).status()).toBe(201);

  await signIn.signIn(tenant.email, tenant.password);
  await teams.createTeam(tenant.org, "Platform", "platform", tenant.project);
  const created = await request.post("/api/v1/sprints", {
    data: { name: "Sprint 14", startDate: isoDay(start), endDate: isoDay(end), capacity: 40, unit: "points", budgetTarget: 0.2 },
    headers: auth,
  });
  expect(created.status()).toBe(201);
  const { id } = await created.json();

  // Planning: the complex Invoice.render is suggested with its estimate; one click adds it.
  await payoff.openPlanning(tenant.org, "platform", id);
  const title = "Simplify Invoice.render (billing)";
  await expect(payoff.suggestion(title)).toContainText("1h 15m");
  await expect(payoff.suggestion(title)).toContainText("0.5 pts");
  await payoff.addSuggestion(title);
  await expect(payoff.inSprint(title)).toBeVisible();
  await expect(planning.items().filter({ hasText: title })).toHaveCount(1);
  await page.reload();
  await expect(planning.items().filter({ hasText: title })).toHaveCount(1);
  await expect(payoff.inSprint(title)).toBeDisabled();

  // Before the end-of-sprint scan the review says it is waiting.
  await payoff.openReview(tenant.org, "platform", id);
  await expect(payoff.pending()).toContainText("Waiting for the end-of-sprint scan");

  // The end-of-sprint scan: Invoice.render was split (75 minutes paid), one new symbol is undocumented (5 added).
  const after = sampleScanDocument("2222222222222222222222222222222222222222");
  after.scannedAt = new Date(end + 18 * 3_600_000).toISOString();
  after.modules[0].findings = after.modules[0].findings!.filter((f) => f.kind !== "complex-function");
  after.modules[0].findings.push({ category: "docs", kind: "undocumented-symbol", file: "src/billing/tax.py", startLine: 30, endLine: 30, symbol: "vat_total", value: 1 });
  expect((await request.post("/api/v1/scans", { data: after, headers: auth })).status()).toBe(201);

  await page.reload();
  await expect(payoff.paid()).toHaveText("1h 15m");
  await expect(payoff.added()).toHaveText("5m");
  await expect(payoff.net()).toHaveText("−1h 10m");
  await expect(payoff.linkedFindings()).toHaveCount(1);
  await expect(payoff.linkedFindings().first()).toContainText("Invoice.render");
  await expect(payoff.linkedFindings().first()).toContainText("resolved");

  // The sync API reports the same once the sprint has ended.
  const budget = await (await request.get(`/api/v1/sprints/${id}/budget`, { headers: auth })).json();
  expect(budget.paydown).toMatchObject({ state: "compared", paid: 75, added: 5, net: -70 });

  // The team's roll-up lists the sprint with what it paid.
  await payoff.openPayoff(tenant.org, "platform");
  await expect(payoff.payoffRow("Sprint 14")).toContainText("1h 15m");

  // A target already met by the end-of-sprint scan (billing covers 73.3% of its lines).
  await payoff.openForecast(tenant.org, "platform");
  await payoff.setTarget({ module: `${tenant.project}/billing`, metric: "coverage", category: "test", target: "70" });
  await expect(payoff.targetForm().getByRole("status")).toHaveText("Target saved.");
  await expect(payoff.targets()).toHaveCount(1);
  await expect(payoff.targets().first()).toContainText("≥ 70%");
  await expect(payoff.verdict()).toContainText("Met (73.3%)");
  // A field error stays next to its field: coverage is a test metric.
  await payoff.setTarget({ module: `${tenant.project}/billing`, metric: "coverage", category: "docs", target: "80" });
  await expect(payoff.targetForm().getByText("Line coverage applies to test")).toBeVisible();
  await expect(payoff.targets()).toHaveCount(1);
});
