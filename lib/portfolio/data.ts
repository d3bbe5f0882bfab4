import "server-only";
import { prisma } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ScanTotals } from "./buckets";
import type { ModuleInput } from "./modules";
import type { Bucket } from "./schema";
import type { BudgetItem } from "@/lib/sprints/budget";
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

interface TeamSprintItemRow {
  teamId: string;
  slug: string;
  teamName: string;
  teamTarget: number;
  sprintId: string | null;
  sprintName: string | null;
  startDate: Date | null;
  endDate: Date | null;
  sprintTarget: number | null;
  estimate: number | null;
  type: BudgetItem["type"] | null;
  status: BudgetItem["status"] | null;
}

/**
 * Teams (one, or those working on the given projects) with their newest `lastN` sprints that
 * have started by `today` and those sprints' items (only what the budget maths reads): one
 * query, an index probe per team on (teamId, startDate).
 */
export async function teamsWithSprints(
  orgId: string,
  filter: { team?: string; projectIds: string[] | null },
  lastN: number,
  today: Date,
): Promise<TeamInput[]> {
  const rows = await prisma.$queryRaw<TeamSprintItemRow[]>`
    SELECT t."id" AS "teamId", t."slug", t."name" AS "teamName", t."budgetTarget" AS "teamTarget",
      s."id" AS "sprintId", s."name" AS "sprintName", s."startDate", s."endDate", s."budgetTarget" AS "sprintTarget",
      i."estimate", i."type"::text AS "type", i."status"::text AS "status"
    FROM "Team" t
    LEFT JOIN LATERAL (
      SELECT x."id", x."name", x."startDate", x."endDate", x."budgetTarget" FROM "Sprint" x
      WHERE x."orgId" = ${orgId} AND x."teamId" = t."id" AND x."startDate" <= ${today.toISOString().slice(0, 10)}::date
      ORDER BY x."startDate" DESC, x."name" LIMIT ${lastN}
    ) s ON true
    LEFT JOIN "WorkItem" i ON i."sprintId" = s."id" AND i."orgId" = ${orgId}
    WHERE t."orgId" = ${orgId}
      ${filter.team ? Prisma.sql`AND t."slug" = ${filter.team}` : Prisma.empty}
      ${
        filter.projectIds
          ? Prisma.sql`AND EXISTS (SELECT 1 FROM "TeamProject" tp WHERE tp."teamId" = t."id" AND tp."orgId" = ${orgId} AND tp."projectId" = ANY(${filter.projectIds}::text[]))`
          : Prisma.empty
      }`;
  const teams = new Map<string, TeamInput>();
  const sprints = new Map<string, TeamInput["sprints"][number]>();
  for (const r of rows) {
    let team = teams.get(r.teamId);
    if (!team) teams.set(r.teamId, (team = { slug: r.slug, name: r.teamName, budgetTarget: r.teamTarget, sprints: [] }));
    if (!r.sprintId) continue;
    let sprint = sprints.get(r.sprintId);
    if (!sprint) {
      sprint = { name: r.sprintName!, startDate: r.startDate!, endDate: r.endDate!, budgetTarget: r.sprintTarget!, items: [] };
      sprints.set(r.sprintId, sprint);
      team.sprints.push(sprint);
    }
    if (r.type && r.status) sprint.items.push({ estimate: r.estimate, type: r.type, status: r.status });
  }
  return [...teams.values()];
}

/** The filter choices: every team of the organization. */
export function listOrgTeams(orgId: string) {
  return prisma.team.findMany({ where: { orgId }, orderBy: { name: "asc" }, select: { slug: true, name: true } });
}
