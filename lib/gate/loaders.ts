import "server-only";
import { cache } from "react";
import { loadProject } from "@/lib/debt/loaders";
import { listGateResults } from "./data";
import { gateResultRows } from "./results";

/** The project's recent gate results, newest first, after the membership check. */
export const loadGateResults = cache(async (orgSlug: string, projectSlug: string) => {
  const { org, project } = await loadProject(orgSlug, projectSlug);
  return gateResultRows(await listGateResults(org.orgId, project.id));
});
