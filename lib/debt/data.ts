import "server-only";
import { prisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Category } from "@/lib/ingest/schema";
import type { FindingSort } from "./findings-page";
import type { MeasuredAt, ModuleSnapshotRow } from "./trends";

export const SNAPSHOT_MEASURES = {
  lines: true,
  coveredLines: true,
  validLines: true,
  publicSymbols: true,
  documentedSymbols: true,
  functionsOver: true,
  dupLines: true,
  duplicatedLines: true,
  testDebt: true,
  docsDebt: true,
  complexityDebt: true,
  duplicationDebt: true,
  totalDebt: true,
} as const;

export function findLatestScan(orgId: string, projectId: string) {
  return prisma.scan.findFirst({
    where: { orgId, projectId },
    orderBy: { scannedAt: "desc" },
    select: {
      id: true,
      commitSha: true,
      branch: true,
      scannedAt: true,
      scannerVersion: true,
      lines: true,
      totalDebt: true,
      testDebt: true,
      docsDebt: true,
      complexityDebt: true,
      duplicationDebt: true,
      notes: true,
    },
  });
}

/** Project measures per scan (sums over its modules), oldest first. */
export async function projectSeries(orgId: string, projectId: string, since: Date | null): Promise<MeasuredAt[]> {
  const [groups, scans] = await Promise.all([
    prisma.moduleSnapshot.groupBy({
      by: ["scanId"],
      where: { orgId, projectId, ...(since ? { scannedAt: { gte: since } } : {}) },
      _sum: SNAPSHOT_MEASURES,
      _count: { validLines: true },
    }),
    prisma.scan.findMany({
      where: { orgId, projectId, ...(since ? { scannedAt: { gte: since } } : {}) },
      select: { id: true, scannedAt: true, commitSha: true },
    }),
  ]);
  const byScan = new Map(scans.map((s) => [s.id, s]));
  const out: MeasuredAt[] = [];
  for (const g of groups) {
    const scan = byScan.get(g.scanId);
    if (!scan) continue;
    const s = g._sum;
    // SUM ignores NULL, so modules with unknown coverage do not dilute the percentage;
    // a scan where no module had coverage stays unknown.
    const coverageKnown = g._count.validLines > 0;
    out.push({
      scannedAt: scan.scannedAt,
      commitSha: scan.commitSha,
      lines: s.lines ?? 0,
      coveredLines: coverageKnown ? (s.coveredLines ?? 0) : null,
      validLines: coverageKnown ? (s.validLines ?? 0) : null,
      publicSymbols: s.publicSymbols ?? 0,
      documentedSymbols: s.documentedSymbols ?? 0,
      functionsOver: s.functionsOver ?? 0,
      dupLines: s.dupLines ?? 0,
      duplicatedLines: s.duplicatedLines ?? 0,
      testDebt: s.testDebt ?? 0,
      docsDebt: s.docsDebt ?? 0,
      complexityDebt: s.complexityDebt ?? 0,
      duplicationDebt: s.duplicationDebt ?? 0,
      totalDebt: s.totalDebt ?? 0,
    });
  }
  return out.sort((a, b) => a.scannedAt.getTime() - b.scannedAt.getTime());
}

/**
 * Snapshots of every module in the range, plus each module's last snapshot before the
 * range so "change since previous scan" has a base.
 */
export async function moduleSnapshotsForTable(
  orgId: string,
  projectId: string,
  since: Date | null,
): Promise<ModuleSnapshotRow[]> {
  const select = {
    ...SNAPSHOT_MEASURES,
    moduleId: true,
    scanId: true,
    scannedAt: true,
    module: { select: { name: true, path: true, owners: true } },
  } as const;
  const inRange = await prisma.moduleSnapshot.findMany({
    where: { orgId, projectId, ...(since ? { scannedAt: { gte: since } } : {}) },
    select,
  });
  const before = since
    ? await prisma.moduleSnapshot.findMany({
        where: { orgId, projectId, scannedAt: { lt: since } },
        orderBy: [{ moduleId: "asc" }, { scannedAt: "desc" }],
        distinct: ["moduleId"],
        select,
      })
    : [];
  return [...before, ...inRange].map(({ module, ...r }) => ({ ...r, ...module }));
}

export function findModule(orgId: string, projectId: string, name: string) {
  return prisma.module.findFirst({
    where: { orgId, projectId, name },
    select: { id: true, name: true, path: true, owners: true },
  });
}

export async function moduleSeries(orgId: string, moduleId: string, since: Date | null): Promise<MeasuredAt[]> {
  const rows = await prisma.moduleSnapshot.findMany({
    where: { orgId, moduleId, ...(since ? { scannedAt: { gte: since } } : {}) },
    orderBy: { scannedAt: "asc" },
    select: { ...SNAPSHOT_MEASURES, scannedAt: true, scan: { select: { commitSha: true } } },
  });
  return rows.map(({ scan, ...r }) => ({ ...r, commitSha: scan.commitSha }));
}

export function latestModuleSnapshot(orgId: string, moduleId: string) {
  return prisma.moduleSnapshot.findFirst({
    where: { orgId, moduleId },
    orderBy: { scannedAt: "desc" },
    select: {
      id: true,
      scannedAt: true,
      files: true,
      readme: true,
      tests: true,
      testFailures: true,
      testsSkipped: true,
      slowestTests: true,
      flakyTests: true,
      churnCommits: true,
      churnAuthors: true,
      bugfixCommits: true,
      complexityThreshold: true,
      maxCcn: true,
      meanCcn: true,
      functions: true,
      clones: true,
      scan: { select: { commitSha: true } },
      ...SNAPSHOT_MEASURES,
    },
  });
}

/** Module-page orders; the id last, so a page boundary never splits ties differently twice. */
const FINDING_ORDER = {
  minutes: [{ remediationMinutes: "desc" }, { file: { sort: "asc", nulls: "first" } }, { startLine: "asc" }, { id: "asc" }],
  value: [{ value: "desc" }, { file: { sort: "asc", nulls: "first" } }, { startLine: "asc" }, { id: "asc" }],
  file: [{ file: { sort: "asc", nulls: "first" } }, { startLine: "asc" }, { id: "asc" }],
} satisfies Record<FindingSort, Prisma.FindingOrderByWithRelationInput[]>;

/** One page of a snapshot's findings, sorted in the database so every page follows the same order. */
export function findingsOfSnapshot(
  orgId: string, snapshotId: string, category: Category | null, sort: FindingSort, page: { skip: number; take: number },
) {
  return prisma.finding.findMany({
    where: { orgId, snapshotId, ...(category ? { category } : {}) },
    select: {
      id: true,
      category: true,
      kind: true,
      file: true,
      startLine: true,
      endLine: true,
      symbol: true,
      value: true,
      threshold: true,
      message: true,
      remediationMinutes: true,
      other: true,
    },
    orderBy: FINDING_ORDER[sort],
    skip: page.skip,
    take: page.take,
  });
}

export function countFindingsByCategory(orgId: string, snapshotId: string) {
  return prisma.finding.groupBy({ by: ["category"], where: { orgId, snapshotId }, _count: { _all: true } });
}
