import "server-only";
import { prisma } from "@/lib/db/client";

const SUBSCRIPTION = { id: true, orgId: true, projectId: true, teamId: true, channel: true, target: true, weekday: true, hour: true, enabled: true, createdAt: true } as const;

export type SubscriptionRow = NonNullable<Awaited<ReturnType<typeof findSubscription>>>;

export function findSubscription(orgId: string, id: string) {
  return prisma.digestSubscription.findFirst({ where: { orgId, id }, select: SUBSCRIPTION });
}

/** The org's subscriptions, each with the name and slug of what it covers (null once that is deleted). */
export async function listSubscriptions(orgId: string) {
  const [subs, projects, teams] = await Promise.all([
    prisma.digestSubscription.findMany({ where: { orgId }, orderBy: { createdAt: "asc" }, select: SUBSCRIPTION }),
    prisma.project.findMany({ where: { orgId }, select: { id: true, slug: true, name: true }, orderBy: { name: "asc" } }),
    prisma.team.findMany({ where: { orgId }, select: { id: true, slug: true, name: true }, orderBy: { name: "asc" } }),
  ]);
  const byId = new Map([...projects, ...teams].map((x) => [x.id, x]));
  return {
    subscriptions: subs.map((s) => ({ ...s, scope: byId.get((s.projectId ?? s.teamId)!) ?? null })),
    projects,
    teams,
  };
}

const DELIVERY = { id: true, subscriptionId: true, week: true, status: true, attempts: true, lastError: true, nextAttemptAt: true, sentAt: true, createdAt: true } as const;

/** Every delivery not sent yet (so no failure scrolls out of sight), then the latest sent ones; newest first. */
export async function listRecentDeliveries(orgId: string, sentTake = 30) {
  const [open, sent] = await Promise.all([
    prisma.digestDelivery.findMany({ where: { orgId, status: { in: ["pending", "failed"] } }, orderBy: [{ createdAt: "desc" }, { id: "asc" }], take: 500, select: DELIVERY }),
    prisma.digestDelivery.findMany({ where: { orgId, status: "sent" }, orderBy: [{ createdAt: "desc" }, { id: "asc" }], take: sentTake, select: DELIVERY }),
  ]);
  return [...open, ...sent].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || a.id.localeCompare(b.id));
}

export function findScopeProject(orgId: string, slug: string) {
  return prisma.project.findFirst({ where: { orgId, slug }, select: { id: true, slug: true, name: true } });
}

export function findScopeTeam(orgId: string, slug: string) {
  return prisma.team.findFirst({ where: { orgId, slug }, select: { id: true, slug: true, name: true } });
}

/** Whether the project or team a subscription covers still exists (they are not foreign keys). */
export async function subscriptionScopeExists(orgId: string, sub: { projectId: string | null; teamId: string | null }): Promise<boolean> {
  if (sub.projectId) return (await prisma.project.count({ where: { orgId, id: sub.projectId } })) > 0;
  return sub.teamId ? (await prisma.team.count({ where: { orgId, id: sub.teamId } })) > 0 : false;
}

// The scheduler serves every organization: the two reads below are its only cross-tenant
// queries, and each row they return carries its orgId into every later query.

export function listEnabledSubscriptions() {
  return prisma.digestSubscription.findMany({ where: { enabled: true }, select: SUBSCRIPTION, orderBy: { createdAt: "asc" } });
}

/** Deliveries waiting to be sent at `now` whose subscription is still enabled. */
export function listDueDeliveries(now: Date, take = 100) {
  return prisma.digestDelivery.findMany({
    where: { status: "pending", nextAttemptAt: { lte: now }, subscription: { enabled: true } },
    orderBy: { nextAttemptAt: "asc" },
    take,
    select: { id: true, orgId: true, week: true, attempts: true, subscription: { select: SUBSCRIPTION } },
  });
}

export function findDelivery(orgId: string, id: string) {
  return prisma.digestDelivery.findFirst({ where: { orgId, id }, select: { id: true, status: true, attempts: true, week: true, lastError: true, sentAt: true } });
}
