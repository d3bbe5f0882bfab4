import "server-only";
import { prisma } from "@/lib/db/client";
import { writeAudit } from "@/lib/audit/mutations";
import type { Actor } from "@/lib/audit/schema";
import { afterFailure, RETRY } from "./schedule";
import { maskWebhookUrl } from "./webhook-url";

export interface SubscriptionInput {
  projectId: string | null;
  teamId: string | null;
  channel: "email" | "slack";
  target: string;
  weekday: number;
  hour: number;
}

/** What the audit log may say about a target: addresses, or the webhook without its secret path. */
function auditTarget(channel: string, target: string): string {
  return channel === "slack" ? maskWebhookUrl(target) : target;
}

export function createSubscription(actor: Actor, orgId: string, input: SubscriptionInput, scopeLabel: string) {
  return prisma.$transaction(async (tx) => {
    const sub = await tx.digestSubscription.create({ data: { orgId, ...input }, select: { id: true } });
    await writeAudit(tx, orgId, actor, "digest.create", scopeLabel, {
      subscription: sub.id,
      channel: input.channel,
      target: auditTarget(input.channel, input.target),
      weekday: input.weekday,
      hour: input.hour,
    });
    return sub;
  });
}

export function deleteSubscription(actor: Actor, orgId: string, id: string): Promise<boolean> {
  return prisma.$transaction(async (tx) => {
    const sub = await tx.digestSubscription.findFirst({ where: { orgId, id }, select: { channel: true, target: true } });
    if (!sub) return false;
    await tx.digestSubscription.deleteMany({ where: { orgId, id } });
    await writeAudit(tx, orgId, actor, "digest.delete", id, { channel: sub.channel, target: auditTarget(sub.channel, sub.target) });
    return true;
  });
}

export function setSubscriptionEnabled(actor: Actor, orgId: string, id: string, enabled: boolean): Promise<boolean> {
  return prisma.$transaction(async (tx) => {
    const { count } = await tx.digestSubscription.updateMany({ where: { orgId, id }, data: { enabled } });
    if (count) await writeAudit(tx, orgId, actor, "digest.update", id, { enabled });
    return count > 0;
  });
}

/** Sends a pending or failed delivery again at the next run, with a fresh set of attempts; sent ones stay sent. */
export function retryDelivery(actor: Actor, orgId: string, id: string, now = new Date()): Promise<"queued" | "not_found" | "already_sent"> {
  return prisma.$transaction(async (tx) => {
    const d = await tx.digestDelivery.findFirst({ where: { orgId, id }, select: { status: true, week: true, attempts: true, lastError: true } });
    if (!d) return "not_found";
    if (d.status === "sent") return "already_sent";
    // Not failed yet: it is already queued (or being sent right now; pulling it forward could send it twice).
    if (d.status === "pending" && !d.lastError) return "queued";
    await tx.digestDelivery.updateMany({ where: { orgId, id, status: d.status }, data: { status: "pending", attempts: 0, nextAttemptAt: now } });
    await writeAudit(tx, orgId, actor, "digest.retry", id, { week: d.week, previousStatus: d.status, previousAttempts: d.attempts });
    return "queued";
  });
}

// ---------------------------------------------------------------------------------------
// The scheduler's writes. Every one names the delivery's org as well as its id.

/** The delivery row of each (subscription, week), created once: the unique key makes a second creation a no-op. */
export async function ensureDeliveries(rows: Array<{ orgId: string; subscriptionId: string; week: string }>, now: Date): Promise<number> {
  if (!rows.length) return 0;
  const { count } = await prisma.digestDelivery.createMany({ data: rows.map((r) => ({ ...r, nextAttemptAt: now })), skipDuplicates: true });
  return count;
}

/**
 * Takes a due delivery for this process: one conditional UPDATE, so of two processes
 * only one matches the row. The claim counts as an attempt and holds the row for the
 * lease, after which a crashed sender's delivery becomes due again.
 */
export async function claimDelivery(orgId: string, id: string, now: Date): Promise<boolean> {
  const { count } = await prisma.digestDelivery.updateMany({
    where: { orgId, id, status: "pending", nextAttemptAt: { lte: now } },
    data: { attempts: { increment: 1 }, nextAttemptAt: new Date(now.getTime() + RETRY.leaseMs) },
  });
  return count === 1;
}

export async function markDeliverySent(orgId: string, id: string, now: Date): Promise<void> {
  await prisma.digestDelivery.updateMany({ where: { orgId, id }, data: { status: "sent", sentAt: now, lastError: null } });
}

/** Records a failed attempt: retried after the backoff, or failed for good after the last attempt. */
export async function markDeliveryFailed(orgId: string, id: string, attempts: number, error: string, now: Date) {
  const outcome = afterFailure(attempts, now);
  await prisma.digestDelivery.updateMany({
    where: { orgId, id, status: "pending" },
    data: { status: outcome.status, nextAttemptAt: outcome.nextAttemptAt, lastError: error.slice(0, 1000) },
  });
  return outcome;
}
