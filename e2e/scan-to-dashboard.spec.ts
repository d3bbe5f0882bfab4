import { sampleScanDocument } from "../lib/ingest/sample-document";
import { expect, test } from "./fixtures";

test("a new project shows how to send its first scan", async ({ tenant, signIn, projectPage }) => {
  await signIn.signIn(tenant.email, tenant.password);
  await projectPage.goto(tenant.org, tenant.project);
  await expect(projectPage.emptyState()).toBeVisible();
  await expect(projectPage.main()).toContainText(`--org ${tenant.org} --project ${tenant.project}`);
});

test("a scan posted through the API shows on the overview and the module page", async ({ tenant, request, signIn, projectPage, modulePage, page }) => {
  const older = sampleScanDocument("1111111111111111111111111111111111111111");
  older.scannedAt = "2026-11-09T09:00:00Z";
  older.modules[0].findings = older.modules[0].findings!.filter((f) => f.kind !== "complex-function");
  const res1 = await request.post("/api/v1/scans", { data: older, headers: { authorization: `Bearer ${tenant.token}` } });
  expect(res1.status()).toBe(201);
  const res2 = await request.post("/api/v1/scans", { data: sampleScanDocument(), headers: { authorization: `Bearer ${tenant.token}` } });
  expect(res2.status()).toBe(201);
  const { scan } = await res2.json();

  await signIn.signIn(tenant.email, tenant.password);
  await page.goto(scan.url.replace(/^https?:\/\/[^/]+/, "") + "?range=all");
  await expect(projectPage.heading()).toHaveText(tenant.project);
  await expect(projectPage.grade()).toContainText(scan.debt.grade);
  expect(await projectPage.moduleNames()).toEqual(["billing", "api"]);
  // The complex function appeared between the two scans: +75 minutes of complexity debt.
  await expect(projectPage.moduleRow("billing")).toContainText("+1h 15m");
  await expect(projectPage.categoryCard("Test debt")).toContainText("73.3%");
  await expect(projectPage.categoryCard("Complexity debt")).toContainText("+1");

  await projectPage.sortBy("Module");
  await expect(page).toHaveURL(/sort=name&dir=asc/);
  expect(await projectPage.moduleNames()).toEqual(["api", "billing"]);

  await projectPage.openModule("billing");
  await expect(modulePage.heading()).toHaveText("billing");
  await expect(page.getByText("@acme/payments")).toBeVisible();
  await expect(modulePage.findings()).toHaveCount(5);
  await modulePage.filter(/^Complexity/);
  await expect(page).toHaveURL(/category=complexity/);
  await expect(modulePage.findings()).toHaveCount(1);
  await expect(modulePage.findings().first()).toContainText("Invoice.render");
  await expect(modulePage.findings().first()).toContainText("src/billing/invoice.py:88-171");
});

test("another organization's project is not found", async ({ tenant, signIn, page }) => {
  await signIn.signIn(tenant.email, tenant.password);
  const res = await page.goto(`/orgs/some-other-org/projects/${tenant.project}`);
  expect(res?.status()).toBe(404);
});

test("signing in with a wrong password says so without revealing the account", async ({ tenant, signIn }) => {
  await signIn.open();
  await signIn.submit(tenant.email, "wrong-password");
  await expect(signIn.error()).toHaveText("Email or password is wrong.");
});
