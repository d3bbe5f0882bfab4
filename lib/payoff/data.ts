import "server-only";
import { prisma } from "@/lib/db/client";
import { SNAPSHOT_MEASURES } from "@/lib/debt/data";
import type { Category } from "@/lib/ingest/schema";

// Reads for "pay down next", "what the paydown bought" and the forecast. Every where holds the org.

function itemFields(orgId: string) {
  return {
    id: true,
    title: true,
    estimate: true,
    type: true,
    category: true,
    status: true,
    modules: { where: { orgId }, select: { moduleId: true } },
    findings: { where: { orgId }, select: { fingerprint: true, moduleId: true, category: true, kind: true, file: true, symbol: true, remediationMinutes: true } },
  } as const;
}

const sprintFields = { id: true, teamId: true, name: true, startDate: true, endDate: true, unit: true } as const;

/** A sprint (of the team, when given) with its items, their modules and linked findings. */
export function findTeamSprint(orgId: string, teamId: string | null, sprintId: string) {
  return prisma.sprint.findFirst({
    where: { orgId, id: sprintId, ...(teamId ? { teamId } : {}) },
    select: { ...sprintFields, items: { where: { orgId }, orderBy: { createdAt: "asc" }, select: itemFields(orgId) } },
  });
}

export type PayoffSprint = NonNullable<Awaited<ReturnType<typeof findTeamSprint>>>;

/** The team's sprints that ended before `before`, newest first, at most `take`. */
export function listEndedSprints(orgId: string, teamId: string, before: Date, take: number) {
  return prisma.sprint.findMany({
    where: { orgId, teamId, endDate: { lt: before } },
    orderBy: [{ endDate: "desc" }, { createdAt: "desc" }],
    take,
    select: { ...sprintFields, items: { where: { orgId }, select: itemFields(orgId) } },
  });
}

/** The newest scan of each project at or before `before` (exclusive), or the newest of all. */
export async function latestScans(orgId: string, projectIds: string[], before?: Date) {
  if (!projectIds.length) return [];
  return prisma.scan.findMany({
    where: { orgId, projectId: { in: projectIds }, ...(before ? { scannedAt: { lt: before } } : {}) },
    orderBy: [{ projectId: "asc" }, { scannedAt: "desc" }],
    distinct: ["projectId"],
    select: { id: true, projectId: true, scannedAt: true },
  });
}

/** Module snapshots of the given scans with the churn that weighs their interest. */
export function snapshotsOfScans(orgId: string, scanIds: string[]) {
  return prisma.moduleSnapshot.findMany({
    where: { orgId, scanId: { in: scanIds } },
    select: {
      id: true,
      scanId: true,
      moduleId: true,
      churnCommits: true,
      bugfixCommits: true,
      testDebt: true,
      docsDebt: true,
      complexityDebt: true,
      duplicationDebt: true,
      module: { select: { name: true, project: { select: { slug: true } } } },
    },
  });
}

export interface TopFinding {
  snapshotId: string;
  fingerprint: string;
  category: Category;
  kind: string;
  file: string | null;
  symbol: string | null;
  startLine: number | null;
  remediationMinutes: number;
}

/**
 * The `perSnapshot` costliest findings of each snapshot. Interest is minutes × a weight that is
 * the same for a whole snapshot, so these hold every finding that can make the overall top list.
 */
export function topFindingsPerSnapshot(orgId: string, snapshotIds: string[], perSnapshot: number): Promise<TopFinding[]> {
  if (!snapshotIds.length) return Promise.resolve([]);
  return prisma.$queryRaw<TopFinding[]>`
    SELECT "snapshotId", fingerprint, category::text AS category, kind, file, symbol, "startLine", "remediationMinutes"
    FROM (
      SELECT f.*, row_number() OVER (PARTITION BY f."snapshotId" ORDER BY f."remediationMinutes" DESC, f.fingerprint) AS rn
      FROM "Finding" f
      WHERE f."orgId" = ${orgId} AND f."snapshotId" = ANY(${snapshotIds}::text[]) AND f."remediationMinutes" > 0
    ) ranked
    WHERE rn <= ${perSnapshot}`;
}

/** Which of the modules each scan measured, with their findings (fingerprint, category, minutes). */
export async function findingsOfModulesInScans(orgId: string, scanIds: string[], moduleIds: string[]) {
  if (!scanIds.length || !moduleIds.length) return [];
  return prisma.moduleSnapshot.findMany({
    where: { orgId, scanId: { in: scanIds }, moduleId: { in: moduleIds } },
    select: {
      scanId: true,
      moduleId: true,
      findings: { where: { orgId }, select: { fingerprint: true, category: true, remediationMinutes: true } },
    },
  });
}

export function modulesByIds(orgId: string, ids: string[]) {
  if (!ids.length) return Promise.resolve([]);
  return prisma.module.findMany({ where: { orgId, id: { in: ids } }, select: { id: true, name: true, projectId: true } });
}

/** Modules of the projects a team works on, for the forecast's module picker. */
export function modulesOfTeam(orgId: string, teamId: string) {
  return prisma.module.findMany({
    where: { orgId, project: { orgId, teams: { some: { orgId, teamId } } } },
    orderBy: [{ project: { slug: "asc" } }, { name: "asc" }],
    select: { id: true, name: true, project: { select: { slug: true } } },
  });
}

export function forecastTargetsOfTeam(orgId: string, teamId: string) {
  return prisma.forecastTarget.findMany({
    where: { orgId, teamId },
    orderBy: { createdAt: "asc" },
    select: { id: true, moduleId: true, category: true, metric: true, target: true, module: { select: { name: true, project: { select: { slug: true } } } } },
  });
}

/** A module's snapshots before `before`, oldest first, with what the forecast metrics read. */
export function moduleHistory(orgId: string, moduleId: string, before: Date) {
  return prisma.moduleSnapshot.findMany({
    where: { orgId, moduleId, scannedAt: { lt: before } },
    orderBy: { scannedAt: "asc" },
    select: { ...SNAPSHOT_MEASURES, scannedAt: true, maxCcn: true },
  });
}

export type HistorySnapshot = Awaited<ReturnType<typeof moduleHistory>>[number];
