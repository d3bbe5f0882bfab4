import "server-only";
import { prisma } from "@/lib/db/client";

/** The project a token writes to, with what the baseline answer names. */
export function findGateProject(orgId: string, projectId: string) {
  return prisma.project.findFirst({
    where: { id: projectId, orgId },
    select: { slug: true, coverageMinimum: true, org: { select: { slug: true } } },
  });
}

/** The newest scan of a branch (by the time the scan describes), with every module and finding. */
export function findBranchBaseline(orgId: string, projectId: string, branch: string) {
  return prisma.scan.findFirst({
    where: { orgId, projectId, branch },
    orderBy: [{ scannedAt: "desc" }, { receivedAt: "desc" }],
    select: {
      id: true,
      commitSha: true,
      branch: true,
      committedAt: true,
      scannedAt: true,
      snapshots: {
        where: { orgId },
        orderBy: { module: { name: "asc" } },
        select: {
          lines: true,
          coveredLines: true,
          validLines: true,
          tests: true,
          testDebt: true,
          docsDebt: true,
          complexityDebt: true,
          duplicationDebt: true,
          totalDebt: true,
          module: { select: { name: true, path: true } },
          findings: {
            where: { orgId },
            select: {
              category: true,
              kind: true,
              file: true,
              startLine: true,
              endLine: true,
              symbol: true,
              value: true,
              threshold: true,
              fingerprint: true,
              other: true,
            },
          },
        },
      },
    },
  });
}

/**
 * Teams working on the project, each with its sprint running on `today` (a UTC calendar day) and
 * that sprint's open debt items (planned or in progress) with the modules they name or whose
 * findings they link.
 */
export async function findCurrentPlans(orgId: string, projectId: string, today: Date) {
  const teams = await prisma.team.findMany({
    where: { orgId, projects: { some: { orgId, projectId } } },
    orderBy: { name: "asc" },
    select: {
      slug: true,
      name: true,
      sprints: {
        where: { orgId, startDate: { lte: today }, endDate: { gte: today } },
        orderBy: { startDate: "desc" },
        take: 1,
        select: {
          id: true,
          name: true,
          startDate: true,
          endDate: true,
          items: {
            where: { orgId, type: "debt", status: { in: ["planned", "in_progress"] } },
            orderBy: { createdAt: "asc" },
            select: {
              id: true,
              title: true,
              externalKey: true,
              url: true,
              status: true,
              category: true,
              modules: { where: { orgId }, select: { module: { select: { name: true, projectId: true } } } },
              findings: { where: { orgId }, select: { moduleId: true } },
            },
          },
        },
      },
    },
  });
  const linkedModuleIds = [...new Set(teams.flatMap((t) => t.sprints.flatMap((s) => s.items.flatMap((i) => i.findings.map((f) => f.moduleId)))))];
  const linked = linkedModuleIds.length
    ? await prisma.module.findMany({ where: { orgId, projectId, id: { in: linkedModuleIds } }, select: { id: true, name: true } })
    : [];
  return { teams, moduleNames: new Map(linked.map((m) => [m.id, m.name])) };
}

export async function listGateResults(orgId: string, projectId: string, take = 20) {
  return prisma.gateResult.findMany({
    where: { orgId, projectId },
    orderBy: { createdAt: "desc" },
    take,
    select: {
      id: true,
      commitSha: true,
      baseSha: true,
      branch: true,
      targetBranch: true,
      pullRequest: true,
      passed: true,
      warnOnly: true,
      debtDelta: true,
      createdAt: true,
      report: true,
    },
  });
}
