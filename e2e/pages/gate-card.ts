import type { Page } from "@playwright/test";

/** The project page's "Gate results" card. */
export class GateCard {
  constructor(private readonly page: Page) {}

  card() {
    return this.page.locator("section").filter({ has: this.page.getByRole("heading", { name: "Gate results" }) });
  }

  rows() {
    return this.page.getByTestId("gate-results").locator("tbody tr");
  }
}
