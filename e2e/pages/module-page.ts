import type { Page } from "@playwright/test";

export class ModulePage {
  constructor(private readonly page: Page) {}

  heading() {
    return this.page.getByRole("heading", { level: 1 });
  }

  findings() {
    return this.page.getByTestId("findings-table").locator("tbody tr");
  }

  filter(category: RegExp) {
    return this.page.getByRole("group", { name: "Filter findings by category" }).getByRole("link", { name: category }).click();
  }
}
