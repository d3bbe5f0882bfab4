import { sampleScanDocument } from "../lib/ingest/sample-document";
import { expect, test } from "./fixtures";
import { DigestPages } from "./pages/digest-pages";

/** A scan in week 45 and one in week 46 in which billing's coverage fell. */
function twoScans() {
  const before = sampleScanDocument("3333333333333333333333333333333333333333");
  before.scannedAt = "2026-11-06T09:00:00Z";
  const after = sampleScanDocument("4444444444444444444444444444444444444444");
  after.scannedAt = "2026-11-13T09:00:00Z";
  after.modules[0].test.coverage = { coveredLines: 1100, validLines: 1800, coveredBranches: 210, validBranches: 340 };
  return [before, after];
}

test("an admin adds a Slack digest, with errors next to the fields, previews it, pauses and removes it", async ({ tenant, request, signIn, page }) => {
  for (const doc of twoScans()) {
    expect((await request.post("/api/v1/scans", { data: doc, headers: { authorization: `Bearer ${tenant.token}` } })).status()).toBe(201);
  }
  await signIn.signIn(tenant.email, tenant.password);
  await page.goto(`/orgs/${tenant.org}/settings`);
  await page.getByRole("navigation", { name: "Settings" }).getByRole("link", { name: "Digests" }).click();
  await expect(page).toHaveURL(new RegExp(`/orgs/${tenant.org}/settings/digests$`));
  const digests = new DigestPages(page);

  // The e2e server has no SMTP settings: the page says email is off, and the form refuses it.
  await expect(digests.channels()).toContainText("Email is off");
  await digests.add({ covers: `Project: ${tenant.project}`, channel: "Email", target: "ana@example.com" });
  await expect(digests.form().getByText(/^Email is off on this server/).first()).toBeVisible();

  await digests.add({ covers: `Project: ${tenant.project}`, channel: "Slack", target: "http://hooks.example.com/services/T1/B1/secret" });
  await expect(digests.form().getByText("The webhook URL must start with https://.")).toBeVisible();

  await digests.add({ covers: `Project: ${tenant.project}`, channel: "Slack", target: "https://hooks.example.com/services/T1/B1/secret", day: "Sunday", hour: "23:00 UTC" });
  await expect(digests.form().getByRole("status")).toContainText("Digest added");
  const row = digests.row(tenant.project);
  await expect(row).toContainText("https://hooks.example.com/services/T1/…");
  await expect(row).not.toContainText("secret");
  await expect(row).toContainText("Sunday 23:00 UTC");
  await expect(row.getByRole("cell", { name: "on", exact: true })).toBeVisible();

  // The preview renders exactly what would be sent for the chosen week.
  await row.getByRole("link", { name: "Preview" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Digest preview");
  await page.goto(`${new URL(page.url()).pathname}?week=2026-W46`);
  await expect(digests.previewWeek()).toHaveText("2026-W46");
  await expect(digests.slackText()).toContainText(`*Paydown weekly review: ${tenant.project}, 2026-W46*`);
  await expect(digests.slackText()).toContainText("billing");
  await expect(digests.emailFrame().getByRole("heading", { level: 1 })).toHaveText(`Paydown weekly review: ${tenant.project}, 2026-W46`);
  await expect(digests.emailFrame().getByRole("cell", { name: "billing" }).first()).toBeVisible();
  await page.getByRole("link", { name: "← 2026-W45" }).click();
  await expect(digests.previewWeek()).toHaveText("2026-W45");

  await digests.goto(tenant.org);
  await digests.row(tenant.project).getByRole("button", { name: "Pause" }).click();
  await expect(digests.row(tenant.project)).toContainText("paused");
  await digests.row(tenant.project).getByRole("button", { name: "Remove" }).click();
  await expect(page.getByText("No digest yet")).toBeVisible();
});
