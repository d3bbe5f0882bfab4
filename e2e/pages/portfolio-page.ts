import type { Download, Page } from "@playwright/test";

export class PortfolioPage {
  constructor(private readonly page: Page) {}

  goto(org: string, query = "") {
    return this.page.goto(`/orgs/${org}/portfolio${query}`);
  }

  heading() {
    return this.page.getByRole("heading", { level: 1 });
  }

  projectRow(slug: string) {
    return this.page.getByTestId("portfolio-projects").locator(`tr[data-project="${slug}"]`);
  }

  orgTotal() {
    return this.page.getByTestId("org-total");
  }

  topModules() {
    return this.page.getByTestId("portfolio-modules").locator("tbody tr");
  }

  card(title: string | RegExp) {
    return this.page.locator("section").filter({ has: this.page.getByRole("heading", { name: title }) });
  }

  chooseBucket(label: "Weekly" | "Quarterly") {
    return this.page.getByRole("group", { name: "Bucket" }).getByRole("link", { name: label }).click();
  }

  currentBucket() {
    return this.page.getByRole("group", { name: "Bucket" }).locator('[aria-current="true"]');
  }

  async downloadCsv(what: string): Promise<Download> {
    const [download] = await Promise.all([this.page.waitForEvent("download"), this.page.getByRole("link", { name: `Download ${what} as CSV` }).click()]);
    return download;
  }
}
