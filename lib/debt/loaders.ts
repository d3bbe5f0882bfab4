import "server-only";
import { notFound } from "next/navigation";
import { cache } from "react";
import { requireOrg } from "@/lib/auth/loaders";
import type { Category } from "@/lib/ingest/schema";
import { pageWindow, type FindingSort } from "./findings-page";
import { findProject } from "@/lib/projects/data";
import {
  countFindingsByCategory,
  findingsOfSnapshot,
  findLatestScan,
  findModule,
  latestModuleSnapshot,
  moduleSeries,
  moduleSnapshotsForTable,
  projectSeries,
} from "./data";
import { resolveDebtModel } from "./model";
import { rangeStart, type RangeKey } from "./range";
import { moduleTable, trendPoints } from "./trends";

/** Membership check first, then the project inside that org; 404 for anything else. */
export const loadProject = cache(async (orgSlug: string, projectSlug: string) => {
  const org = await requireOrg(orgSlug);
  const project = await findProject(org.orgId, projectSlug);
  if (!project) notFound();
  return { org, project, model: resolveDebtModel(org.debtModel) };
});

export const loadLatestScan = cache(async (orgSlug: string, projectSlug: string) => {
  const { org, project } = await loadProject(orgSlug, projectSlug);
  return findLatestScan(org.orgId, project.id);
});

// Range starts are computed per request; the cache key is the range name.
export const loadProjectTrend = cache(async (orgSlug: string, projectSlug: string, range: RangeKey) => {
  const { org, project } = await loadProject(orgSlug, projectSlug);
  return trendPoints(await projectSeries(org.orgId, project.id, rangeStart(range)));
});

export const loadModuleTable = cache(async (orgSlug: string, projectSlug: string, range: RangeKey) => {
  const { org, project, model } = await loadProject(orgSlug, projectSlug);
  const latest = await findLatestScan(org.orgId, project.id);
  if (!latest) return [];
  const since = rangeStart(range);
  const rows = await moduleSnapshotsForTable(org.orgId, project.id, since);
  return moduleTable(rows, latest.id, model, since);
});

export const loadModule = cache(async (orgSlug: string, projectSlug: string, moduleName: string) => {
  const ctx = await loadProject(orgSlug, projectSlug);
  const mod = await findModule(ctx.org.orgId, ctx.project.id, moduleName);
  if (!mod) notFound();
  return { ...ctx, module: mod };
});

export const loadModuleTrend = cache(async (orgSlug: string, projectSlug: string, moduleName: string, range: RangeKey) => {
  const { org, module } = await loadModule(orgSlug, projectSlug, moduleName);
  return trendPoints(await moduleSeries(org.orgId, module.id, rangeStart(range)));
});

export const loadModuleSnapshot = cache(async (orgSlug: string, projectSlug: string, moduleName: string) => {
  const { org, module } = await loadModule(orgSlug, projectSlug, moduleName);
  return latestModuleSnapshot(org.orgId, module.id);
});

export const loadModuleFindings = cache(
  async (orgSlug: string, projectSlug: string, moduleName: string, category: Category | null, sort: FindingSort, requestedPage: string | undefined) => {
    const { org } = await loadModule(orgSlug, projectSlug, moduleName);
    const snap = await loadModuleSnapshot(orgSlug, projectSlug, moduleName);
    if (!snap) return { findings: [], counts: [], paging: pageWindow(undefined, 0) };
    const counts = await countFindingsByCategory(org.orgId, snap.id);
    const total = counts.reduce((sum, c) => sum + (category == null || c.category === category ? c._count._all : 0), 0);
    // Clamped to the pages there are, so a link to page 9 of what is now 3 pages shows page 3.
    const paging = pageWindow(requestedPage, total);
    const findings = paging.take ? await findingsOfSnapshot(org.orgId, snap.id, category, sort, paging) : [];
    return { findings, counts, paging };
  },
);
