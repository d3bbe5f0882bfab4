import { debtRatio, gradeFor, type DebtColumns } from "@/lib/debt/model";
import type { DebtModel } from "@/lib/debt/schema";

export interface ScanSummaryRow extends DebtColumns {
  id: string;
  commitSha: string;
  branch: string | null;
  scannedAt: Date;
  project: { slug: string; org: { slug: string } };
  _count: { snapshots: number };
}

/** The JSON the ingest API returns for a stored scan. */
export function scanSummaryBody(row: ScanSummaryRow, findings: number, model: DebtModel, baseUrl: string) {
  const ratio = debtRatio(row.totalDebt, row.lines, model);
  return {
    id: row.id,
    commitSha: row.commitSha,
    branch: row.branch,
    scannedAt: row.scannedAt.toISOString(),
    modules: row._count.snapshots,
    findings,
    lines: row.lines,
    debt: {
      minutes: {
        test: row.testDebt,
        docs: row.docsDebt,
        complexity: row.complexityDebt,
        duplication: row.duplicationDebt,
        total: row.totalDebt,
      },
      ratio,
      grade: gradeFor(ratio, model),
    },
    url: `${baseUrl}/orgs/${row.project.org.slug}/projects/${row.project.slug}`,
  };
}
