import "server-only";
import { notFound } from "next/navigation";
import { cache } from "react";
import { requireOrg } from "@/lib/auth/loaders";
import { buildProjectReview, buildTeamReview, findProjectId, findTeamId } from "./data";
import { formatWeek, resolveWeek } from "./week";

// Membership first (sign-in for anonymous, 404 for other tenants), then the review. An absent
// ?week= means the last complete week; a malformed one is a 404 like any unknown URL.

function weekOr404(week: string | undefined): string {
  const w = resolveWeek(week, new Date());
  if (!w) notFound();
  return formatWeek(w);
}

export const loadProjectReview = cache(async (orgSlug: string, projectSlug: string, week: string | undefined) => {
  const org = await requireOrg(orgSlug);
  const project = await findProjectId(org.orgId, projectSlug);
  if (!project) notFound();
  return buildProjectReview(org.orgId, project.id, weekOr404(week));
});

export const loadTeamReview = cache(async (orgSlug: string, teamSlug: string, week: string | undefined) => {
  const org = await requireOrg(orgSlug);
  const team = await findTeamId(org.orgId, teamSlug);
  if (!team) notFound();
  return buildTeamReview(org.orgId, team.id, weekOr404(week));
});
