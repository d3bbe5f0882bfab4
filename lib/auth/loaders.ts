import "server-only";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { findMembership, listMemberships, type OrgMembership } from "./data";
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
