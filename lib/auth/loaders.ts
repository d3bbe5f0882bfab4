import "server-only";
import { forbidden, notFound, redirect } from "next/navigation";
import { cache } from "react";
import { findMembership, listMemberships, type OrgMembership } from "./data";
import { roleAtLeast, type Role } from "./schema";
import { getSessionUser, type SessionUser } from "./session";

export const requireUser = cache(async (): Promise<SessionUser> => {
  const user = await getSessionUser();
  if (!user) redirect("/sign-in");
  return user;
});

/** The signed-in user's membership of the org; 404 when not a member, so other tenants stay invisible. */
export const requireOrg = cache(async (orgSlug: string): Promise<OrgMembership & { user: SessionUser }> => {
  const user = await requireUser();
  const membership = await findMembership(user.id, orgSlug);
  if (!membership) notFound();
  return { ...membership, user };
});

export const loadMyOrgs = cache(async () => {
  const user = await requireUser();
  return listMemberships(user.id);
});

/** Membership with at least `needed`: 404 for non-members, 403 (app/forbidden.tsx) for too low a role. */
export const requireOrgRole = cache(async (orgSlug: string, needed: Role) => {
  const membership = await requireOrg(orgSlug);
  if (!roleAtLeast(membership.role, needed)) forbidden();
  return membership;
});
