import "server-only";
import { writeAudit } from "@/lib/audit/mutations";
import type { Actor } from "@/lib/audit/schema";
import { prisma, type Tx } from "@/lib/db/client";
import type { SprintInput, WorkItemInput } from "./schema";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

function sprintData(input: SprintInput, defaultTarget: number) {
  return {
    name: input.name,
    startDate: day(input.startDate),
    endDate: day(input.endDate),
    capacity: input.capacity,
    unit: input.unit,
    budgetTarget: input.budgetTarget ?? defaultTarget,
  };
}

/** What the audit log keeps of a sprint's settings. */
function sprintDetails(data: ReturnType<typeof sprintData>) {
  return { ...data, startDate: data.startDate.toISOString().slice(0, 10), endDate: data.endDate.toISOString().slice(0, 10) };
}

export function createSprint(actor: Actor, orgId: string, team: { id: string; budgetTarget: number }, input: SprintInput) {
  return prisma.$transaction(async (tx) => {
    const data = sprintData(input, team.budgetTarget);
    const sprint = await tx.sprint.create({ data: { orgId, teamId: team.id, ...data }, select: { id: true, name: true } });
    await writeAudit(tx, orgId, actor, "sprint.create", sprint.name, { teamId: team.id, ...sprintDetails(data) });
    return sprint;
  });
}

/** Same team and name again returns the existing sprint unchanged, so tracker syncs can repeat. */
export async function createOrGetSprint(actor: Actor, orgId: string, team: { id: string; budgetTarget: number }, input: SprintInput) {
  const find = () => prisma.sprint.findFirst({ where: { orgId, teamId: team.id, name: input.name }, select: { id: true } });
  const existing = await find();
  if (existing) return { id: existing.id, created: false };
  try {
    return { id: (await createSprint(actor, orgId, team, input)).id, created: true };
  } catch (err) {
    // Two syncs raced on the same name: the other one created it.
    if ((err as { code?: string }).code !== "P2002") throw err;
    const again = await find();
    if (!again) throw err;
    return { id: again.id, created: false };
  }
}

export function updateSprint(actor: Actor, orgId: string, teamId: string, sprintId: string, input: SprintInput): Promise<boolean> {
  return prisma.$transaction(async (tx) => {
    const current = await tx.sprint.findFirst({ where: { orgId, teamId, id: sprintId }, select: { name: true, budgetTarget: true } });
    if (!current) return false;
    const data = sprintData(input, current.budgetTarget);
    const { count } = await tx.sprint.updateMany({ where: { orgId, teamId, id: sprintId }, data });
    if (count) await writeAudit(tx, orgId, actor, "sprint.update", data.name, { teamId, from: current.name, ...sprintDetails(data) });
    return count > 0;
  });
}

export interface ItemProblem {
  /** Index of the item in the batch. */
  index: number;
  path: string;
  message: string;
}

export type ItemsResult =
  | { ok: true; created: number; updated: number; ids: string[] }
  | { ok: false; status: "not_found" }
  | { ok: false; status: "invalid"; problems: ItemProblem[] };

/** Module ids by name among the modules of the projects the sprint's team works on. */
async function resolveModules(tx: Tx, orgId: string, teamId: string, items: WorkItemInput[]) {
  const names = [...new Set(items.flatMap((i) => i.modules))];
  const rows = names.length
    ? await tx.module.findMany({
        where: { orgId, name: { in: names }, project: { teams: { some: { orgId, teamId } } } },
        select: { id: true, name: true },
      })
    : [];
  const byName = new Map<string, string[]>();
  for (const r of rows) byName.set(r.name, [...(byName.get(r.name) ?? []), r.id]);
  const problems: ItemProblem[] = [];
  items.forEach((it, index) =>
    it.modules.forEach((m, j) => {
      if (!byName.has(m)) problems.push({ index, path: `modules.${j}`, message: `unknown module "${m}": not a module of this team's projects` });
    }),
  );
  return { byName, problems };
}

function itemData(it: WorkItemInput) {
  return {
    title: it.title,
    externalKey: it.externalKey,
    url: it.url,
    estimate: it.estimate,
    type: it.type,
    category: it.type === "debt" ? it.category : null,
    status: it.status,
  };
}

async function setModules(tx: Tx, orgId: string, workItemId: string, moduleIds: string[]) {
  await tx.workItemModule.deleteMany({ where: { orgId, workItemId } });
  if (moduleIds.length) await tx.workItemModule.createMany({ data: moduleIds.map((moduleId) => ({ orgId, workItemId, moduleId })), skipDuplicates: true });
}

/**
 * Adds items to a sprint in one transaction: an item whose externalKey already exists in
 * the sprint is updated instead, so a tracker sync is idempotent. Nothing is written when
 * any item names an unknown module.
 */
export function upsertItems(actor: Actor, orgId: string, sprintId: string, items: WorkItemInput[], via: "form" | "csv" | "api" | "demo"): Promise<ItemsResult> {
  return prisma.$transaction(async (tx) => {
    const sprint = await tx.sprint.findFirst({ where: { orgId, id: sprintId }, select: { id: true, teamId: true, name: true } });
    if (!sprint) return { ok: false, status: "not_found" };
    const { byName, problems } = await resolveModules(tx, orgId, sprint.teamId, items);
    if (problems.length) return { ok: false, status: "invalid", problems };
    let created = 0;
    let updated = 0;
    const ids: string[] = [];
    // One read for every key of the batch, not one per item (a tracker sync sends hundreds).
    const keys = items.flatMap((it) => (it.externalKey ? [it.externalKey] : []));
    const existingByKey = new Map(
      keys.length
        ? (await tx.workItem.findMany({ where: { orgId, sprintId, externalKey: { in: keys } }, select: { id: true, externalKey: true } })).map((r) => [r.externalKey!, r.id])
        : [],
    );
    for (const it of items) {
      const moduleIds = it.modules.flatMap((m) => byName.get(m) ?? []);
      const existing = it.externalKey ? existingByKey.get(it.externalKey) : undefined;
      let id: string;
      if (existing) {
        await tx.workItem.updateMany({ where: { orgId, id: existing }, data: itemData(it) });
        id = existing;
        updated++;
      } else {
        id = (await tx.workItem.create({ data: { orgId, sprintId, ...itemData(it) }, select: { id: true } })).id;
        // A key repeated later in the same batch updates this item, as it would in a later batch.
        if (it.externalKey) existingByKey.set(it.externalKey, id);
        created++;
      }
      await setModules(tx, orgId, id, moduleIds);
      ids.push(id);
    }
    // One entry per batch (a sync sends hundreds of items); the first keys or titles name it.
    const named = items.slice(0, 20).map((it) => it.externalKey ?? it.title);
    await writeAudit(tx, orgId, actor, "item.save", sprint.name, { via, created, updated, items: named, more: Math.max(0, items.length - named.length) });
    return { ok: true, created, updated, ids };
  });
}

/** Changes only status and estimate, the two things edited in the planning table. */
export function setItemProgress(
  actor: Actor, orgId: string, teamId: string, sprintId: string, itemId: string, patch: { status: WorkItemInput["status"]; estimate: number | null },
): Promise<boolean> {
  return prisma.$transaction(async (tx) => {
    const where = { orgId, id: itemId, sprintId, sprint: { orgId, teamId } };
    const before = await tx.workItem.findFirst({ where, select: { title: true, externalKey: true, status: true, estimate: true } });
    if (!before) return false;
    const { count } = await tx.workItem.updateMany({ where, data: patch });
    if (count) {
      await writeAudit(tx, orgId, actor, "item.progress", before.externalKey ?? before.title, {
        sprintId, status: { from: before.status, to: patch.status }, estimate: { from: before.estimate, to: patch.estimate },
      });
    }
    return count > 0;
  });
}

export function deleteItem(actor: Actor, orgId: string, teamId: string, sprintId: string, itemId: string): Promise<boolean> {
  return prisma.$transaction(async (tx) => {
    const where = { orgId, id: itemId, sprintId, sprint: { orgId, teamId } };
    const item = await tx.workItem.findFirst({ where, select: { title: true, externalKey: true, status: true } });
    if (!item) return false;
    const { count } = await tx.workItem.deleteMany({ where });
    if (count) await writeAudit(tx, orgId, actor, "item.delete", item.externalKey ?? item.title, { sprintId, title: item.title, status: item.status });
    return count > 0;
  });
}
