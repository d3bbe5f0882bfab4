import { beforeEach, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/session";

// The only stand-ins: who is signed in (the session lookup boundary) and Next's
// request-scoped helpers, which need a running Next server. The database is real.
const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/auth/session", () => ({ getSessionUser: async () => session.user }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-forwarded-for": "198.51.100.1" }) }));
process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = "1";

const { prisma } = await import("@/lib/db/client");
const { resetLimiters, limiters } = await import("@/lib/auth/limiters");
const { sampleScanDocument } = await import("@/lib/ingest/sample-document");
const { createWorld, PERSONAS } = await import("./authz/world");
const { discoverActions, discoverRoutes } = await import("./authz/discover");
const { form, outcomeOf } = await import("./authz/outcome");
type Persona = (typeof PERSONAS)[number];
type World = Awaited<ReturnType<typeof createWorld>>;

const ADMIN_ONLY = { anonymous: "redirect:/sign-in", viewer: "403", member: "403", outsider: "404", admin: "ok" } as const;
const ANY_SIGNED_IN = (ok: string) => ({ anonymous: "redirect:/sign-in", viewer: ok, member: ok, outsider: ok, admin: ok });

interface ActionEntry {
  input: (w: World, p: Persona) => Record<string, string>;
  expect: Record<Persona, string>;
  /** The outsider, as admin of its own org, aimed at an acme resource: must be 404. */
  crossTenant?: (w: World) => Record<string, string>;
  /** Audit action the successful call must have written, in the same org. */
  audit?: string;
}

const ACTIONS: Record<string, ActionEntry> = {
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

interface RouteCase {
  name: string;
  as?: Persona;
  run: (w: World) => Promise<Response>;
  status: number;
  check?: (w: World, res: Response) => Promise<void>;
}

const scans = async () => (await import("@/app/api/v1/scans/route")).POST;
const postScan = async (token?: string, address = "203.0.113.1") =>
  (await scans())(
    new Request("http://paydown.test/api/v1/scans", {
      method: "POST",
      headers: { "content-type": "application/json", "x-forwarded-for": address, ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(sampleScanDocument()),
    }),
  );

const ROUTES: Record<string, RouteCase[]> = {
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
        for (let i = 0; i < limiters().signIn.config.limit; i++) limiters().signIn.fail("192.0.2.9");
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

beforeEach(() => {
  session.user = null;
  resetLimiters();
});

describe("authorization matrix", () => {
  it("has an entry for every route handler and every server action", async () => {
    expect(await discoverRoutes()).toEqual(Object.keys(ROUTES).sort());
    expect(await discoverActions()).toEqual(Object.keys(ACTIONS).sort());
  });

  // Denied personas first, so nothing they could have changed hides a later success.
  const order: Persona[] = ["anonymous", "viewer", "member", "outsider", "admin"];
  for (const [key, entry] of Object.entries(ACTIONS)) {
    it(`action ${key}`, async () => {
      const w = await createWorld();
      const [file, name] = key.split("#");
      const mod = await import(/* @vite-ignore */ `@/${file}`);
      const action = mod[name] as (prev: null, f: FormData) => Promise<unknown>;
      const got: Record<string, string> = {};
      for (const p of order) {
        session.user = w.sessions[p];
        got[p] = await outcomeOf(() => action(null, form(entry.input(w, p))));
      }
      expect(got).toEqual(entry.expect);
      if (entry.crossTenant) {
        session.user = w.sessions.outsider;
        expect(await outcomeOf(() => action(null, form(entry.crossTenant!(w))))).toBe("404");
      }
      if (entry.audit) {
        const events = await prisma.auditEvent.findMany({ where: { action: entry.audit } });
        expect(events.map((e) => e.orgId)).toEqual([w.acme.id]);
      }
    });
  }

  for (const [key, cases] of Object.entries(ROUTES)) {
    for (const c of cases) {
      it(`route ${key}: ${c.name} → ${c.status}`, async () => {
        const w = await createWorld();
        session.user = c.as ? w.sessions[c.as] : null;
        const res = await c.run(w);
        expect(res.status).toBe(c.status);
        await c.check?.(w, res);
      });
    }
  }
});
