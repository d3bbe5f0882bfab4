import { readJsonBody } from "@/lib/api/body";
import { ApiError, validationError } from "@/lib/api/errors";
import { handle, json } from "@/lib/api/respond";
import { authenticateProjectToken } from "@/lib/auth/api-auth";
import { resolveDebtModel } from "@/lib/debt/model";
import { countFindingsOfScan, findScanSummary } from "@/lib/ingest/data";
import { ingestScan } from "@/lib/ingest/mutations";
import { SCAN_SCHEMA_VERSION, scanDocumentSchema } from "@/lib/ingest/schema";
import { scanSummaryBody } from "@/lib/ingest/summary";

export const dynamic = "force-dynamic";

export const POST = handle(async (req: Request) => {
  const ctx = await authenticateProjectToken(req);
  const body = await readJsonBody(req);
  const version = (body as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (body && typeof body === "object" && version !== undefined && version !== SCAN_SCHEMA_VERSION) {
    throw new ApiError(
      400,
      "unsupported_schema_version",
      `schemaVersion ${JSON.stringify(version)} is not supported; this server accepts ${SCAN_SCHEMA_VERSION}.`,
      [{ path: "schemaVersion", message: `expected ${SCAN_SCHEMA_VERSION}` }],
    );
  }
  const parsed = scanDocumentSchema.safeParse(body);
  if (!parsed.success) throw validationError(parsed.error, "scan_document");

  const model = resolveDebtModel(ctx.debtModel);
  const result = await ingestScan({ orgId: ctx.orgId, projectId: ctx.projectId }, parsed.data, model);
  const [row, findings] = await Promise.all([
    findScanSummary(ctx.orgId, result.scanId),
    countFindingsOfScan(ctx.orgId, result.scanId),
  ]);
  const origin = process.env.NEXTAUTH_URL?.replace(/\/$/, "") ?? new URL(req.url).origin;
  return json({ created: result.created, scan: scanSummaryBody(row!, findings, model, origin) }, result.created ? 201 : 200);
});
