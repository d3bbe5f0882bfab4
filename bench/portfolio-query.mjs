#!/usr/bin/env node
// Times the portfolio's queries on a large organization: P projects × M modules × W weekly
// scans (default 20 × 100 × 52 = 104,000 module snapshots) plus teams with sprints, generated
// straight into PostgreSQL with generate_series (the portfolio reads only Scan, ModuleSnapshot,
// Module, Team, Sprint and WorkItem, never findings). Each loader query runs `runs` times; the
// median is reported. Checks first that the org total equals the naive per-project sum.
// Usage: node bench/portfolio-query.mjs [projects=20] [modules=100] [weeks=52] [runs=7]
// Needs BENCH_DATABASE_URL or a local postgres; the database is dropped and recreated.
import "../bin/register-ts.mjs";
import { performance } from "node:perf_hooks";
import pg from "pg";

const [P = 20, M = 100, W = 52, runs = 7] = process.argv.slice(2).map(Number);
const url = process.env.BENCH_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/paydown_bench_portfolio";
process.env.DATABASE_URL = url;

const { recreateDatabase } = await import("../test/migrate.ts");
await recreateDatabase(url);
const { upsertUserInOrg } = await import("../lib/auth/mutations.ts");
const { DEFAULT_DEBT_MODEL } = await import("../lib/debt/schema.ts");
const { parsePortfolioFilters } = await import("../lib/portfolio/schema.ts");
const tables = await import("../lib/portfolio/tables.ts");
const { disconnectDatabase } = await import("../lib/db/lifecycle.ts");

const { orgId } = await upsertUserInOrg({ email: "bench@example.com", password: "bench-password", orgSlug: "bench", role: "admin" });
const db = new pg.Client({ connectionString: url });
await db.connect();
const now = new Date();
const t0 = performance.now();
await db.query(
  `INSERT INTO "Project" ("id", "orgId", "slug", "name") SELECT 'p' || i, $1, 'project-' || i, 'Project ' || i FROM generate_series(1, $2) i`,
  [orgId, P],
);
await db.query(
  `INSERT INTO "Module" ("id", "orgId", "projectId", "name", "path", "owners")
   SELECT p."id" || '-m' || j, $1, p."id", 'module-' || j, 'src/module_' || j, ARRAY['@team'] FROM "Project" p, generate_series(1, $2) j WHERE p."orgId" = $1`,
  [orgId, M],
);
// Weekly scans ending now, each at a slightly different hour per project.
await db.query(
  `INSERT INTO "Scan" ("id", "orgId", "projectId", "commitSha", "scannedAt", "scannerName", "scannerVersion", "lines", "testDebt", "docsDebt", "complexityDebt", "duplicationDebt", "totalDebt")
   SELECT p."id" || '-s' || w, $1, p."id", md5(p."id" || w), ($3::timestamptz AT TIME ZONE 'UTC') - ((($2 - 1 - w) * 7 * 24) + (hashtext(p."id") & 15)) * interval '1 hour',
     'bench', '1', 0, 0, 0, 0, 0, 0
   FROM "Project" p, generate_series(0, $2 - 1) w WHERE p."orgId" = $1`,
  [orgId, W, now.toISOString()],
);
// Debt grows slowly over the year with per-module noise.
await db.query(
  `INSERT INTO "ModuleSnapshot" ("id", "orgId", "projectId", "scanId", "moduleId", "scannedAt", "files", "lines", "readme", "publicSymbols", "documentedSymbols",
     "complexityThreshold", "functions", "functionsOver", "maxCcn", "meanCcn", "nloc", "overThresholdNloc", "dupLines", "duplicatedLines", "clones",
     "testDebt", "docsDebt", "complexityDebt", "duplicationDebt", "totalDebt")
   SELECT gen_random_uuid()::text, $1, s."projectId", s."id", m."id", s."scannedAt", 40, 5000, true, 100, 60, 10, 300, 12, 31, 3.1, 4500, 400, 5000, 120, 4,
     d.t, d.d, d.c, d.u, d.t + d.d + d.c + d.u
   FROM "Scan" s JOIN "Module" m ON m."projectId" = s."projectId"
   CROSS JOIN LATERAL (SELECT (abs(hashtext(m."id" || s."id")) % 400) + EXTRACT(EPOCH FROM s."scannedAt")::bigint / 604800 % 100 AS t,
     abs(hashtext(s."id" || m."id")) % 200 AS d, abs(hashtext(m."id")) % 600 AS c, abs(hashtext(m."id" || 'dup')) % 150 AS u) d
   WHERE s."orgId" = $1`,
  [orgId],
);
await db.query(
  `UPDATE "Scan" s SET "lines" = a.l, "testDebt" = a.t, "docsDebt" = a.d, "complexityDebt" = a.c, "duplicationDebt" = a.u, "totalDebt" = a.t + a.d + a.c + a.u
   FROM (SELECT "scanId", SUM("lines") l, SUM("testDebt") t, SUM("docsDebt") d, SUM("complexityDebt") c, SUM("duplicationDebt") u FROM "ModuleSnapshot" GROUP BY "scanId") a
   WHERE a."scanId" = s."id"`,
);
// Five teams, each on four projects, with a year of fortnightly sprints of 20 items.
await db.query(`INSERT INTO "Team" ("id", "orgId", "slug", "name") SELECT 't' || i, $1, 'team-' || i, 'Team ' || i FROM generate_series(1, 5) i`, [orgId]);
await db.query(`INSERT INTO "TeamProject" ("orgId", "teamId", "projectId") SELECT $1, 't' || (1 + (i - 1) % 5), 'p' || i FROM generate_series(1, $2) i`, [orgId, P]);
await db.query(
  `INSERT INTO "Sprint" ("id", "orgId", "teamId", "name", "startDate", "endDate", "budgetTarget", "updatedAt")
   SELECT t."id" || '-sp' || k, $1, t."id", 'Sprint ' || k, (now() - (26 - k) * interval '14 days')::date, (now() - (26 - k) * interval '14 days' + interval '13 days')::date, 0.2, now()
   FROM "Team" t, generate_series(1, 26) k WHERE t."orgId" = $1`,
  [orgId],
);
await db.query(
  `INSERT INTO "WorkItem" ("id", "orgId", "sprintId", "title", "estimate", "type", "status", "updatedAt")
   SELECT s."id" || '-i' || n, $1, s."id", 'item ' || n, 1 + n % 5, (CASE WHEN n % 5 = 0 THEN 'debt' ELSE 'feature' END)::"WorkItemType",
     (CASE WHEN n % 7 = 0 THEN 'planned' ELSE 'done' END)::"WorkItemStatus", now()
   FROM "Sprint" s, generate_series(1, 20) n WHERE s."orgId" = $1`,
  [orgId],
);
await db.query("ANALYZE");
const generateMs = performance.now() - t0;
const count = async (table) => Number((await db.query(`SELECT count(*) FROM "${table}"`)).rows[0].count);
const sizes = { projects: P, modules: await count("Module"), scans: await count("Scan"), snapshots: await count("ModuleSnapshot"), sprints: await count("Sprint"), workItems: await count("WorkItem") };

// Correctness first: the org total equals the naive sum of each project's newest scan.
const naive = Number(
  (await db.query(`SELECT SUM(t) AS s FROM (SELECT DISTINCT ON ("projectId") "totalDebt" t FROM "Scan" WHERE "orgId" = $1 ORDER BY "projectId", "scannedAt" DESC) x`, [orgId])).rows[0].s,
);
const filters = (sp = {}) => parsePortfolioFilters(sp);
const scopeOf = (sp) => tables.portfolioScope(orgId, DEFAULT_DEBT_MODEL, filters(sp), now);
const base = await scopeOf({});
const check = await tables.projectsTable(base);
if (check.total.now?.minutes !== naive) throw new Error(`org total ${check.total.now?.minutes} ≠ naive sum ${naive}`);
const weekly = await tables.seriesTable(base);
if (weekly.series.at(-1).minutes !== naive) throw new Error("the last weekly bucket should equal the org total");

async function median(fn) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return +times[Math.floor(times.length / 2)].toFixed(1);
}
const queriesMs = {
  scope: await median(() => scopeOf({})),
  projectsTable: await median(() => tables.projectsTable(base)),
  seriesWeekly52w: await median(() => tables.seriesTable(base)),
  seriesQuarterlyAll: await median(async () => tables.seriesTable(await scopeOf({ bucket: "quarter", range: "all" }))),
  topModules: await median(() => tables.modulesTable(base)),
  teams6Sprints: await median(() => tables.teamsTable(base)),
  wholePage: await median(async () => {
    const s = await scopeOf({});
    await Promise.all([tables.projectsTable(s), tables.seriesTable(s), tables.modulesTable(s), tables.teamsTable(s)]);
  }),
};
console.log(JSON.stringify({ sizes, generateS: +(generateMs / 1000).toFixed(1), runs, orgTotalMinutes: naive, buckets: weekly.series.length, queriesMs }, null, 2));
await db.end();
await disconnectDatabase();
