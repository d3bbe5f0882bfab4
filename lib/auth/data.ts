import "server-only";
import { prisma } from "@/lib/db/client";
import type { Role } from "./schema";

export function findUserByEmail(email: string) {
  return prisma.user.findUnique({ where: { email }, select: { id: true, email: true, name: true, passwordHash: true } });
}

export interface OrgMembership {
  orgId: string;
  orgSlug: string;
  orgName: string;
  isDemo: boolean;
  role: Role;
  debtModel: unknown;
}

export async function findMembership(userId: string, orgSlug: string): Promise<OrgMembership | null> {
  const m = await prisma.membership.findFirst({
    where: { userId, org: { slug: orgSlug } },
    select: { role: true, org: { select: { id: true, slug: true, name: true, isDemo: true, debtModel: true } } },
  });
  if (!m) return null;
  return {
    orgId: m.org.id,
    orgSlug: m.org.slug,
    orgName: m.org.name,
    isDemo: m.org.isDemo,
    role: m.role,
    debtModel: m.org.debtModel,
  };
}

export function listMemberships(userId: string) {
  return prisma.membership.findMany({
    where: { userId },
    orderBy: { org: { name: "asc" } },
    select: { role: true, org: { select: { slug: true, name: true, isDemo: true } } },
  });
}

/** The project an ingest token writes to; null for unknown or revoked tokens. */
export async function findProjectByTokenHash(tokenHash: string) {
  const t = await prisma.projectToken.findUnique({
    where: { tokenHash },
    select: {
      id: true,
      prefix: true,
      orgId: true,
      revokedAt: true,
      project: { select: { id: true, slug: true, orgId: true, org: { select: { slug: true, debtModel: true } } } },
    },
  });
  if (!t || t.revokedAt || t.project.orgId !== t.orgId) return null;
  return {
    tokenId: t.id,
    tokenPrefix: t.prefix,
    orgId: t.orgId,
    orgSlug: t.project.org.slug,
    projectId: t.project.id,
    projectSlug: t.project.slug,
    debtModel: t.project.org.debtModel,
  };
}

export function findOrgBySlug(slug: string) {
  return prisma.organization.findUnique({ where: { slug }, select: { id: true, slug: true } });
}

/**
 * When a rate limit's key last failed inside the window, newest first, at most `limit` of them.
 * Not tenant data: rate limits apply before anyone is known.
 */
export async function recentFailures(scope: string, key: string, since: Date, limit: number): Promise<Date[]> {
  const rows = await prisma.rateLimitFailure.findMany({
    where: { scope, key, at: { gt: since } },
    orderBy: { at: "desc" },
    take: limit,
    select: { at: true },
  });
  return rows.map((r) => r.at);
}
