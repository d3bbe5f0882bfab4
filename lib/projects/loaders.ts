import "server-only";
import { cache } from "react";
import { requireOrg } from "@/lib/auth/loaders";
import { listProjectsWithLatestScan } from "./data";

export const loadProjects = cache(async (orgSlug: string) => {
  const org = await requireOrg(orgSlug);
  return listProjectsWithLatestScan(org.orgId);
});
