import "server-only";
import { randomUUID } from "node:crypto";
import { prisma, type Tx } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { DebtModel } from "@/lib/debt/schema";
import { prepareScan } from "./prepare";
import type { ScanDocument } from "./schema";

export interface IngestTarget {
  orgId: string;
  projectId: string;
}

export interface IngestResult {
  created: boolean;
  scanId: string;
}

// Large scans carry tens of thousands of findings. One INSERT ... SELECT FROM unnest() per
// slice, with one array parameter per column, is ~50× faster and far leaner than createMany.
const FINDING_BATCH = 20_000;

interface FindingRow {
  snapshotId: string;
  category: string;
  kind: string;
  file: string | null;
  startLine: number | null;
  endLine: number | null;
  symbol: string | null;
  value: number;
  threshold: number | null;
  message: string | null;
  remediationMinutes: number;
  fingerprint: string;
  other: string | null;
}

async function insertFindings(tx: Tx, orgId: string, rows: FindingRow[]): Promise<void> {
  const col = <K extends keyof FindingRow>(k: K) => rows.map((r) => r[k]);
  await tx.$executeRawUnsafe(
    `INSERT INTO "Finding" ("id", "orgId", "snapshotId", "category", "kind", "file", "startLine", "endLine", "symbol",
       "value", "threshold", "message", "remediationMinutes", "fingerprint", "other")
     SELECT gen_random_uuid()::text, $1, * FROM unnest(
       $2::text[], $3::"Category"[], $4::text[], $5::text[], $6::int[], $7::int[], $8::text[],
       $9::float8[], $10::float8[], $11::text[], $12::int[], $13::text[], $14::jsonb[])`,
    orgId,
    col("snapshotId"),
    col("category"),
    col("kind"),
    col("file"),
    col("startLine"),
    col("endLine"),
    col("symbol"),
    col("value"),
    col("threshold"),
    col("message"),
    col("remediationMinutes"),
    col("fingerprint"),
    col("other"),
  );
}

async function existingScan(db: Tx | typeof prisma, target: IngestTarget, sha: string) {
  return db.scan.findFirst({
    where: { orgId: target.orgId, projectId: target.projectId, commitSha: sha.toLowerCase() },
    select: { id: true },
  });
}

async function upsertModules(tx: Tx, target: IngestTarget, doc: ScanDocument): Promise<Map<string, string>> {
  const names = doc.modules.map((m) => m.name);
  const existing = await tx.module.findMany({
    where: { orgId: target.orgId, projectId: target.projectId, name: { in: names } },
    select: { id: true, name: true, path: true, owners: true },
  });
  const ids = new Map(existing.map((m) => [m.name, m.id]));
  const byName = new Map(existing.map((m) => [m.name, m]));
  const missing = doc.modules.filter((m) => !ids.has(m.name));
  if (missing.length) {
    const rows = missing.map((m) => ({
      id: randomUUID(),
      orgId: target.orgId,
      projectId: target.projectId,
      name: m.name,
      path: m.path,
      owners: m.owners,
    }));
    await tx.module.createMany({ data: rows });
    for (const r of rows) ids.set(r.name, r.id);
  }
  // Path and owners follow the newest scan; history backfills arrive oldest first.
  for (const m of doc.modules) {
    const prev = byName.get(m.name);
    if (prev && (prev.path !== m.path || prev.owners.join("\n") !== m.owners.join("\n"))) {
      await tx.module.updateMany({
        where: { id: prev.id, orgId: target.orgId },
        data: { path: m.path, owners: m.owners },
      });
    }
  }
  return ids;
}

/**
 * Stores a scan and everything under it in one transaction. The same project and commit
 * again returns the stored scan and writes nothing.
 */
export async function ingestScan(target: IngestTarget, doc: ScanDocument, model: DebtModel): Promise<IngestResult> {
  const sha = doc.commit.sha.toLowerCase();
  const found = await existingScan(prisma, target, sha);
  if (found) return { created: false, scanId: found.id };

  const prepared = prepareScan(doc, model);
  const scannedAt = new Date(doc.scannedAt);
  try {
    const scanId = await prisma.$transaction(
      async (tx) => {
        const moduleIds = await upsertModules(tx, target, doc);
        const scan = await tx.scan.create({
          data: {
            orgId: target.orgId,
            projectId: target.projectId,
            commitSha: sha,
            branch: doc.commit.branch,
            scannedAt,
            committedAt: doc.commit.committedAt ? new Date(doc.commit.committedAt) : null,
            scannerName: doc.scanner.name,
            scannerVersion: doc.scanner.version,
            lines: prepared.lines,
            testDebt: prepared.debt.test,
            docsDebt: prepared.debt.docs,
            complexityDebt: prepared.debt.complexity,
            duplicationDebt: prepared.debt.duplication,
            totalDebt: prepared.debt.total,
            notes: { skipped: doc.skipped, unmappedReportPaths: doc.unmappedReportPaths },
          },
          select: { id: true },
        });
        const snapshots: Prisma.ModuleSnapshotCreateManyInput[] = [];
        const findings: FindingRow[] = [];
        for (const pm of prepared.modules) {
          const m = pm.report;
          const id = randomUUID();
          const cov = m.test.coverage;
          const res = m.test.results;
          snapshots.push({
            id,
            orgId: target.orgId,
            projectId: target.projectId,
            scanId: scan.id,
            moduleId: moduleIds.get(m.name)!,
            scannedAt,
            files: m.files,
            lines: m.lines,
            coveredLines: cov?.coveredLines,
            validLines: cov?.validLines,
            coveredBranches: cov?.coveredBranches,
            validBranches: cov?.validBranches,
            tests: res?.tests,
            testFailures: res?.failures,
            testsSkipped: res?.skipped,
            testDurationMs: res?.durationMs,
            slowestTests: res ? res.slowest : undefined,
            flakyTests: res ? res.flaky : undefined,
            readme: m.docs.readme,
            publicSymbols: m.docs.publicSymbols,
            documentedSymbols: m.docs.documentedSymbols,
            complexityThreshold: m.complexity.threshold,
            functions: m.complexity.functions,
            functionsOver: m.complexity.overThreshold,
            maxCcn: m.complexity.maxCcn,
            meanCcn: m.complexity.meanCcn,
            nloc: m.complexity.nloc,
            overThresholdNloc: m.complexity.overThresholdNloc,
            dupLines: m.duplication.lines,
            duplicatedLines: m.duplication.duplicatedLines,
            clones: m.duplication.clones,
            churnCommits: m.churn?.commits,
            churnAuthors: m.churn?.authors,
            bugfixCommits: m.churn?.bugfixCommits,
            testDebt: pm.debt.test,
            docsDebt: pm.debt.docs,
            complexityDebt: pm.debt.complexity,
            duplicationDebt: pm.debt.duplication,
            totalDebt: pm.debt.total,
          });
          for (const f of pm.findings) {
            findings.push({
              snapshotId: id,
              category: f.category,
              kind: f.kind,
              file: f.file,
              startLine: f.startLine,
              endLine: f.endLine,
              symbol: f.symbol,
              value: f.value,
              threshold: f.threshold,
              message: f.message,
              remediationMinutes: f.remediationMinutes,
              fingerprint: f.fingerprint,
              other: f.other ? JSON.stringify(f.other) : null,
            });
          }
        }
        await tx.moduleSnapshot.createMany({ data: snapshots });
        for (let i = 0; i < findings.length; i += FINDING_BATCH) {
          await insertFindings(tx, target.orgId, findings.slice(i, i + FINDING_BATCH));
        }
        return scan.id;
      },
      { timeout: 120_000, maxWait: 30_000 },
    );
    return { created: true, scanId };
  } catch (err) {
    // A concurrent upload of the same commit won the unique (projectId, commitSha) race.
    if (err instanceof Prisma.PrismaClientKnownRequestError && err.code === "P2002") {
      const winner = await existingScan(prisma, target, sha);
      if (winner) return { created: false, scanId: winner.id };
    }
    throw err;
  }
}
