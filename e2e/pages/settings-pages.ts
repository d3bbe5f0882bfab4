import type { Page } from "@playwright/test";

/** The organization pages an admin uses: new organization, members and invitations, projects and tokens. */
export class SettingsPages {
  constructor(private readonly page: Page) {}

  async createOrganization(name: string, slug: string) {
    const form = this.page.getByRole("form", { name: "Create an organization" });
    await form.getByLabel("Name", { exact: true }).fill(name);
    await form.getByLabel("URL name", { exact: true }).fill(slug);
    await form.getByRole("button", { name: "Create organization" }).click();
    await this.page.waitForURL(`**/orgs/${slug}`);
  }

  /** Creates an invitation link and returns it (shown once). */
  async invite(org: string, role: "viewer" | "member" | "admin") {
    await this.page.goto(`/orgs/${org}/settings/members`);
    const form = this.page.getByRole("form", { name: "Invite by link" });
    await form.getByLabel("Role", { exact: true }).selectOption(role);
    await form.getByRole("button", { name: "Create invitation link" }).click();
    return (await form.getByTestId("secret").textContent())!.trim();
  }

  memberList() {
    return this.page.getByTestId("member-list");
  }

  async createProject(org: string, slug: string) {
    await this.page.goto(`/orgs/${org}/settings/projects`);
    const form = this.page.getByRole("form", { name: "New project" });
    await form.getByLabel("URL name", { exact: true }).fill(slug);
    await form.getByRole("button", { name: "Create project" }).click();
    await form.getByTestId("secret").waitFor();
  }

  /** Creates a named token on the project's token page and returns it (shown once). */
  async createToken(org: string, project: string, name: string) {
    await this.page.goto(`/orgs/${org}/settings/projects/${project}`);
    const form = this.page.getByRole("form", { name: "New token" });
    await form.getByLabel("Token name", { exact: true }).fill(name);
    await form.getByRole("button", { name: "Create token" }).click();
    return (await form.getByTestId("secret").textContent())!.trim();
  }

  tokenRow(name: string) {
    return this.page.getByTestId("token-list").getByRole("row").filter({ hasText: name });
  }
}
