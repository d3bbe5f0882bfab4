import "server-only";
import { prisma } from "@/lib/db/client";
import { writeAudit } from "@/lib/audit/mutations";
import { CLI_ACTOR, type Actor } from "@/lib/audit/schema";
import { hashPassword } from "./password";
import type { Role } from "./schema";
import { generateToken } from "./tokens";

/** Creates (or updates the password of) a user and makes them a member of the org, creating the org if needed. */
export async function upsertUserInOrg(input: {
  email: string;
  password: string;
  name?: string;
  orgSlug: string;
  orgName?: string;
  role: Role;
  isDemo?: boolean;
}) {
  const passwordHash = await hashPassword(input.password);
  return prisma.$transaction(async (tx) => {
    const org = await tx.organization.upsert({
      where: { slug: input.orgSlug },
      create: { slug: input.orgSlug, name: input.orgName ?? input.orgSlug, isDemo: input.isDemo ?? false },
      update: {},
    });
    const user = await tx.user.upsert({
      where: { email: input.email },
      create: { email: input.email, name: input.name, passwordHash },
      update: { passwordHash, ...(input.name ? { name: input.name } : {}) },
    });
    await tx.membership.upsert({
      where: { orgId_userId: { orgId: org.id, userId: user.id } },
      create: { orgId: org.id, userId: user.id, role: input.role },
      update: { role: input.role },
    });
    await writeAudit(tx, org.id, CLI_ACTOR, "member.add", user.email, { role: input.role });
    return { userId: user.id, orgId: org.id };
  });
}

/** A user who signed up; the email is unique (Prisma P2002 when taken). */
export async function createUser(input: { email: string; password: string; name?: string }) {
  const passwordHash = await hashPassword(input.password);
  return prisma.user.create({ data: { email: input.email, name: input.name, passwordHash }, select: { id: true, email: true } });
}

/** The account of a GitHub sign-in, linked by verified email; created without a password when new. */
export function upsertOAuthUser(input: { email: string; name?: string | null }) {
  return prisma.user.upsert({
    where: { email: input.email },
    create: { email: input.email, name: input.name ?? undefined },
    update: {},
    select: { id: true, email: true, name: true },
  });
}

export async function createProjectWithToken(
  input: { orgId: string; slug: string; name?: string; repoUrl?: string; defaultBranch?: string; isDemo?: boolean },
  actor: Actor = CLI_ACTOR,
) {
  const { token, prefix, hash } = generateToken();
  const project = await prisma.$transaction(async (tx) => {
    const p = await tx.project.create({
      data: {
        orgId: input.orgId,
        slug: input.slug,
        name: input.name ?? input.slug,
        repoUrl: input.repoUrl,
        defaultBranch: input.defaultBranch ?? "main",
        isDemo: input.isDemo ?? false,
        tokens: { create: { orgId: input.orgId, name: "default", prefix, tokenHash: hash } },
      },
    });
    await writeAudit(tx, input.orgId, actor, "project.create", p.slug, { name: p.name, token: prefix });
    return p;
  });
  return { project, token };
}

export function touchToken(tokenId: string, orgId: string) {
  return prisma.projectToken.updateMany({ where: { id: tokenId, orgId }, data: { lastUsedAt: new Date() } });
}

/** A further ingest token for a project of the org; null when the project is not in that org. */
export async function createTokenForProject(orgId: string, projectSlug: string, name: string, actor: Actor = CLI_ACTOR): Promise<string | null> {
  const { token, prefix, hash } = generateToken();
  return prisma.$transaction(async (tx) => {
    const project = await tx.project.findFirst({ where: { orgId, slug: projectSlug }, select: { id: true } });
    if (!project) return null;
    await tx.projectToken.create({ data: { orgId, projectId: project.id, name, prefix, tokenHash: hash } });
    await writeAudit(tx, orgId, actor, "token.create", `${projectSlug}/${prefix}`, { name });
    return token;
  });
}

/** Revokes a token of the org; false when there is no such live token there. */
export function revokeToken(orgId: string, tokenId: string, actor: Actor): Promise<boolean> {
  return prisma.$transaction(async (tx) => {
    const t = await tx.projectToken.findFirst({
      where: { id: tokenId, orgId, revokedAt: null },
      select: { prefix: true, name: true, project: { select: { slug: true } } },
    });
    if (!t) return false;
    await tx.projectToken.updateMany({ where: { id: tokenId, orgId }, data: { revokedAt: new Date() } });
    await writeAudit(tx, orgId, actor, "token.revoke", `${t.project.slug}/${t.prefix}`, { name: t.name });
    return true;
  });
}

/** Counts a failure for a rate limit's key, and drops the scope's failures that left the window. */
export async function recordFailure(scope: string, key: string, at: Date, expiredBefore: Date): Promise<void> {
  await prisma.$transaction([
    prisma.rateLimitFailure.create({ data: { scope, key, at } }),
    prisma.rateLimitFailure.deleteMany({ where: { scope, at: { lte: expiredBefore } } }),
  ]);
}

/** Forgets a key's failures (a successful sign-in). */
export async function clearFailures(scope: string, key: string): Promise<void> {
  await prisma.rateLimitFailure.deleteMany({ where: { scope, key } });
}
