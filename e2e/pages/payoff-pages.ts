import type { Page } from "@playwright/test";

/** The "pay down next" card on a sprint's planning page and the sprint review page (lib/payoff). */
export class PayoffPages {
  constructor(private readonly page: Page) {}

  openPlanning(org: string, team: string, sprintId: string) {
    return this.page.goto(`/orgs/${org}/teams/${team}/sprints/${sprintId}`);
  }

  payDownNext() {
    return this.page.getByTestId("pay-down-next");
  }

  suggestion(title: string) {
    return this.payDownNext().getByTestId("suggestion").filter({ hasText: title });
  }

  addSuggestion(title: string) {
    return this.page.getByRole("button", { name: `Add to sprint: ${title}` }).click();
  }

  inSprint(title: string) {
    return this.page.getByRole("button", { name: `${title}: in sprint` });
  }

  openReview(org: string, team: string, sprintId: string) {
    return this.page.goto(`/orgs/${org}/teams/${team}/sprints/${sprintId}/review`);
  }

  paid() {
    return this.page.getByTestId("paid");
  }

  added() {
    return this.page.getByTestId("added");
  }

  net() {
    return this.page.getByTestId("net");
  }

  linkedFindings() {
    return this.page.getByTestId("linked-findings").locator("tbody tr");
  }

  pending() {
    return this.page.getByTestId("paydown-pending");
  }

  openPayoff(org: string, team: string) {
    return this.page.goto(`/orgs/${org}/teams/${team}/payoff`);
  }

  payoffRow(sprint: string) {
    return this.page.getByTestId("payoff-table").getByRole("row").filter({ hasText: sprint });
  }

  openForecast(org: string, team: string) {
    return this.page.goto(`/orgs/${org}/teams/${team}/forecast`);
  }

  async setTarget(fields: { module: string; metric: string; category: string; target: string }) {
    const form = this.page.getByRole("form", { name: "Set a target" });
    await form.getByLabel("Module", { exact: true }).selectOption({ label: fields.module });
    await form.getByLabel("Metric", { exact: true }).selectOption(fields.metric);
    await form.getByLabel("Category", { exact: true }).selectOption(fields.category);
    await form.getByLabel("Target", { exact: true }).fill(fields.target);
    await form.getByRole("button", { name: "Save target" }).click();
  }

  targetForm() {
    return this.page.getByRole("form", { name: "Set a target" });
  }

  targets() {
    return this.page.getByTestId("forecast-targets").locator("tbody tr");
  }

  verdict() {
    return this.page.getByTestId("forecast-verdict");
  }
}
