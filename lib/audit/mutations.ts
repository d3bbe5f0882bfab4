import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/db/client";
import type { Actor, AuditAction } from "./schema";

/** Records a change inside the transaction that makes it, so the log and the data never disagree. */
export function writeAudit(
  tx: Tx,
  orgId: string,
  actor: Actor,
  action: AuditAction,
  target: string,
  details?: Record<string, unknown>,
) {
  return tx.auditEvent.create({
    data: { orgId, actorId: actor.id, actorEmail: actor.email, action, target, details: details as Prisma.InputJsonValue | undefined },
  });
}
