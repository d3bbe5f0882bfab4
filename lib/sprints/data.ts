import "server-only";
import { prisma } from "@/lib/db/client";

const sprintFields = {
  id: true,
  teamId: true,
  name: true,
  startDate: true,
  endDate: true,
  capacity: true,
  unit: true,
  budgetTarget: true,
} as const;

const budgetItemFields = { estimate: true, type: true, status: true } as const;

/** A team's sprints, newest first, with what the budget needs of their items. */
export function listSprintsOfTeam(orgId: string, teamId: string, take = 50) {
  return prisma.sprint.findMany({
    where: { orgId, teamId },
    orderBy: [{ startDate: "desc" }, { createdAt: "desc" }],
    take,
    select: { ...sprintFields, items: { where: { orgId }, select: budgetItemFields } },
  });
}

/** A sprint of a team with its items for the planning page. */
export function findSprintOfTeam(orgId: string, teamId: string, sprintId: string) {
  return prisma.sprint.findFirst({
    where: { orgId, teamId, id: sprintId },
    select: {
      ...sprintFields,
      items: {
        where: { orgId },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: {
          id: true,
          title: true,
          externalKey: true,
          url: true,
          estimate: true,
          type: true,
          category: true,
          status: true,
          modules: { where: { orgId }, select: { module: { select: { name: true } } } },
        },
      },
    },
  });
}

export type PlanningSprint = NonNullable<Awaited<ReturnType<typeof findSprintOfTeam>>>;

/** A sprint of a team that works on the token's project; null for anything else (other projects' teams, other orgs). */
export function findSprintForProject(orgId: string, projectId: string, sprintId: string) {
  return prisma.sprint.findFirst({
    where: { orgId, id: sprintId, team: { orgId, projects: { some: { orgId, projectId } } } },
    select: { ...sprintFields, team: { select: { slug: true } }, items: { where: { orgId }, select: budgetItemFields } },
  });
}

export function findSprintByName(orgId: string, teamId: string, name: string) {
  return prisma.sprint.findFirst({ where: { orgId, teamId, name }, select: { ...sprintFields } });
}

/** Module names of the projects a team works on, for the item form's hints. */
export async function listModuleNamesOfTeam(orgId: string, teamId: string): Promise<string[]> {
  const rows = await prisma.module.findMany({
    where: { orgId, project: { teams: { some: { orgId, teamId } } } },
    distinct: ["name"],
    orderBy: { name: "asc" },
    select: { name: true },
  });
  return rows.map((r) => r.name);
}
