import type { Page } from "@playwright/test";

export class ProjectPage {
  constructor(private readonly page: Page) {}

  goto(org: string, project: string, query = "") {
    return this.page.goto(`/orgs/${org}/projects/${project}${query}`);
  }

  main() {
    return this.page.locator("main");
  }

  heading() {
    return this.page.getByRole("heading", { level: 1 });
  }

  grade() {
    return this.page.getByTestId("project-grade");
  }

  moduleRow(name: string) {
    return this.page.getByTestId("module-table").getByRole("row").filter({ has: this.page.getByRole("link", { name, exact: true }) });
  }

  moduleNames() {
    return this.page.getByTestId("module-table").locator("tbody tr td:first-child a").allTextContents();
  }

  categoryCard(title: string) {
    return this.page.locator("section").filter({ has: this.page.getByRole("heading", { name: title }) });
  }

  sortBy(label: string) {
    return this.page.getByTestId("module-table").getByRole("link", { name: label }).click();
  }

  openModule(name: string) {
    return this.page.getByTestId("module-table").getByRole("link", { name, exact: true }).click();
  }

  emptyState() {
    return this.page.getByRole("heading", { name: /No scans yet/ });
  }
}
