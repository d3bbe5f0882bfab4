import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { test as base } from "@playwright/test";
import { E2E_DATABASE_URL } from "./env.mjs";
import { ModulePage } from "./pages/module-page";
import { ProjectPage } from "./pages/project-page";
import { SignInPage } from "./pages/sign-in-page";

function paydown(args: string[]): string {
  return execFileSync("node", ["bin/paydown.mjs", ...args], {
    env: { ...process.env, DATABASE_URL: E2E_DATABASE_URL },
    encoding: "utf8",
  });
}

export interface Tenant {
  org: string;
  project: string;
  email: string;
  password: string;
  token: string;
}

/** A fresh organization, admin and project per test, made with the real admin CLI. */
export const test = base.extend<{ tenant: Tenant; signIn: SignInPage; projectPage: ProjectPage; modulePage: ModulePage }>({
  tenant: async ({}, use) => {
    const id = randomBytes(4).toString("hex");
    const t = { org: `org-${id}`, project: `proj-${id}`, email: `admin-${id}@e2e.test`, password: "e2e-password-1" };
    paydown(["admin", "create-user", "--email", t.email, "--password", t.password, "--org", t.org]);
    const out = paydown(["admin", "create-project", "--org", t.org, "--slug", t.project]);
    const token = /(pd_[A-Za-z0-9]+)/.exec(out)?.[1];
    if (!token) throw new Error(`no token in: ${out}`);
    await use({ ...t, token });
  },
  signIn: async ({ page }, use) => use(new SignInPage(page)),
  projectPage: async ({ page }, use) => use(new ProjectPage(page)),
  modulePage: async ({ page }, use) => use(new ModulePage(page)),
});

export { expect } from "@playwright/test";
