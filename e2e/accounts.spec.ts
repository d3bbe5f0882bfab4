import { randomBytes } from "node:crypto";
import { sampleScanDocument } from "../lib/ingest/sample-document";
import { expect, test } from "./fixtures";
import { ProjectPage } from "./pages/project-page";
import { SettingsPages } from "./pages/settings-pages";
import { SignUpPage } from "./pages/sign-up-page";

test("sign up, create an organization, invite a member, create a token and see a scan posted with it", async ({ page, browser, request }) => {
  const id = randomBytes(4).toString("hex");
  const org = `team-${id}`;
  const settings = new SettingsPages(page);

  await page.goto("/sign-up");
  await new SignUpPage(page).signUp("Ada", `ada-${id}@e2e.test`, "ada-password-1");
  await page.waitForURL("**/orgs/new");
  await settings.createOrganization(`Team ${id}`, org);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Team ${id}`);

  const link = await settings.invite(org, "member");
  expect(link).toMatch(/\/invite\/inv_[A-Za-z0-9]+$/);

  // The invited person, in a browser of their own: create an account from the link, then join.
  const other = await browser.newContext();
  const bob = await other.newPage();
  await bob.goto(link);
  await expect(bob.getByRole("heading", { name: `Join Team ${id}` })).toBeVisible();
  await bob.getByRole("link", { name: "Create an account" }).click();
  await new SignUpPage(bob).signUp("Bob", `bob-${id}@e2e.test`, "bob-password-1");
  await bob.waitForURL("**/invite/**");
  await bob.getByRole("button", { name: /^Join as / }).click();
  await bob.waitForURL(`**/orgs/${org}`);
  await expect(bob.getByText("You are member")).toBeVisible();
  // Members may read but not manage.
  expect((await bob.goto(`/orgs/${org}/settings/members`))?.status()).toBe(403);
  // The link worked once.
  await bob.goto(link);
  await expect(bob.getByRole("heading", { name: "Invitation not valid" })).toBeVisible();
  // The organization switcher lists the new organization; signing out ends the session.
  await bob.getByTestId("org-switcher").getByText("Organizations").click();
  await expect(bob.getByTestId("org-switcher").getByRole("link", { name: new RegExp(`Team ${id}`) })).toBeVisible();
  await bob.getByRole("button", { name: "Sign out" }).click();
  await bob.waitForURL("**/sign-in**");
  expect((await bob.goto(`/orgs/${org}`))?.url()).toContain("/sign-in");
  await other.close();

  await page.goto(`/orgs/${org}/settings/members`);
  await expect(settings.memberList()).toContainText(`bob-${id}@e2e.test`);

  await settings.createProject(org, "web");
  const token = await settings.createToken(org, "web", "github-actions");
  expect(token).toMatch(/^pd_/);
  await expect(settings.tokenRow("github-actions")).toContainText(token.slice(0, 9));
  await expect(settings.tokenRow("github-actions")).toContainText("never");

  const res = await request.post("/api/v1/scans", { data: sampleScanDocument(), headers: { authorization: `Bearer ${token}` } });
  expect(res.status()).toBe(201);

  const project = new ProjectPage(page);
  await project.goto(org, "web");
  await expect(project.heading()).toHaveText("web");
  expect(await project.moduleNames()).toEqual(["billing", "api"]);

  await page.goto(`/orgs/${org}/settings/projects/web`);
  await expect(settings.tokenRow("github-actions")).not.toContainText("never");
  await page.goto(`/orgs/${org}/settings/audit`);
  await expect(page.getByTestId("audit-log")).toContainText("token.create");
  await expect(page.getByTestId("audit-log")).toContainText("invitation.accept");
});

test("repeated wrong passwords from one address get 429 with Retry-After", async ({ tenant, request }) => {
  const address = { "x-forwarded-for": `198.18.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}` };
  const attempt = async () => {
    const { csrfToken } = await (await request.get("/api/auth/csrf", { headers: address })).json();
    return request.post("/api/auth/callback/credentials", {
      headers: address,
      form: { email: tenant.email, password: "wrong-password", csrfToken, json: "true" },
    });
  };
  // The e2e server allows PAYDOWN_SIGNIN_MAX_FAILURES=5 (e2e/start-server.mjs).
  for (let i = 0; i < 5; i++) expect((await attempt()).status()).toBe(401);
  const blocked = await attempt();
  expect(blocked.status()).toBe(429);
  expect(Number(blocked.headers()["retry-after"])).toBeGreaterThan(0);
});
