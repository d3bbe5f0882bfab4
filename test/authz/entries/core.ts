import { expect } from "vitest";
import { prisma } from "@/lib/db/client";
import { limiters } from "@/lib/auth/limiters";
import { sampleScanDocument } from "@/lib/ingest/sample-document";
import { PERSONAS } from "../world";
import { ADMIN_ONLY, ADMIN_ONLY_PAGE, ANY_SIGNED_IN, MEMBERS_READ, PUBLIC, type ActionEntry, type PageEntry, type RouteCase } from "../types";

// Accounts, organizations, projects, tokens and ingest.

export const actions: Record<string, ActionEntry> = {
  "lib/auth/actions.ts#signUp": {
    input: (_w, p) => ({ email: `new-${p}@signup.test`, password: "long enough pw", name: p }),
    expect: { anonymous: "ok", viewer: "ok", member: "ok", outsider: "ok", admin: "ok" },
  },
  "lib/orgs/actions.ts#createOrganizationAction": {
    input: (_w, p) => ({ name: `Org of ${p}`, slug: `org-${p}` }),
    expect: { anonymous: "redirect:/sign-in", viewer: "redirect:/orgs/org-viewer", member: "redirect:/orgs/org-member", outsider: "redirect:/orgs/org-outsider", admin: "redirect:/orgs/org-admin" },
  },
  "lib/orgs/actions.ts#updateOrganizationAction": { input: () => ({ org: "acme", name: "Acme Renamed" }), expect: ADMIN_ONLY, audit: "org.update" },
  "lib/orgs/actions.ts#changeMemberRoleAction": {
    input: (w) => ({ org: "acme", userId: w.users.viewer.id, role: "member" }),
    expect: ADMIN_ONLY,
    crossTenant: (w) => ({ org: "other", userId: w.users.viewer.id, role: "admin" }),
    audit: "member.role",
  },
  "lib/orgs/actions.ts#removeMemberAction": {
    input: (w) => ({ org: "acme", userId: w.users.member.id }),
    expect: ADMIN_ONLY,
    crossTenant: (w) => ({ org: "other", userId: w.users.member.id }),
    audit: "member.remove",
  },
  "lib/orgs/invite-actions.ts#createInvitationAction": { input: () => ({ org: "acme", role: "viewer", days: "7" }), expect: ADMIN_ONLY, audit: "invitation.create" },
  "lib/orgs/invite-actions.ts#revokeInvitationAction": {
    input: (w) => ({ org: "acme", inviteId: w.invitation.id }),
    expect: ADMIN_ONLY,
    crossTenant: (w) => ({ org: "other", inviteId: w.invitation.id }),
    audit: "invitation.revoke",
  },
  // Whoever holds the link may join; members stay what they are (sent to the org either way).
  "lib/orgs/invite-actions.ts#acceptInvitationAction": {
    input: (w) => ({ token: w.invitation.token }),
    expect: ANY_SIGNED_IN("redirect:/orgs/acme"),
    audit: "invitation.accept",
  },
  "lib/orgs/project-actions.ts#createProjectAction": { input: () => ({ org: "acme", slug: "api", name: "API" }), expect: ADMIN_ONLY, audit: "project.create" },
  "lib/orgs/project-actions.ts#createTokenAction": {
    input: () => ({ org: "acme", project: "shop", name: "deploy" }),
    expect: ADMIN_ONLY,
    crossTenant: () => ({ org: "other", project: "shop", name: "steal" }),
    audit: "token.create",
  },
  "lib/orgs/project-actions.ts#revokeTokenAction": {
    input: (w) => ({ org: "acme", tokenId: w.shopToken.id }),
    expect: ADMIN_ONLY,
    crossTenant: (w) => ({ org: "other", tokenId: w.shopToken.id }),
    audit: "token.revoke",
  },
};

const scans = async () => (await import("@/app/api/v1/scans/route")).POST;
const postScan = async (token?: string, address = "203.0.113.1") =>
  (await scans())(
    new Request("http://paydown.test/api/v1/scans", {
      method: "POST",
      headers: { "content-type": "application/json", "x-forwarded-for": address, ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(sampleScanDocument()),
    }),
  );

export const routes: Record<string, RouteCase[]> = {
  "app/api/v1/openapi.json/route.ts GET": PERSONAS.map((p) => ({
    name: `public to ${p}`,
    as: p,
    run: async () => (await import("@/app/api/v1/openapi.json/route")).GET(),
    status: 200,
  })),
  // Project tokens, not sessions, authorize ingest: a signed-in admin without a token gets 401.
  "app/api/v1/scans/route.ts POST": [
    ...PERSONAS.map((p) => ({ name: `${p} session without token`, as: p, run: () => postScan(), status: 401 })),
    { name: "revoked token", run: (w) => postScan(w.revokedToken.token), status: 401 },
    { name: "unknown token", run: () => postScan("pd_00000000000000000000000000000000"), status: 401 },
    {
      name: "the project's token",
      run: (w) => postScan(w.shopToken.token),
      status: 201,
      check: async (w) => expect(await prisma.scan.count({ where: { orgId: w.acme.id, projectId: w.shop.id } })).toBe(1),
    },
    {
      name: "another org's token writes only to its own project",
      run: (w) => postScan(w.webToken.token),
      status: 201,
      check: async (w) => {
        expect(await prisma.scan.count({ where: { orgId: w.acme.id } })).toBe(0);
        expect(await prisma.scan.count({ where: { orgId: w.other.id, projectId: w.web.id } })).toBe(1);
      },
    },
  ],
  // next-auth's own handler (providers, csrf, session, sign-out); sign-in itself is in e2e/accounts.spec.ts.
  "app/api/auth/[...nextauth]/route.ts GET": [],
  "app/api/auth/[...nextauth]/route.ts POST": [
    {
      name: "an address over the failure limit gets 429 before next-auth runs",
      run: async () => {
        for (let i = 0; i < limiters().signIn.config.limit; i++) await limiters().signIn.fail("192.0.2.9");
        const { POST } = await import("@/app/api/auth/[...nextauth]/route");
        return POST(new Request("http://paydown.test/api/auth/callback/credentials", { method: "POST", headers: { "x-forwarded-for": "192.0.2.9" } }), {
          params: Promise.resolve({ nextauth: ["callback", "credentials"] }),
        });
      },
      status: 429,
      check: async (_w, res) => {
        expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(0);
        expect((await res.json()).error.code).toBe("rate_limited");
      },
    },
  ],
};

export const pages: Record<string, PageEntry> = {
  "app/page.tsx": {
    expect: { anonymous: "redirect:/sign-in", viewer: "redirect:/orgs/acme", member: "redirect:/orgs/acme", admin: "redirect:/orgs/acme", outsider: "redirect:/orgs/other" },
  },
  "app/sign-in/page.tsx": { expect: { anonymous: "ok", viewer: "redirect:/", member: "redirect:/", admin: "redirect:/", outsider: "redirect:/" } },
  "app/sign-up/page.tsx": {
    expect: { anonymous: "ok", viewer: "redirect:/orgs/new", member: "redirect:/orgs/new", admin: "redirect:/orgs/new", outsider: "redirect:/orgs/new" },
  },
  "app/orgs/new/page.tsx": { expect: { ...PUBLIC, anonymous: "redirect:/sign-in" } },
  // The link's secret is the authorization: it shows only the org's name and the role.
  "app/invite/[token]/page.tsx": { params: (w) => ({ token: w.invitation.token }), expect: PUBLIC },
  "app/orgs/[org]/page.tsx": { params: () => ({ org: "acme" }), expect: MEMBERS_READ },
  "app/orgs/[org]/projects/[project]/page.tsx": { params: () => ({ org: "acme", project: "shop" }), expect: MEMBERS_READ },
  "app/orgs/[org]/projects/[project]/modules/[module]/page.tsx": { params: () => ({ org: "acme", project: "shop", module: "billing" }), expect: MEMBERS_READ },
  "app/orgs/[org]/settings/page.tsx": { params: () => ({ org: "acme" }), expect: ADMIN_ONLY_PAGE },
  "app/orgs/[org]/settings/members/page.tsx": { params: () => ({ org: "acme" }), expect: ADMIN_ONLY_PAGE },
  "app/orgs/[org]/settings/projects/page.tsx": { params: () => ({ org: "acme" }), expect: ADMIN_ONLY_PAGE },
  "app/orgs/[org]/settings/projects/[project]/page.tsx": { params: () => ({ org: "acme", project: "shop" }), expect: ADMIN_ONLY_PAGE },
  "app/orgs/[org]/settings/audit/page.tsx": { params: () => ({ org: "acme" }), expect: ADMIN_ONLY_PAGE },
};

