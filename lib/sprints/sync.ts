import "server-only";
import { ApiError, notFound } from "@/lib/api/errors";
import type { ProjectTokenContext } from "@/lib/auth/api-auth";
import { listTeamsOfProject } from "@/lib/teams/data";
import { findSprintForProject } from "./data";

// What the tracker-sync API shares: which team a token's request means, which sprints it may touch.

/** The team a sprint is created for: the one named, else the project's only team. */
export async function teamForToken(ctx: ProjectTokenContext, slug: string | undefined) {
  const teams = await listTeamsOfProject(ctx.orgId, ctx.projectId);
  if (slug) {
    const team = teams.find((t) => t.slug === slug);
    if (!team) throw new ApiError(404, "not_found", `No team "${slug}" works on project "${ctx.projectSlug}".`);
    return team;
  }
  if (teams.length === 1) return teams[0];
  if (teams.length === 0) {
    throw new ApiError(
      409,
      "no_team",
      `No team works on project "${ctx.projectSlug}". An admin creates one under Teams and sprints (/orgs/${ctx.orgSlug}/teams) and picks this project.`,
    );
  }
  throw new ApiError(400, "team_required", `Several teams work on project "${ctx.projectSlug}" (${teams.map((t) => t.slug).join(", ")}); name one in "team".`, [
    { path: "team", message: "required when several teams work on the project" },
  ]);
}

/** A sprint of a team working on the token's project; 404 for anything else, including other orgs. */
export async function sprintForToken(ctx: ProjectTokenContext, id: string) {
  const sprint = id.length <= 64 ? await findSprintForProject(ctx.orgId, ctx.projectId, id) : null;
  if (!sprint) throw notFound("sprint");
  return sprint;
}
