import "server-only";
import { prisma } from "@/lib/db/client";

export function listTeams(orgId: string) {
  return prisma.team.findMany({
    where: { orgId },
    orderBy: { name: "asc" },
    select: {
      id: true,
      slug: true,
      name: true,
      budgetTarget: true,
      projects: { where: { orgId }, select: { project: { select: { slug: true, name: true } } } },
      _count: { select: { sprints: true } },
    },
  });
}

export async function findTeam(orgId: string, slug: string) {
  const team = await prisma.team.findFirst({
    where: { orgId, slug },
    select: {
      id: true,
      slug: true,
      name: true,
      budgetTarget: true,
      projects: { where: { orgId }, select: { project: { select: { id: true, slug: true, name: true } } } },
    },
  });
  return team && { ...team, projects: team.projects.map((p) => p.project) };
}

export type TeamRow = NonNullable<Awaited<ReturnType<typeof findTeam>>>;

/** Projects a team may be set to work on. */
export function listOrgProjects(orgId: string) {
  return prisma.project.findMany({ where: { orgId }, orderBy: { name: "asc" }, select: { id: true, slug: true, name: true } });
}

/** The teams working on a project: the API picks the sprint's team among them. */
export function listTeamsOfProject(orgId: string, projectId: string) {
  return prisma.team.findMany({
    where: { orgId, projects: { some: { orgId, projectId } } },
    orderBy: { slug: "asc" },
    select: { id: true, slug: true, name: true, budgetTarget: true },
  });
}
