import type { Page } from "@playwright/test";

/** A sprint's planning page (budget meter, items, add-item form) and its CSV import page. */
export class SprintPlanningPage {
  constructor(private readonly page: Page) {}

  plannedShare() {
    return this.page.getByTestId("planned-share");
  }

  budgetTarget() {
    return this.page.getByTestId("budget-target");
  }

  budgetStatus() {
    return this.page.getByTestId("budget-status");
  }

  capacity() {
    return this.page.getByTestId("capacity");
  }

  items() {
    return this.page.getByTestId("sprint-items").locator("tbody tr");
  }

  async addItem(fields: { title: string; key?: string; estimate?: string; type?: string; category?: string }) {
    const form = this.page.getByRole("form", { name: "Add item" });
    await form.getByLabel("Title", { exact: true }).fill(fields.title);
    if (fields.key) await form.getByLabel("Key", { exact: true }).fill(fields.key);
    if (fields.estimate) await form.getByLabel("Estimate", { exact: true }).fill(fields.estimate);
    if (fields.type) await form.getByLabel("Type", { exact: true }).selectOption(fields.type);
    if (fields.category) await form.getByLabel("Debt category", { exact: true }).selectOption(fields.category);
    await form.getByRole("button", { name: "Add item" }).click();
  }

  addItemForm() {
    return this.page.getByRole("form", { name: "Add item" });
  }

  async openImport() {
    await this.page.getByRole("link", { name: "Import from Jira or Linear CSV" }).click();
    await this.page.getByRole("form", { name: "Import CSV" }).waitFor();
  }

  async uploadCsv(name: string, text: string) {
    await this.page.getByLabel("CSV file").setInputFiles({ name, mimeType: "text/csv", buffer: Buffer.from(text) });
  }

  invalidRows() {
    return this.page.getByTestId("invalid-rows");
  }

  previewRows() {
    return this.page.getByTestId("import-preview").locator("tbody tr");
  }

  importButton() {
    return this.page.getByRole("form", { name: "Import CSV" }).getByRole("button", { name: /^Import/ });
  }
}
