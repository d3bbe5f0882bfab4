import "server-only";
import { prisma } from "@/lib/db/client";
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
    return { userId: user.id, orgId: org.id };
  });
}

export async function createProjectWithToken(input: {
  orgId: string;
  slug: string;
  name?: string;
  repoUrl?: string;
  defaultBranch?: string;
  isDemo?: boolean;
}) {
  const { token, prefix, hash } = generateToken();
  const project = await prisma.project.create({
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
  return { project, token };
}

export function touchToken(tokenId: string, orgId: string) {
  return prisma.projectToken.updateMany({ where: { id: tokenId, orgId }, data: { lastUsedAt: new Date() } });
}

/** A further ingest token for a project of the org; null when the project is not in that org. */
export async function createTokenForProject(orgId: string, projectSlug: string, name: string): Promise<string | null> {
  const project = await prisma.project.findFirst({ where: { orgId, slug: projectSlug }, select: { id: true } });
  if (!project) return null;
  const { token, prefix, hash } = generateToken();
  await prisma.projectToken.create({ data: { orgId, projectId: project.id, name, prefix, tokenHash: hash } });
  return token;
}
