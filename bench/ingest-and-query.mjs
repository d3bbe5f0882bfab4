#!/usr/bin/env node
// Measures the dashboard's hot paths on a real PostgreSQL: storing a large scan through the
// ingest API handler, and the queries the project overview runs over a year of history.
// Usage: node bench/ingest-and-query.mjs [modules=200] [weeks=52] [findingsPerModule=60]
// Needs BENCH_DATABASE_URL or a local postgres; the database is dropped and recreated.
import "../bin/register-ts.mjs";
import { performance } from "node:perf_hooks";

const [modules = 200, weeks = 52, perModule = 60] = process.argv.slice(2).map(Number);
const url = process.env.BENCH_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/paydown_bench";
process.env.DATABASE_URL = url;

const { recreateDatabase } = await import("../test/migrate.ts");
await recreateDatabase(url);
const { POST } = await import("../app/api/v1/scans/route.ts");
const { upsertUserInOrg, createProjectWithToken } = await import("../lib/auth/mutations.ts");
const { projectSeries, moduleSnapshotsForTable } = await import("../lib/debt/data.ts");
const { disconnectDatabase } = await import("../lib/db/lifecycle.ts");
const { buildProjectReview } = await import("../lib/review/data.ts");
const { formatWeek, weekOf } = await import("../lib/review/week.ts");

const { orgId } = await upsertUserInOrg({ email: "bench@example.com", password: "bench-password", orgSlug: "bench", role: "admin" });
const { project, token } = await createProjectWithToken({ orgId, slug: "big" });

function doc(week) {
  const at = new Date(Date.UTC(2026, 0, 1) + week * 7 * 86_400_000).toISOString();
  return {
    schemaVersion: 1,
    commit: { sha: week.toString(16).padStart(40, "a"), branch: "main", committedAt: at },
    scannedAt: at,
    scanner: { name: "bench", version: "1" },
    modules: Array.from({ length: modules }, (_, m) => ({
      name: `module-${m}`,
      path: `src/module_${m}`,
      owners: ["@team"],
      files: 40,
      lines: 5000,
      test: { coverage: { coveredLines: 3000, validLines: 4000, coveredBranches: 300, validBranches: 500 }, results: null },
      docs: { readme: true, publicSymbols: 100, documentedSymbols: 60 },
      complexity: { threshold: 10, functions: 300, overThreshold: 12, maxCcn: 31, meanCcn: 3.1, nloc: 4500, overThresholdNloc: 400 },
      duplication: { lines: 5000, duplicatedLines: 120, clones: 4 },
      findings: Array.from({ length: perModule }, (_, f) => ({
        category: "complexity",
        kind: "complex-function",
        file: `src/module_${m}/file_${f % 40}.py`,
        startLine: f * 10 + 1,
        endLine: f * 10 + 9,
        symbol: `fn_${f}`,
        value: 11 + (f % 20),
        threshold: 10,
      })),
    })),
  };
}

const rss = () => Math.round(process.memoryUsage().rss / 1048576);
const ingestTimes = [];
let bytes = 0;
for (let w = 0; w < weeks; w++) {
  const body = JSON.stringify(doc(w));
  bytes = body.length;
  const t0 = performance.now();
  const res = await POST(new Request("http://bench/api/v1/scans", { method: "POST", headers: { authorization: `Bearer ${token}` }, body }));
  if (res.status !== 201) throw new Error(`ingest answered ${res.status}: ${await res.text()}`);
  ingestTimes.push(performance.now() - t0);
}
const t1 = performance.now();
const again = await POST(new Request("http://bench/api/v1/scans", { method: "POST", headers: { authorization: `Bearer ${token}` }, body: JSON.stringify(doc(0)) }));
const idempotentMs = performance.now() - t1;
if (again.status !== 200) throw new Error("re-upload should answer 200");

async function timed(fn, runs = 5) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  return Math.round(Math.min(...times));
}
const since = new Date(Date.UTC(2026, 0, 1) + (weeks - 12) * 7 * 86_400_000);
const seriesAll = await timed(() => projectSeries(orgId, project.id, null));
const table12 = await timed(() => moduleSnapshotsForTable(orgId, project.id, since));
const tableAll = await timed(() => moduleSnapshotsForTable(orgId, project.id, null));
// The weekly review of the last scanned week: two whole scans' snapshots and findings compared.
const lastWeek = formatWeek(weekOf(new Date(Date.UTC(2026, 0, 1) + (weeks - 1) * 7 * 86_400_000)));
const review = await timed(() => buildProjectReview(orgId, project.id, lastWeek, new Date(Date.UTC(2027, 0, 1))));
const sorted = [...ingestTimes].sort((a, b) => a - b);
console.log(JSON.stringify({
  scan: { modules, findings: modules * perModule, bodyMB: +(bytes / 1048576).toFixed(2) },
  ingestMs: { median: Math.round(sorted[Math.floor(sorted.length / 2)]), max: Math.round(sorted.at(-1)) },
  reuploadSameCommitMs: Math.round(idempotentMs),
  queries: { projectSeriesAllMs: seriesAll, moduleTable12wMs: table12, moduleTableAllMs: tableAll, weeklyReviewMs: review },
  peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
  rssNowMB: rss(),
}, null, 2));
await disconnectDatabase();
