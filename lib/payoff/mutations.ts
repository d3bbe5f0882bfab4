import "server-only";
import { prisma, type Tx } from "@/lib/db/client";
import { writeAudit } from "@/lib/audit/mutations";
import type { Actor } from "@/lib/audit/schema";
import type { Category } from "@/lib/ingest/schema";
import { estimateFor, findingTitle, moduleTitle, type EstimateUnit } from "./interest";
import type { AddSuggestionInput, ForecastMetric } from "./schema";

export type AddResult = { status: "created" | "exists"; itemId: string } | { status: "not_found" };

async function latestScanIdsOfTeam(tx: Tx, orgId: string, teamId: string): Promise<string[]> {
  const projects = await tx.teamProject.findMany({ where: { orgId, teamId }, select: { projectId: true } });
  if (!projects.length) return [];
  const scans = await tx.scan.findMany({
    where: { orgId, projectId: { in: projects.map((p) => p.projectId) } },
    orderBy: [{ projectId: "asc" }, { scannedAt: "desc" }],
    distinct: ["projectId"],
    select: { id: true },
  });
  return scans.map((s) => s.id);
}

const CATEGORY_DEBT = { test: "testDebt", docs: "docsDebt", complexity: "complexityDebt", duplication: "duplicationDebt" } as const;

/**
 * Adds a suggested debt item to a sprint of the team: a finding of the latest scan (linked by
 * fingerprint, with its module) or a module's category. One transaction, with the sprint row
 * locked, so two clicks at once still give one item; the same finding or module category again
 * answers the item already there.
 */
export function addSuggestedItem(actor: Actor, orgId: string, teamId: string, input: AddSuggestionInput): Promise<AddResult> {
  return prisma.$transaction(async (tx) => {
    const locked = await tx.$queryRaw<Array<{ unit: EstimateUnit }>>`
      SELECT unit::text AS unit FROM "Sprint" WHERE id = ${input.sprint} AND "orgId" = ${orgId} AND "teamId" = ${teamId} FOR UPDATE`;
    if (!locked.length) return { status: "not_found" };
    const unit = locked[0].unit;
    const sprintId = input.sprint;
    const scanIds = await latestScanIdsOfTeam(tx, orgId, teamId);

    if ("fingerprint" in input) {
      const linked = await tx.workItemFinding.findFirst({
        where: { orgId, fingerprint: input.fingerprint, workItem: { orgId, sprintId } },
        select: { workItemId: true },
      });
      if (linked) return { status: "exists", itemId: linked.workItemId };
      const f = await tx.finding.findFirst({
        where: { orgId, fingerprint: input.fingerprint, snapshot: { orgId, scanId: { in: scanIds } } },
        orderBy: { snapshot: { scannedAt: "desc" } },
        select: { category: true, kind: true, file: true, symbol: true, remediationMinutes: true, snapshot: { select: { moduleId: true, module: { select: { name: true } } } } },
      });
      if (!f) return { status: "not_found" };
      const moduleId = f.snapshot.moduleId;
      const title = findingTitle({ ...f, moduleName: f.snapshot.module.name });
      const item = await tx.workItem.create({
        data: {
          orgId,
          sprintId,
          title,
          estimate: estimateFor(f.remediationMinutes, unit),
          type: "debt",
          category: f.category,
          modules: { create: { orgId, moduleId } },
          findings: {
            create: { orgId, fingerprint: input.fingerprint, moduleId, category: f.category, kind: f.kind, file: f.file, symbol: f.symbol, remediationMinutes: f.remediationMinutes },
          },
        },
        select: { id: true },
      });
      await writeAudit(tx, orgId, actor, "item.add", title, { sprintId, fingerprint: input.fingerprint });
      return { status: "created", itemId: item.id };
    }

    const existing = await tx.workItem.findFirst({
      where: { orgId, sprintId, type: "debt", category: input.category, modules: { some: { orgId, moduleId: input.module } } },
      select: { id: true },
    });
    if (existing) return { status: "exists", itemId: existing.id };
    const mod = await tx.module.findFirst({
      where: { orgId, id: input.module, project: { orgId, teams: { some: { orgId, teamId } } } },
      select: { name: true, snapshots: { where: { orgId, scanId: { in: scanIds } }, take: 1, select: { testDebt: true, docsDebt: true, complexityDebt: true, duplicationDebt: true } } },
    });
    if (!mod) return { status: "not_found" };
    // A module the latest scan did not measure gets no estimate rather than a made-up one.
    const snap = mod.snapshots[0];
    const title = moduleTitle(mod.name, input.category);
    const item = await tx.workItem.create({
      data: {
        orgId,
        sprintId,
        title,
        estimate: snap ? estimateFor(snap[CATEGORY_DEBT[input.category]], unit) : null,
        type: "debt",
        category: input.category,
        modules: { create: { orgId, moduleId: input.module } },
      },
      select: { id: true },
    });
    await writeAudit(tx, orgId, actor, "item.add", title, { sprintId, module: mod.name, category: input.category });
    return { status: "created", itemId: item.id };
  });
}

/**
 * Sets (or replaces) the team's target for a module and metric, audited when it changes;
 * false when the module is not on the team's projects.
 */
export function setForecastTarget(
  actor: Actor,
  orgId: string,
  teamId: string,
  input: { module: string; metric: ForecastMetric; category: Category; target: number },
): Promise<boolean> {
  return prisma.$transaction(async (tx) => {
    const mod = await tx.module.findFirst({
      where: { orgId, id: input.module, project: { orgId, teams: { some: { orgId, teamId } } } },
      select: { id: true, name: true },
    });
    if (!mod) return false;
    const before = await tx.forecastTarget.findFirst({ where: { orgId, teamId, moduleId: mod.id, metric: input.metric }, select: { category: true, target: true } });
    if (before && before.category === input.category && before.target === input.target) return true;
    await tx.forecastTarget.upsert({
      where: { teamId_moduleId_metric: { teamId, moduleId: mod.id, metric: input.metric }, orgId },
      create: { orgId, teamId, moduleId: mod.id, metric: input.metric, category: input.category, target: input.target },
      update: { category: input.category, target: input.target },
    });
    await writeAudit(tx, orgId, actor, "forecast.set", `${mod.name} ${input.metric}`, { teamId, category: input.category, target: input.target, from: before?.target ?? null });
    return true;
  });
}

export function deleteForecastTarget(actor: Actor, orgId: string, teamId: string, targetId: string): Promise<boolean> {
  return prisma.$transaction(async (tx) => {
    const target = await tx.forecastTarget.findFirst({ where: { id: targetId, orgId, teamId }, select: { metric: true, target: true, module: { select: { name: true } } } });
    if (!target) return false;
    await tx.forecastTarget.deleteMany({ where: { id: targetId, orgId, teamId } });
    await writeAudit(tx, orgId, actor, "forecast.delete", `${target.module.name} ${target.metric}`, { teamId, target: target.target });
    return true;
  });
}
