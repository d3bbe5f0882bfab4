import "server-only";
import { prisma } from "@/lib/db/client";

/** What the ingest API answers with: the stored scan's totals. */
export async function findScanSummary(orgId: string, scanId: string) {
  return prisma.scan.findFirst({
    where: { id: scanId, orgId },
    select: {
      id: true,
      commitSha: true,
      branch: true,
      scannedAt: true,
      lines: true,
      testDebt: true,
      docsDebt: true,
      complexityDebt: true,
      duplicationDebt: true,
      totalDebt: true,
      project: { select: { slug: true, org: { select: { slug: true } } } },
      _count: { select: { snapshots: true } },
    },
  });
}

export function countFindingsOfScan(orgId: string, scanId: string) {
  return prisma.finding.count({ where: { orgId, snapshot: { scanId } } });
}
