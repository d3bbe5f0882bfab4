import type { Page } from "@playwright/test";

/** Teams and sprints: the team list with its create form, a team's page and the new-sprint form. */
export class TeamsPages {
  constructor(private readonly page: Page) {}

  async createTeam(org: string, name: string, slug: string, projectName: string) {
    await this.page.goto(`/orgs/${org}/teams`);
    const form = this.page.getByRole("form", { name: "New team" });
    await form.getByLabel("Name", { exact: true }).fill(name);
    await form.getByLabel("URL name", { exact: true }).fill(slug);
    await form.getByLabel(projectName, { exact: true }).check();
    await form.getByRole("button", { name: "Create team" }).click();
    await form.getByRole("status").waitFor();
  }

  teamList() {
    return this.page.getByTestId("team-list");
  }

  async openTeam(name: string) {
    await this.teamList().getByRole("link", { name }).click();
    await this.page.getByRole("heading", { level: 1, name }).waitFor();
  }

  /** From a team's page: creates a sprint, lands back on the team page and opens the sprint. */
  async createSprint(name: string, capacity: string) {
    await this.page.getByRole("link", { name: "New sprint" }).click();
    const form = this.page.getByRole("form", { name: "New sprint" });
    await form.getByLabel("Name", { exact: true }).fill(name);
    await form.getByLabel("Capacity", { exact: true }).fill(capacity);
    await form.getByRole("button", { name: "Create sprint" }).click();
    await this.page.getByTestId("sprint-list").getByRole("link", { name }).click();
    await this.page.getByRole("heading", { level: 1, name }).waitFor();
  }
}
