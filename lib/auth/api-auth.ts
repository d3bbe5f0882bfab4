import "server-only";
import { ApiError, unauthorized } from "@/lib/api/errors";
import { clientAddress } from "./client-address";
import { limiters } from "./limiters";
import { findProjectByTokenHash } from "./data";
import { touchToken } from "./mutations";
import { bearerToken, hashToken } from "./tokens";

export type ProjectTokenContext = NonNullable<Awaited<ReturnType<typeof findProjectByTokenHash>>>;

/**
 * The project a request's bearer token writes to; 401 for a missing, unknown or revoked
 * token. A client address with PAYDOWN_API_MAX_FAILURES bad tokens inside
 * PAYDOWN_API_WINDOW_SECONDS gets 429 with Retry-After, whatever it sends.
 */
export async function authenticateProjectToken(req: Request): Promise<ProjectTokenContext> {
  const limit = limiters().api;
  const key = clientAddress((n) => req.headers.get(n));
  const decision = await limit.check(key);
  if (!decision.allowed) {
    throw new ApiError(429, "rate_limited", `Too many requests with bad tokens; try again in ${decision.retryAfterSeconds} s.`, undefined, {
      "Retry-After": String(decision.retryAfterSeconds),
    });
  }
  const token = bearerToken(req.headers.get("authorization"));
  if (!token) {
    await limit.fail(key);
    throw unauthorized("Missing project token: send `Authorization: Bearer <token>`.");
  }
  const ctx = await findProjectByTokenHash(hashToken(token));
  if (!ctx) {
    await limit.fail(key);
    throw unauthorized("Invalid or revoked project token.");
  }
  await touchToken(ctx.tokenId, ctx.orgId);
  return ctx;
}
