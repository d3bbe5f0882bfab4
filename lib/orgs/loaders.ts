import "server-only";
import { notFound } from "next/navigation";
import { cache } from "react";
import { requireOrgRole } from "@/lib/auth/loaders";
import { hashToken } from "@/lib/auth/tokens";
import { findProject } from "@/lib/projects/data";
import { findInvitationByHash, listMembers, listPendingInvitations, listProjectsForSettings, listProjectTokens } from "./data";
import { acceptInviteSchema } from "./schema";

/** What an invitation link may show to anyone holding it: the org's name and the role; null when not usable. */
export const loadInvitation = cache(async (token: string) => {
  if (!acceptInviteSchema.safeParse({ token }).success) return null;
  const inv = await findInvitationByHash(hashToken(token));
  if (!inv || inv.acceptedAt || inv.revokedAt || inv.expiresAt <= new Date()) return null;
  return { orgName: inv.org.name, role: inv.role, expiresAt: inv.expiresAt };
});

export const loadMembersPage = cache(async (orgSlug: string) => {
  const org = await requireOrgRole(orgSlug, "admin");
  const [members, invitations] = await Promise.all([listMembers(org.orgId), listPendingInvitations(org.orgId)]);
  return { org, members, invitations };
});

export const loadProjectsSettings = cache(async (orgSlug: string) => {
  const org = await requireOrgRole(orgSlug, "admin");
  return { org, projects: await listProjectsForSettings(org.orgId) };
});

export const loadProjectTokens = cache(async (orgSlug: string, projectSlug: string) => {
  const org = await requireOrgRole(orgSlug, "admin");
  const project = await findProject(org.orgId, projectSlug);
  if (!project) notFound();
  return { org, project, tokens: await listProjectTokens(org.orgId, project.id) };
});
