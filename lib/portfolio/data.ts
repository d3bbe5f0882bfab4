import "server-only";
import { prisma } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ScanTotals } from "./buckets";
import type { ModuleInput } from "./modules";
import type { Bucket } from "./schema";
import type { TeamInput } from "./adherence";

// Reads for the organization portfolio. Everything is per project through the
// (projectId, scannedAt) indexes: the newest scan at a date is one index probe per project
// (LATERAL … LIMIT 1), the series reads at most one scan per project and bucket, and the top
// modules read only the snapshots of the projects' latest scans. Timestamps cross the wire as
// UTC instants (timestamptz), so the database session's time zone never matters.

export interface PortfolioProject {
  id: string;
  slug: string;
  name: string;
}

export interface ScanRow extends ScanTotals {
  id: string;
}

const utc = (d: Date) => Prisma.sql`(${d.toISOString()}::timestamptz AT TIME ZONE 'UTC')`;
const SCAN_COLUMNS = Prisma.sql`s."id", s."projectId", s."scannedAt" AT TIME ZONE 'UTC' AS "scannedAt", s."lines",
  s."testDebt", s."docsDebt", s."complexityDebt", s."duplicationDebt", s."totalDebt"`;

/** The org's projects, optionally only the given slugs and only those a team works on. */
export function listPortfolioProjects(orgId: string, filter: { slugs: string[]; team?: string }): Promise<PortfolioProject[]> {
  return prisma.project.findMany({
    where: {
      orgId,
      ...(filter.slugs.length ? { slug: { in: filter.slugs } } : {}),
      ...(filter.team ? { teams: { some: { orgId, team: { orgId, slug: filter.team } } } } : {}),
    },
    orderBy: { name: "asc" },
    select: { id: true, slug: true, name: true },
  });
}

/** Each project's newest scan at or before `at` (strictly before with `exclusive`); projects without one are absent. */
export async function scansAsOf(orgId: string, projectIds: string[], at: Date, exclusive = false): Promise<ScanRow[]> {
  if (!projectIds.length) return [];
  const cmp = exclusive ? Prisma.sql`<` : Prisma.sql`<=`;
  return prisma.$queryRaw<ScanRow[]>`
    SELECT ${SCAN_COLUMNS}
    FROM unnest(${projectIds}::text[]) AS p("id")
    CROSS JOIN LATERAL (
      SELECT * FROM "Scan" x
      WHERE x."orgId" = ${orgId} AND x."projectId" = p."id" AND x."scannedAt" ${cmp} ${utc(at)}
      ORDER BY x."scannedAt" DESC, x."id" DESC
      LIMIT 1
    ) s`;
}

const TRUNC: Record<Bucket, Prisma.Sql> = { week: Prisma.sql`'week'`, quarter: Prisma.sql`'quarter'` };

/**
 * The last scan of each project in each bucket from `since` (null: all history) through `until`,
 * plus each project's last scan before `since`: all the bucketed series needs to carry values forward.
 */
export async function bucketScans(orgId: string, projectIds: string[], bucket: Bucket, since: Date | null, until: Date): Promise<ScanRow[]> {
  if (!projectIds.length) return [];
  const trunc = TRUNC[bucket];
  const [inRange, before] = await Promise.all([
    prisma.$queryRaw<ScanRow[]>`
      SELECT DISTINCT ON (s."projectId", date_trunc(${trunc}, s."scannedAt")) ${SCAN_COLUMNS}
      FROM "Scan" s
      WHERE s."orgId" = ${orgId} AND s."projectId" = ANY(${projectIds}::text[])
        AND s."scannedAt" <= ${utc(until)} ${since ? Prisma.sql`AND s."scannedAt" >= ${utc(since)}` : Prisma.empty}
      ORDER BY s."projectId", date_trunc(${trunc}, s."scannedAt"), s."scannedAt" DESC, s."id" DESC`,
    since ? scansAsOf(orgId, projectIds, since, true) : Promise.resolve([]),
  ]);
  return [...before, ...inRange];
}

/** The `limit` most indebted module snapshots among the given (latest) scans, ties by project slug and module name. */
export function topModuleSnapshots(orgId: string, scanIds: string[], limit: number): Promise<ModuleInput[]> {
  if (!scanIds.length) return Promise.resolve([]);
  return prisma.$queryRaw<ModuleInput[]>`
    SELECT p."slug" AS "projectSlug", p."name" AS "projectName", m."name", m."path", m."owners",
      ms."lines", ms."testDebt", ms."docsDebt", ms."complexityDebt", ms."duplicationDebt", ms."totalDebt",
      ms."scannedAt" AT TIME ZONE 'UTC' AS "scannedAt"
    FROM "ModuleSnapshot" ms
    JOIN "Module" m ON m."id" = ms."moduleId" AND m."orgId" = ${orgId}
    JOIN "Project" p ON p."id" = ms."projectId" AND p."orgId" = ${orgId}
    WHERE ms."orgId" = ${orgId} AND ms."scanId" = ANY(${scanIds}::text[])
    ORDER BY ms."totalDebt" DESC, p."slug" COLLATE "C", m."name" COLLATE "C"
    LIMIT ${limit}`;
}

/**
 * Teams (one, or those working on the given projects) with their newest `lastN` sprints that
 * have started by `today` and those sprints' items (only what the budget maths reads).
 */
export async function teamsWithSprints(
  orgId: string,
  filter: { team?: string; projectIds: string[] | null },
  lastN: number,
  today: Date,
): Promise<TeamInput[]> {
  const teams = await prisma.team.findMany({
    where: {
      orgId,
      ...(filter.team ? { slug: filter.team } : {}),
      ...(filter.projectIds ? { projects: { some: { orgId, projectId: { in: filter.projectIds } } } } : {}),
    },
    orderBy: { name: "asc" },
    select: {
      slug: true,
      name: true,
      budgetTarget: true,
      sprints: {
        where: { orgId, startDate: { lte: today } },
        orderBy: [{ startDate: "desc" }, { name: "asc" }],
        take: lastN,
        select: { name: true, startDate: true, endDate: true, budgetTarget: true, items: { where: { orgId }, select: { estimate: true, type: true, status: true } } },
      },
    },
  });
  return teams;
}

/** The filter choices: every team of the organization. */
export function listOrgTeams(orgId: string) {
  return prisma.team.findMany({ where: { orgId }, orderBy: { name: "asc" }, select: { slug: true, name: true } });
}
