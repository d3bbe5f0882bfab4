import bcrypt from "bcryptjs";
import { prisma } from "@/lib/db/client";
import type { SessionUser } from "@/lib/auth/session";
import { generateInviteToken, generateToken } from "@/lib/auth/tokens";

export const PERSONAS = ["anonymous", "viewer", "member", "admin", "outsider"] as const;
export type Persona = (typeof PERSONAS)[number];

export const PASSWORD = "correct horse battery";
// Low cost: fixtures only; bcrypt.compare reads the cost from the hash.
const hash = bcrypt.hashSync(PASSWORD, 4);

async function user(email: string) {
  return prisma.user.create({ data: { email, name: email.split("@")[0], passwordHash: hash } });
}

async function tokenFor(orgId: string, projectId: string, name: string, revoked = false) {
  const t = generateToken();
  const row = await prisma.projectToken.create({
    data: { orgId, projectId, name, prefix: t.prefix, tokenHash: t.hash, revokedAt: revoked ? new Date() : null },
  });
  return { id: row.id, token: t.token };
}

/**
 * Two tenants: "acme" (admin, member, viewer; project "shop" with a live and a revoked
 * token; a pending invitation) and "other" (its admin is the outsider; project "web").
 */
export async function createWorld() {
  const acme = await prisma.organization.create({ data: { slug: "acme", name: "Acme" } });
  const other = await prisma.organization.create({ data: { slug: "other", name: "Other" } });
  const [admin, member, viewer, outsider] = await Promise.all(
    ["admin@acme.test", "member@acme.test", "viewer@acme.test", "admin@other.test"].map(user),
  );
  await prisma.membership.createMany({
    data: [
      { orgId: acme.id, userId: admin.id, role: "admin" },
      { orgId: acme.id, userId: member.id, role: "member" },
      { orgId: acme.id, userId: viewer.id, role: "viewer" },
      { orgId: other.id, userId: outsider.id, role: "admin" },
    ],
  });
  const shop = await prisma.project.create({ data: { orgId: acme.id, slug: "shop", name: "Shop" } });
  const web = await prisma.project.create({ data: { orgId: other.id, slug: "web", name: "Web" } });
  const shopToken = await tokenFor(acme.id, shop.id, "ci");
  const revokedToken = await tokenFor(acme.id, shop.id, "old", true);
  const webToken = await tokenFor(other.id, web.id, "ci");
  const inv = generateInviteToken();
  const invitation = await prisma.invitation.create({
    data: { orgId: acme.id, role: "member", tokenHash: inv.hash, expiresAt: new Date(Date.now() + 86_400_000) },
  });
  const otherInv = await prisma.invitation.create({
    data: { orgId: other.id, role: "member", tokenHash: generateInviteToken().hash, expiresAt: new Date(Date.now() + 86_400_000) },
  });
  // Teams and sprints (issue 4): "platform" works on shop, with a running sprint holding one debt item.
  const platform = await prisma.team.create({ data: { orgId: acme.id, slug: "platform", name: "Platform", projects: { create: { orgId: acme.id, projectId: shop.id } } } });
  const webTeam = await prisma.team.create({ data: { orgId: other.id, slug: "web-team", name: "Web team", projects: { create: { orgId: other.id, projectId: web.id } } } });
  const today = new Date();
  const day = (offset: number) => new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() + offset));
  const sprint = await prisma.sprint.create({
    data: { orgId: acme.id, teamId: platform.id, name: "Sprint 14", startDate: day(-3), endDate: day(10), capacity: 40, budgetTarget: 0.2 },
  });
  const workItem = await prisma.workItem.create({
    data: { orgId: acme.id, sprintId: sprint.id, title: "Split parse_config", externalKey: "PAY-12", estimate: 3, type: "debt", category: "complexity" },
  });
  const otherSprint = await prisma.sprint.create({
    data: { orgId: other.id, teamId: webTeam.id, name: "Web 1", startDate: day(-3), endDate: day(10), budgetTarget: 0.2 },
  });
  // Payoff (lib/payoff): an unscanned module of shop and a forecast target on it, for the target and suggestion actions.
  const ledger = await prisma.module.create({ data: { orgId: acme.id, projectId: shop.id, name: "ledger", path: "src/ledger" } });
  const forecastTarget = await prisma.forecastTarget.create({
    data: { orgId: acme.id, teamId: platform.id, moduleId: ledger.id, category: "test", metric: "coverage", target: 80 },
  });
  // Weekly digest (lib/digest): a Slack digest of shop with a failed delivery, and one of other's web.
  const digest = await prisma.digestSubscription.create({ data: { orgId: acme.id, projectId: shop.id, channel: "slack", target: "https://hooks.example.com/services/T1/B1/x" } });
  const failedDelivery = await prisma.digestDelivery.create({
    data: { orgId: acme.id, subscriptionId: digest.id, week: "2026-W46", status: "failed", attempts: 8, lastError: "webhook answered 500" },
  });
  const otherDigest = await prisma.digestSubscription.create({ data: { orgId: other.id, projectId: web.id, channel: "slack", target: "https://hooks.example.com/services/T2/B2/y" } });
  const session = (u: { id: string; email: string; name: string | null }): SessionUser => ({ id: u.id, email: u.email, name: u.name });
  const sessions: Record<Persona, SessionUser | null> = {
    anonymous: null,
    viewer: session(viewer),
    member: session(member),
    admin: session(admin),
    outsider: session(outsider),
  };
  return {
    acme,
    other,
    users: { admin, member, viewer, outsider },
    sessions,
    shop,
    web,
    shopToken,
    revokedToken,
    webToken,
    invitation: { id: invitation.id, token: inv.token },
    otherInvitationId: otherInv.id,
    platform,
    webTeam,
    sprint,
    workItem,
    otherSprint,
    ledger,
    forecastTarget,
    digest,
    failedDelivery,
    otherDigest,
  };
}

export type World = Awaited<ReturnType<typeof createWorld>>;
