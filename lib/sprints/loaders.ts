import "server-only";
import { notFound } from "next/navigation";
import { cache } from "react";
import { loadTeam } from "@/lib/teams/loaders";
import { findSprintOfTeam, listModuleNamesOfTeam, listSprintsOfTeam } from "./data";

export const loadTeamSprints = cache(async (orgSlug: string, teamSlug: string) => {
  const { org, team } = await loadTeam(orgSlug, teamSlug);
  return { org, team, sprints: await listSprintsOfTeam(org.orgId, team.id) };
});

/** Membership, then the team in that org, then the sprint of that team; 404 otherwise. */
export const loadSprint = cache(async (orgSlug: string, teamSlug: string, sprintId: string) => {
  const { org, team } = await loadTeam(orgSlug, teamSlug);
  const sprint = sprintId.length <= 64 ? await findSprintOfTeam(org.orgId, team.id, sprintId) : null;
  if (!sprint) notFound();
  return { org, team, sprint };
});

export const loadTeamModuleNames = cache(async (orgSlug: string, teamSlug: string) => {
  const { org, team } = await loadTeam(orgSlug, teamSlug);
  return listModuleNamesOfTeam(org.orgId, team.id);
});
