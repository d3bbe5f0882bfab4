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
}
