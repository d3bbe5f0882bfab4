import "server-only";
import { prisma } from "@/lib/db/client";

export function listAuditEvents(orgId: string, take = 200) {
  return prisma.auditEvent.findMany({
    where: { orgId },
    orderBy: { createdAt: "desc" },
    take,
    select: { id: true, actorEmail: true, action: true, target: true, details: true, createdAt: true },
  });
}
