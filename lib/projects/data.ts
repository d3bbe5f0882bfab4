import "server-only";
import { prisma } from "@/lib/db/client";

export function findProject(orgId: string, slug: string) {
  return prisma.project.findFirst({
    where: { orgId, slug },
    select: { id: true, slug: true, name: true, repoUrl: true, defaultBranch: true, isDemo: true },
  });
}

/** The org's projects with their latest scan's totals, for the project list. */
export async function listProjectsWithLatestScan(orgId: string) {
  const projects = await prisma.project.findMany({
    where: { orgId },
    orderBy: { name: "asc" },
    select: {
      id: true,
      slug: true,
      name: true,
      isDemo: true,
      scans: {
        where: { orgId },
        orderBy: { scannedAt: "desc" },
        take: 1,
        select: { scannedAt: true, commitSha: true, lines: true, totalDebt: true, _count: { select: { snapshots: true } } },
      },
    },
  });
  return projects.map(({ scans, ...p }) => ({ ...p, latest: scans[0] ?? null }));
}
