import type { Page } from "@playwright/test";

export class SignInPage {
  constructor(private readonly page: Page) {}

  async open(next = "/") {
    await this.page.goto(`/sign-in?callbackUrl=${encodeURIComponent(next)}`);
  }

  async submit(email: string, password: string) {
    await this.page.getByLabel("Email").fill(email);
    await this.page.getByLabel("Password").fill(password);
    await this.page.getByRole("button", { name: "Sign in" }).click();
  }

  async signIn(email: string, password: string, next = "/") {
    await this.open(next);
    await this.submit(email, password);
    await this.page.waitForURL((u) => !u.pathname.startsWith("/sign-in"));
  }

  error() {
    return this.page.locator("form").getByRole("alert");
  }
}
