import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test as base } from "./fixtures";
import { SprintPlanningPage } from "./pages/sprint-planning-page";
import { TeamsPages } from "./pages/teams-pages";

const test = base.extend<{ teams: TeamsPages; planning: SprintPlanningPage }>({
  teams: async ({ page }, use) => use(new TeamsPages(page)),
  planning: async ({ page }, use) => use(new SprintPlanningPage(page)),
});

// A Jira export of Sprint 14 (and one Sprint 15 row): 5 of 12 counted points are debt work.
const JIRA_CSV = readFileSync(path.join(import.meta.dirname, "../lib/sprints/fixtures/jira-sprint.csv"), "utf8");

test("plan a sprint from a Jira CSV against the 20% debt budget", async ({ tenant, signIn, teams, planning, page }) => {
  await signIn.signIn(tenant.email, tenant.password);
  await teams.createTeam(tenant.org, "Platform", "platform", tenant.project);
  await expect(teams.teamList()).toContainText("20%");
  await teams.openTeam("Platform");
  await teams.createSprint("Sprint 14", "20");
  await expect(planning.budgetTarget()).toHaveText("20%");
  await expect(page.getByText("No items yet.")).toBeVisible();

  // A file with an invalid row is refused as a whole, the row named with its reason.
  await planning.openImport();
  await planning.uploadCsv("broken.csv", JIRA_CSV.replace("In Review", "Parked"));
  await expect(planning.invalidRows()).toContainText('Row 5: unknown status "Parked"');
  await expect(planning.importButton()).toBeDisabled();

  // Fixed: the preview shows what will be created; the Sprint 15 row is left out.
  await planning.uploadCsv("sprint-14.csv", JIRA_CSV);
  await expect(planning.invalidRows()).toHaveCount(0);
  await expect(planning.previewRows()).toHaveCount(5);
  await expect(planning.previewRows().filter({ hasText: "PAY-2" })).toContainText("debt · complexity");
  await expect(page.getByLabel("Column for Story points")).toHaveValue("Custom field (Story Points)");
  await planning.importButton().click();

  await expect(planning.items()).toHaveCount(5);
  await expect(planning.plannedShare()).toHaveText("41.7%");
  await expect(planning.budgetStatus()).toHaveText("Above target");
  await expect(planning.capacity()).toContainText("Planned 12 of a capacity of 20 points");

  // A field error sits next to its field and nothing changes.
  await planning.addItem({ title: "Checkout redesign", estimate: "lots" });
  await expect(planning.addItemForm().getByText("a number")).toBeVisible();
  await expect(planning.addItemForm().getByLabel("Estimate", { exact: true })).toHaveValue("lots");
  await expect(planning.items()).toHaveCount(5);

  await planning.addItem({ title: "Checkout redesign", key: "PAY-20", estimate: "13" });
  await expect(planning.plannedShare()).toHaveText("20%");
  await expect(planning.budgetStatus()).toHaveText("On target");
  await expect(planning.items()).toHaveCount(6);
  await expect(planning.capacity()).toContainText("over capacity by 5");

  // Still there after a reload: it was stored, not only shown.
  await page.reload();
  await expect(planning.plannedShare()).toHaveText("20%");
  await expect(planning.items().filter({ hasText: "PAY-20" })).toContainText("Checkout redesign");
});
