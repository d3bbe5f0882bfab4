import { beforeEach, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/session";

const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/auth/session", () => ({ getSessionUser: async () => session.user }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-forwarded-for": "198.51.100.2" }) }));

const { prisma } = await import("@/lib/db/client");
const { resetLimiters } = await import("@/lib/auth/limiters");
const { sampleScanDocument } = await import("@/lib/ingest/sample-document");
const { POST } = await import("@/app/api/v1/scans/route");
const { signUp } = await import("@/lib/auth/actions");
const { changeMemberRoleAction, removeMemberAction } = await import("@/lib/orgs/actions");
const { acceptInvitationAction, createInvitationAction, revokeInvitationAction } = await import("@/lib/orgs/invite-actions");
const { revokeTokenAction } = await import("@/lib/orgs/project-actions");
const { createWorld } = await import("./authz/world");
const { form, outcomeOf } = await import("./authz/outcome");

const post = (token: string | undefined, address: string) =>
  POST(
    new Request("http://paydown.test/api/v1/scans", {
      method: "POST",
      headers: { "content-type": "application/json", "x-forwarded-for": address, ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(sampleScanDocument()),
    }),
  );

beforeEach(() => {
  session.user = null;
  delete process.env.PAYDOWN_API_MAX_FAILURES;
  resetLimiters();
});

describe("members", () => {
  it("never leaves an organization without an admin", async () => {
    const w = await createWorld();
    session.user = w.sessions.admin;
    const self = { org: "acme", userId: w.users.admin.id };
    expect(await changeMemberRoleAction(null, form({ ...self, role: "viewer" }))).toMatchObject({ ok: false, status: 409 });
    expect(await removeMemberAction(null, form(self))).toMatchObject({ ok: false, status: 409 });
    expect(await changeMemberRoleAction(null, form({ org: "acme", userId: w.users.member.id, role: "admin" }))).toMatchObject({ ok: true });
    expect(await removeMemberAction(null, form(self))).toMatchObject({ ok: true });
    expect(await prisma.membership.findMany({ where: { orgId: w.acme.id, role: "admin" }, select: { userId: true } })).toEqual([{ userId: w.users.member.id }]);
    const log = await prisma.auditEvent.findMany({ where: { orgId: w.acme.id }, orderBy: { createdAt: "asc" } });
    expect(log.map((e) => [e.actorEmail, e.action, e.target])).toEqual([
      ["admin@acme.test", "member.role", "member@acme.test"],
      ["admin@acme.test", "member.remove", "admin@acme.test"],
    ]);
  });
});

describe("invitations", () => {
  it("work once, as the invited role, and not after revocation or expiry", async () => {
    const w = await createWorld();
    const newcomer = await prisma.user.create({ data: { email: "new@x.test" } });
    const second = await prisma.user.create({ data: { email: "second@x.test" } });
    session.user = w.sessions.admin;
    const created = await createInvitationAction(null, form({ org: "acme", role: "viewer", days: "1" }));
    const token = (created as { secret: string }).secret.replace("/invite/", "");
    session.user = { id: newcomer.id, email: newcomer.email, name: null };
    expect(await outcomeOf(() => acceptInvitationAction(null, form({ token })))).toBe("redirect:/orgs/acme");
    expect(await prisma.membership.findFirst({ where: { orgId: w.acme.id, userId: newcomer.id } })).toMatchObject({ role: "viewer" });
    session.user = { id: second.id, email: second.email, name: null };
    expect(await outcomeOf(() => acceptInvitationAction(null, form({ token })))).toBe("404");

    await prisma.invitation.update({ where: { id: w.invitation.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await outcomeOf(() => acceptInvitationAction(null, form({ token: w.invitation.token })))).toBe("404");

    session.user = w.sessions.admin;
    const again = await createInvitationAction(null, form({ org: "acme", role: "member", days: "7" }));
    const inv = await prisma.invitation.findFirstOrThrow({ where: { orgId: w.acme.id, role: "member", acceptedAt: null, expiresAt: { gt: new Date() } } });
    await revokeInvitationAction(null, form({ org: "acme", inviteId: inv.id }));
    session.user = { id: second.id, email: second.email, name: null };
    expect(await outcomeOf(() => acceptInvitationAction(null, form({ token: (again as { secret: string }).secret.slice(8) })))).toBe("404");
    expect(await prisma.membership.count({ where: { userId: second.id } })).toBe(0);
  });
});

describe("project tokens", () => {
  it("a token revoked in the settings gets 401 on upload", async () => {
    const w = await createWorld();
    expect((await post(w.shopToken.token, "203.0.113.5")).status).toBe(201);
    session.user = w.sessions.admin;
    expect(await revokeTokenAction(null, form({ org: "acme", tokenId: w.shopToken.id }))).toMatchObject({ ok: true });
    const res = await post(w.shopToken.token, "203.0.113.5");
    expect(res.status).toBe(401);
    expect((await res.json()).error.code).toBe("unauthorized");
  });

  it("an address sending bad tokens gets 429 with Retry-After, other addresses do not", async () => {
    process.env.PAYDOWN_API_MAX_FAILURES = "3";
    resetLimiters();
    const w = await createWorld();
    for (let i = 0; i < 3; i++) expect((await post(`pd_guess${i}`, "203.0.113.66")).status).toBe(401);
    const blocked = await post("pd_guess4", "203.0.113.66");
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await blocked.json()).error.code).toBe("rate_limited");
    expect((await post(w.shopToken.token, "203.0.113.66")).status).toBe(429);
    expect((await post(w.shopToken.token, "203.0.113.67")).status).toBe(201);
  });
});

describe("sign-up", () => {
  it("creates a user with a bcrypt hash and refuses a taken email next to the field", async () => {
    const ok = await signUp(null, form({ email: "Ann@X.test", password: "long enough pw", name: "Ann" }));
    expect(ok).toMatchObject({ ok: true });
    const user = await prisma.user.findUniqueOrThrow({ where: { email: "ann@x.test" } });
    expect(user.passwordHash).toMatch(/^\$2[aby]\$12\$/);
    const taken = await signUp(null, form({ email: "ann@x.test", password: "another long pw" }));
    expect(taken).toMatchObject({ ok: false, status: 409, fieldErrors: { email: expect.stringContaining("sign in") } });
    expect(await signUp(null, form({ email: "bob@x.test", password: "short" }))).toMatchObject({ ok: false, status: 400, fieldErrors: { password: expect.any(String) } });
  });
});

describe("GitHub sign-in", () => {
  it("links a GitHub account to the user with the same verified email, creating one when new", async () => {
    const { authOptions } = await import("@/lib/auth/options");
    const w = await createWorld();
    const jwt = authOptions.callbacks!.jwt!;
    const account = { provider: "github", type: "oauth", providerAccountId: "42" } as const;
    const linked = await jwt({ token: {}, user: { id: "42", email: "Admin@Acme.test", name: "A" }, account } as never);
    expect(linked.sub).toBe(w.users.admin.id);
    const created = await jwt({ token: {}, user: { id: "43", email: "newbie@gh.test", name: "N" }, account } as never);
    const newbie = await prisma.user.findUniqueOrThrow({ where: { email: "newbie@gh.test" } });
    expect(created.sub).toBe(newbie.id);
    expect(newbie.passwordHash).toBeNull();
    // Without a verified email (the provider leaves it empty) the sign-in is refused.
    expect(await authOptions.callbacks!.signIn!({ user: { id: "44", email: undefined }, account } as never)).toBe(false);
  });
});
