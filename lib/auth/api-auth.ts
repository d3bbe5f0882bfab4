import "server-only";
import { unauthorized } from "@/lib/api/errors";
import { findProjectByTokenHash } from "./data";
import { touchToken } from "./mutations";
import { bearerToken, hashToken } from "./tokens";

export type ProjectTokenContext = NonNullable<Awaited<ReturnType<typeof findProjectByTokenHash>>>;

/** The project a request's bearer token writes to; 401 for a missing, unknown or revoked token. */
export async function authenticateProjectToken(req: Request): Promise<ProjectTokenContext> {
  const token = bearerToken(req.headers.get("authorization"));
  if (!token) throw unauthorized("Missing project token: send `Authorization: Bearer <token>`.");
  const ctx = await findProjectByTokenHash(hashToken(token));
  if (!ctx) throw unauthorized("Invalid or revoked project token.");
  await touchToken(ctx.tokenId, ctx.orgId);
  return ctx;
}
