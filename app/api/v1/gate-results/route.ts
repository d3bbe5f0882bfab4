import { readJsonBody } from "@/lib/api/body";
import { validationError } from "@/lib/api/errors";
import { handle, json } from "@/lib/api/respond";
import { authenticateProjectToken } from "@/lib/auth/api-auth";
import { createGateResult } from "@/lib/gate/mutations";
import { gateResultUploadSchema } from "@/lib/ingest/schema";

export const dynamic = "force-dynamic";

/** Stores the outcome of `paydown gate` for one commit of a change. */
export const POST = handle(async (req: Request) => {
  const ctx = await authenticateProjectToken(req);
  const body = await readJsonBody(req);
  const parsed = gateResultUploadSchema.safeParse(body);
  if (!parsed.success) throw validationError(parsed.error, "gate_result");
  const row = await createGateResult({ orgId: ctx.orgId, projectId: ctx.projectId }, parsed.data);
  const origin = process.env.NEXTAUTH_URL?.replace(/\/$/, "") ?? new URL(req.url).origin;
  return json({ id: row.id, createdAt: row.createdAt.toISOString(), url: `${origin}/orgs/${ctx.orgSlug}/projects/${ctx.projectSlug}` }, 201);
});
