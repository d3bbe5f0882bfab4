import "server-only";
import { notFound } from "next/navigation";
import { cache } from "react";
import { roleAtLeast } from "@/lib/auth/schema";
import { resolveDebtModel } from "@/lib/debt/model";
import { loadTeam } from "@/lib/teams/loaders";
import { findTeamSprint, modulesOfTeam } from "./data";
import { teamForecasts, teamPayoff } from "./forecasts";
import { paydownOf, suggestionsFor } from "./paydown";

// Pages check the membership (loadTeam → requireOrg) before any of these reads.

export const loadPayoffSprint = cache(async (orgSlug: string, teamSlug: string, sprintId: string) => {
  const { org, team } = await loadTeam(orgSlug, teamSlug);
  const sprint = sprintId.length <= 64 ? await findTeamSprint(org.orgId, team.id, sprintId) : null;
  if (!sprint) notFound();
  return { org, team, sprint, canEdit: roleAtLeast(org.role, "member") };
});

export const loadPayDownNext = cache(async (orgSlug: string, teamSlug: string, sprintId: string) => {
  const { org, team, sprint, canEdit } = await loadPayoffSprint(orgSlug, teamSlug, sprintId);
  const suggestions = await suggestionsFor(org.orgId, team.projects.map((p) => p.id), sprint);
  return { ...suggestions, canEdit, unit: sprint.unit };
});

export const loadSprintReview = cache(async (orgSlug: string, teamSlug: string, sprintId: string) => {
  const { org, team, sprint } = await loadPayoffSprint(orgSlug, teamSlug, sprintId);
  return { team, sprint, paydown: await paydownOf(org.orgId, sprint) };
});

export const loadTeamPayoff = cache(async (orgSlug: string, teamSlug: string, lastN: number) => {
  const { org, team } = await loadTeam(orgSlug, teamSlug);
  return { team, ...(await teamPayoff(org.orgId, team.id, lastN)) };
});

export const loadForecasts = cache(async (orgSlug: string, teamSlug: string, lastN: number) => {
  const { org, team } = await loadTeam(orgSlug, teamSlug);
  const [{ forecasts, sprints }, modules] = await Promise.all([
    teamForecasts(org.orgId, team.id, resolveDebtModel(org.debtModel), lastN),
    modulesOfTeam(org.orgId, team.id),
  ]);
  return { team, modules, forecasts, sprints, canEdit: roleAtLeast(org.role, "member") };
});
