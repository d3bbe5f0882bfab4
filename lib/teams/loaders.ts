import "server-only";
import { notFound } from "next/navigation";
import { cache } from "react";
import { requireOrg, requireOrgRole } from "@/lib/auth/loaders";
import { findTeam, listOrgProjects, listTeams } from "./data";

export const loadTeams = cache(async (orgSlug: string) => {
  const org = await requireOrg(orgSlug);
  const [teams, projects] = await Promise.all([listTeams(org.orgId), org.role === "admin" ? listOrgProjects(org.orgId) : []]);
  return { org, teams, projects };
});

/** Membership first, then the team inside that org; 404 otherwise. */
export const loadTeam = cache(async (orgSlug: string, teamSlug: string) => {
  const org = await requireOrg(orgSlug);
  const team = await findTeam(org.orgId, teamSlug);
  if (!team) notFound();
  return { org, team };
});

export const loadTeamSettings = cache(async (orgSlug: string, teamSlug: string) => {
  const org = await requireOrgRole(orgSlug, "admin");
  const [team, projects] = await Promise.all([findTeam(org.orgId, teamSlug), listOrgProjects(org.orgId)]);
  if (!team) notFound();
  return { org, team, projects };
});
