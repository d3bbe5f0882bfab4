import "server-only";
import { prisma, type Tx } from "@/lib/db/client";
import { writeAudit } from "@/lib/audit/mutations";
import type { Actor } from "@/lib/audit/schema";
import type { Role } from "@/lib/auth/schema";
import { generateInviteToken } from "@/lib/auth/tokens";
import { keepsAnAdmin } from "./admins";

type SignedInActor = Actor & { id: string };

/** A new organization whose creator is its first admin. */
export function createOrganization(actor: SignedInActor, input: { slug: string; name: string }) {
  return prisma.$transaction(async (tx) => {
    const org = await tx.organization.create({ data: { slug: input.slug, name: input.name } });
    await tx.membership.create({ data: { orgId: org.id, userId: actor.id, role: "admin" } });
    await writeAudit(tx, org.id, actor, "org.create", input.slug, { name: input.name });
    return org;
  });
}

export function updateOrganization(actor: Actor, orgId: string, input: { name: string }) {
  return prisma.$transaction(async (tx) => {
    const before = await tx.organization.findFirstOrThrow({ where: { id: orgId }, select: { name: true, slug: true } });
    await tx.organization.updateMany({ where: { id: orgId }, data: { name: input.name } });
    await writeAudit(tx, orgId, actor, "org.update", before.slug, { name: { from: before.name, to: input.name } });
  });
}

// Serialises membership changes per organization, so two admins demoting each other at
// once cannot leave it without an admin.
async function lockOrg(tx: Tx, orgId: string) {
  await tx.$queryRaw`SELECT id FROM "Organization" WHERE id = ${orgId} FOR UPDATE`;
  return tx.membership.findMany({ where: { orgId }, select: { userId: true, role: true, user: { select: { email: true } } } });
}

export type MemberChange = "changed" | "not_found" | "last_admin";

export function changeMemberRole(actor: Actor, orgId: string, userId: string, role: Role): Promise<MemberChange> {
  return prisma.$transaction(async (tx) => {
    const members = await lockOrg(tx, orgId);
    const target = members.find((m) => m.userId === userId);
    if (!target) return "not_found";
    if (!keepsAnAdmin(members, userId, role)) return "last_admin";
    if (target.role === role) return "changed";
    await tx.membership.updateMany({ where: { orgId, userId }, data: { role } });
    await writeAudit(tx, orgId, actor, "member.role", target.user.email, { from: target.role, to: role });
    return "changed";
  });
}

export function removeMember(actor: Actor, orgId: string, userId: string): Promise<MemberChange> {
  return prisma.$transaction(async (tx) => {
    const members = await lockOrg(tx, orgId);
    const target = members.find((m) => m.userId === userId);
    if (!target) return "not_found";
    if (!keepsAnAdmin(members, userId, null)) return "last_admin";
    await tx.membership.deleteMany({ where: { orgId, userId } });
    await writeAudit(tx, orgId, actor, "member.remove", target.user.email, { role: target.role });
    return "changed";
  });
}

/** A new invitation; returns the secret for the link, which is not stored. */
export function createInvitation(actor: Actor, orgId: string, input: { role: Role; days: number }) {
  const { token, hash } = generateInviteToken();
  const expiresAt = new Date(Date.now() + input.days * 24 * 60 * 60 * 1000);
  return prisma.$transaction(async (tx) => {
    const inv = await tx.invitation.create({ data: { orgId, role: input.role, tokenHash: hash, createdById: actor.id, expiresAt } });
    await writeAudit(tx, orgId, actor, "invitation.create", inv.id, { role: input.role, expiresAt: expiresAt.toISOString() });
    return { token, expiresAt };
  });
}

export function revokeInvitation(actor: Actor, orgId: string, inviteId: string): Promise<boolean> {
  return prisma.$transaction(async (tx) => {
    const { count } = await tx.invitation.updateMany({
      where: { id: inviteId, orgId, acceptedAt: null, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    if (count) await writeAudit(tx, orgId, actor, "invitation.revoke", inviteId);
    return count > 0;
  });
}

export type AcceptResult = { status: "joined" | "already_member"; orgSlug: string } | { status: "invalid" };

/** Joins the organization of a valid invitation; an existing member keeps their role. */
export function acceptInvitation(actor: SignedInActor, tokenHash: string): Promise<AcceptResult> {
  return prisma.$transaction(async (tx) => {
    const inv = await tx.invitation.findUnique({ where: { tokenHash }, select: { id: true, orgId: true, role: true, org: { select: { slug: true } } } });
    if (!inv) return { status: "invalid" };
    const existing = await tx.membership.findFirst({ where: { orgId: inv.orgId, userId: actor.id }, select: { role: true } });
    if (existing) return { status: "already_member", orgSlug: inv.org.slug };
    // Claim it atomically: a link works once, before it expires, unless revoked.
    const { count } = await tx.invitation.updateMany({
      where: { id: inv.id, orgId: inv.orgId, acceptedAt: null, revokedAt: null, expiresAt: { gt: new Date() } },
      data: { acceptedAt: new Date(), acceptedById: actor.id },
    });
    if (!count) return { status: "invalid" };
    await tx.membership.create({ data: { orgId: inv.orgId, userId: actor.id, role: inv.role } });
    await writeAudit(tx, inv.orgId, actor, "invitation.accept", actor.email, { role: inv.role, invitation: inv.id });
    return { status: "joined", orgSlug: inv.org.slug };
  });
}
