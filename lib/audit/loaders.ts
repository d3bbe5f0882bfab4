import "server-only";
import { cache } from "react";
import { requireOrgRole } from "@/lib/auth/loaders";
import { listAuditEvents } from "./data";

export const loadAuditLog = cache(async (orgSlug: string) => {
  const org = await requireOrgRole(orgSlug, "admin");
  return listAuditEvents(org.orgId);
});
