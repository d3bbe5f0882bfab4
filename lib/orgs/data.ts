import "server-only";
import { prisma } from "@/lib/db/client";

export function listMembers(orgId: string) {
  return prisma.membership.findMany({
    where: { orgId },
    orderBy: [{ role: "desc" }, { user: { email: "asc" } }],
    select: { role: true, createdAt: true, user: { select: { id: true, email: true, name: true } } },
  });
}

/** Invitations not yet accepted nor revoked (expired ones are listed as expired). */
export function listPendingInvitations(orgId: string) {
  return prisma.invitation.findMany({
    where: { orgId, acceptedAt: null, revokedAt: null },
    orderBy: { createdAt: "desc" },
    select: { id: true, role: true, createdAt: true, expiresAt: true },
  });
}

/**
 * The invitation a link's token stands for. Looked up by its secret alone: whoever holds
 * the link may see which organization it is for, nothing more.
 */
export async function findInvitationByHash(tokenHash: string) {
  const inv = await prisma.invitation.findUnique({
    where: { tokenHash },
    select: { id: true, orgId: true, role: true, expiresAt: true, acceptedAt: true, revokedAt: true, org: { select: { slug: true, name: true } } },
  });
  return inv;
}

export function listProjectsForSettings(orgId: string) {
  return prisma.project.findMany({
    where: { orgId },
    orderBy: { name: "asc" },
    select: { id: true, slug: true, name: true, repoUrl: true, defaultBranch: true, createdAt: true, _count: { select: { scans: true } } },
  });
}

export function listProjectTokens(orgId: string, projectId: string) {
  return prisma.projectToken.findMany({
    where: { orgId, projectId },
    orderBy: [{ revokedAt: { sort: "desc", nulls: "first" } }, { createdAt: "desc" }],
    select: { id: true, name: true, prefix: true, createdAt: true, lastUsedAt: true, revokedAt: true },
  });
}
