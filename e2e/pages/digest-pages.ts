import type { Page } from "@playwright/test";

/** Settings → Digests and a digest's preview. */
export class DigestPages {
  constructor(private readonly page: Page) {}

  goto(org: string) {
    return this.page.goto(`/orgs/${org}/settings/digests`);
  }

  channels() {
    return this.page.getByTestId("digest-channels");
  }

  form() {
    return this.page.getByRole("form", { name: "New digest" });
  }

  async add(input: { covers: string; channel: "Email" | "Slack"; target: string; day?: string; hour?: string }) {
    const form = this.form();
    await form.getByLabel("Covers", { exact: true }).selectOption({ label: input.covers });
    await form.getByLabel("Channel", { exact: true }).selectOption(input.channel === "Slack" ? "slack" : "email");
    await form.getByLabel("Recipients or webhook URL", { exact: true }).fill(input.target);
    if (input.day) await form.getByLabel("Day", { exact: true }).selectOption({ label: input.day });
    if (input.hour) await form.getByLabel("Hour (UTC)", { exact: true }).selectOption({ label: input.hour });
    await form.getByRole("button", { name: "Add digest" }).click();
  }

  subscriptions() {
    return this.page.getByTestId("digest-subscriptions");
  }

  row(text: string) {
    return this.subscriptions().getByRole("row").filter({ hasText: text });
  }

  previewWeek() {
    return this.page.getByTestId("preview-week");
  }

  slackText() {
    return this.page.getByTestId("slack-text");
  }

  emailFrame() {
    return this.page.frameLocator('[data-testid="email-preview"]');
  }
}
