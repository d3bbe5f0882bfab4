import "server-only";
import { prisma } from "@/lib/db/client";
import type { GateResultUpload } from "@/lib/ingest/schema";

export async function createGateResult(target: { orgId: string; projectId: string }, upload: GateResultUpload) {
  return prisma.gateResult.create({
    data: {
      orgId: target.orgId,
      projectId: target.projectId,
      commitSha: upload.commitSha.toLowerCase(),
      baseSha: upload.baseSha?.toLowerCase() ?? null,
      branch: upload.branch,
      targetBranch: upload.targetBranch,
      pullRequest: upload.pullRequest,
      passed: upload.passed,
      warnOnly: upload.warnOnly,
      debtDelta: upload.debtDelta,
      report: upload.report,
    },
    select: { id: true, createdAt: true },
  });
}
