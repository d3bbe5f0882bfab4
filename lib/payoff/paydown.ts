import "server-only";
import { sprintEnded } from "@/lib/sprints/budget";
import type { Category } from "@/lib/ingest/schema";
import {
  findingsOfModulesInScans,
  findTeamSprint,
  latestScans,
  modulesByIds,
  snapshotsOfScans,
  topFindingsPerSnapshot,
  type PayoffSprint,
} from "./data";
import { interestWeight, rankFindings, rankModules, type EstimateUnit } from "./interest";
import { diffPaydown, touchedModuleIds, type LinkedFinding, type PaydownDiff, type ProjectScans, type ScanSide } from "./paydown-diff";
import { scanCutoffs } from "./rollup";

// Composes the reads in data.ts with the pure ranking and diff; callers check access first.

export async function suggestionsFor(orgId: string, projectIds: string[], sprint: { unit: EstimateUnit; items: PayoffSprint["items"] }, limit = 10) {
  const scans = await latestScans(orgId, projectIds);
  const snapshots = await snapshotsOfScans(orgId, scans.map((s) => s.id));
  const top = await topFindingsPerSnapshot(orgId, snapshots.map((s) => s.id), limit);
  const bySnapshot = new Map(snapshots.map((s) => [s.id, { ...s, weight: interestWeight(s) }]));
  const linked = new Set(sprint.items.flatMap((i) => i.findings.map((f) => f.fingerprint)));
  const planned = new Set(sprint.items.filter((i) => i.type === "debt").flatMap((i) => i.modules.map((m) => `${m.moduleId}:${i.category}`)));
  const findings = rankFindings(
    top.flatMap((f) => {
      const s = bySnapshot.get(f.snapshotId);
      if (!s) return [];
      return [{ ...f, minutes: f.remediationMinutes, moduleId: s.moduleId, moduleName: s.module.name, projectSlug: s.module.project.slug, weight: s.weight }];
    }),
    { unit: sprint.unit, linked, limit },
  );
  const modules = rankModules(
    [...bySnapshot.values()].map((s) => ({
      moduleId: s.moduleId,
      moduleName: s.module.name,
      projectSlug: s.module.project.slug,
      weight: s.weight,
      debt: { test: s.testDebt, docs: s.docsDebt, complexity: s.complexityDebt, duplication: s.duplicationDebt },
    })),
    { unit: sprint.unit, planned, limit: Math.ceil(limit / 2) },
  );
  return { findings, modules, scannedAt: scans.length ? new Date(Math.max(...scans.map((s) => s.scannedAt.getTime()))) : null };
}

export interface SprintPaydown extends PaydownDiff {
  ended: boolean;
  /** The scans compared, per project. */
  scans: Array<{ projectId: string; start: { id: string; scannedAt: Date } | null; end: { id: string; scannedAt: Date } | null }>;
}

/** Start and end scans of the touched modules' projects, and the paid/added diff between them. */
export async function paydownOf(orgId: string, sprint: PayoffSprint, now: Date = new Date()): Promise<SprintPaydown> {
  const ids = touchedModuleIds(sprint.items.map((i) => ({ ...i, moduleIds: i.modules.map((m) => m.moduleId) })));
  const modules = await modulesByIds(orgId, ids);
  const projectIds = [...new Set(modules.map((m) => m.projectId))];
  const { startBefore, endBefore } = scanCutoffs(sprint);
  const [starts, ends] = await Promise.all([latestScans(orgId, projectIds, startBefore), latestScans(orgId, projectIds, endBefore)]);
  const rows = await findingsOfModulesInScans(orgId, [...starts, ...ends].map((s) => s.id), ids);
  const side = (scan: { id: string; scannedAt: Date } | undefined): ScanSide | null => {
    if (!scan) return null;
    const mods: ScanSide["modules"] = {};
    for (const r of rows) {
      if (r.scanId === scan.id) mods[r.moduleId] = r.findings.map((f) => ({ fingerprint: f.fingerprint, category: f.category as Category, minutes: f.remediationMinutes }));
    }
    return { scanId: scan.id, scannedAt: scan.scannedAt, modules: mods };
  };
  const projects: Record<string, ProjectScans> = {};
  const scans: SprintPaydown["scans"] = [];
  for (const projectId of projectIds) {
    const start = starts.find((s) => s.projectId === projectId);
    const end = ends.find((s) => s.projectId === projectId);
    projects[projectId] = { start: side(start), end: side(end) };
    scans.push({ projectId, start: start ?? null, end: end ?? null });
  }
  const linked: LinkedFinding[] = sprint.items
    .filter((i) => i.type === "debt" && i.status !== "dropped")
    .flatMap((i) => i.findings.map((f) => ({ ...f, category: f.category as Category })));
  const diff = diffPaydown({ modules: modules.map((m) => ({ moduleId: m.id, name: m.name, projectId: m.projectId })), linked, projects });
  return { ...diff, ended: sprintEnded(sprint.endDate, now), scans };
}

export interface PaydownField {
  state: PaydownDiff["state"];
  paid: number | null;
  added: number | null;
  /** added − paid: negative when the debt of the touched modules went down. */
  net: number | null;
  byCategory: Record<Category, { paid: number; added: number; net: number }> | null;
}

/** The budget API's `paydown`: null until the sprint has ended; minutes are null until there is an end-of-sprint scan to compare. */
export async function paydownField(orgId: string, sprintId: string, now: Date = new Date()): Promise<PaydownField | null> {
  const sprint = await findTeamSprint(orgId, null, sprintId);
  if (!sprint || !sprintEnded(sprint.endDate, now)) return null;
  const d = await paydownOf(orgId, sprint, now);
  if (d.state !== "compared") return { state: d.state, paid: null, added: null, net: null, byCategory: null };
  const byCategory = Object.fromEntries(
    (Object.keys(d.paid) as Category[]).map((c) => [c, { paid: d.paid[c], added: d.added[c], net: d.added[c] - d.paid[c] }]),
  ) as PaydownField["byCategory"];
  return { state: d.state, paid: d.paidTotal, added: d.addedTotal, net: d.net, byCategory };
}
