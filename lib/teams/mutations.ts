import "server-only";
import { prisma, type Tx } from "@/lib/db/client";
import { writeAudit } from "@/lib/audit/mutations";
import type { Actor } from "@/lib/audit/schema";
import type { TeamInput } from "./schema";

type TeamFields = Omit<TeamInput, "org">;

export type TeamChange = { status: "ok"; slug: string } | { status: "unknown_projects"; slugs: string[] } | { status: "not_found" };

async function projectIds(tx: Tx, orgId: string, slugs: string[]) {
  const rows = await tx.project.findMany({ where: { orgId, slug: { in: slugs } }, select: { id: true, slug: true } });
  const missing = slugs.filter((s) => !rows.some((r) => r.slug === s));
  return { ids: rows.map((r) => r.id), missing };
}

export function createTeam(actor: Actor, orgId: string, input: TeamFields): Promise<TeamChange> {
  return prisma.$transaction(async (tx) => {
    const { ids, missing } = await projectIds(tx, orgId, input.projects);
    if (missing.length) return { status: "unknown_projects", slugs: missing };
    const team = await tx.team.create({
      data: {
        orgId,
        slug: input.slug,
        name: input.name,
        budgetTarget: input.budgetTarget,
        projects: { create: ids.map((projectId) => ({ orgId, projectId })) },
      },
    });
    await writeAudit(tx, orgId, actor, "team.create", team.slug, { name: input.name, budgetTarget: input.budgetTarget, projects: input.projects });
    return { status: "ok", slug: team.slug };
  });
}

/** Renames, re-targets and re-assigns a team; its sprints keep the target they were planned with. */
export function updateTeam(actor: Actor, orgId: string, teamSlug: string, input: TeamFields): Promise<TeamChange> {
  return prisma.$transaction(async (tx) => {
    const before = await tx.team.findFirst({
      where: { orgId, slug: teamSlug },
      select: { id: true, slug: true, name: true, budgetTarget: true, projects: { select: { project: { select: { slug: true } } } } },
    });
    if (!before) return { status: "not_found" };
    const { ids, missing } = await projectIds(tx, orgId, input.projects);
    if (missing.length) return { status: "unknown_projects", slugs: missing };
    await tx.team.updateMany({ where: { orgId, id: before.id }, data: { slug: input.slug, name: input.name, budgetTarget: input.budgetTarget } });
    await tx.teamProject.deleteMany({ where: { orgId, teamId: before.id, projectId: { notIn: ids } } });
    await tx.teamProject.createMany({ data: ids.map((projectId) => ({ orgId, teamId: before.id, projectId })), skipDuplicates: true });
    await writeAudit(tx, orgId, actor, "team.update", input.slug, {
      from: { slug: before.slug, name: before.name, budgetTarget: before.budgetTarget, projects: before.projects.map((p) => p.project.slug) },
      to: { slug: input.slug, name: input.name, budgetTarget: input.budgetTarget, projects: input.projects },
    });
    return { status: "ok", slug: input.slug };
  });
}
