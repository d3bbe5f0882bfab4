import { describe, expect, it } from "vitest";
import { POST as postSprintRoute } from "@/app/api/v1/sprints/route";
import { POST as postItemsRoute } from "@/app/api/v1/sprints/[id]/items/route";
import { GET as getBudgetRoute } from "@/app/api/v1/sprints/[id]/budget/route";
import { prisma } from "@/lib/db/client";
import { createTeam, updateTeam } from "@/lib/teams/mutations";
import { orgWithProject } from "@/test/fixtures";
import { importCsv } from "./csv-import";
import { createOrGetSprint, deleteItem, setItemProgress, upsertItems } from "./mutations";
import { workItemInputSchema } from "./schema";

const actor = { id: null, email: "command line" };

async function setup() {
  const acme = await orgWithProject("acme", "shop");
  await prisma.module.createMany({
    data: [
      { orgId: acme.orgId, projectId: acme.projectId, name: "billing", path: "src/billing" },
      { orgId: acme.orgId, projectId: acme.projectId, name: "auth", path: "src/auth" },
    ],
  });
  expect(await createTeam(actor, acme.orgId, { slug: "platform", name: "Platform", budgetTarget: 0.25, projects: ["shop"] })).toEqual({ status: "ok", slug: "platform" });
  const team = (await prisma.team.findFirstOrThrow({ where: { orgId: acme.orgId, slug: "platform" } }))!;
  return { acme, team };
}

const item = (over: Record<string, unknown>) => workItemInputSchema.parse({ title: "x", ...over });

const req = (token: string, method: string, body?: unknown) =>
  new Request("http://paydown.test/api/v1/sprints", {
    method,
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
const params = (id: string) => ({ params: Promise.resolve({ id }) });

describe("teams", () => {
  it("writes an audit event per change and refuses unknown projects", async () => {
    const { acme } = await setup();
    expect(await createTeam(actor, acme.orgId, { slug: "growth", name: "Growth", budgetTarget: 0.2, projects: ["nope"] })).toEqual({ status: "unknown_projects", slugs: ["nope"] });
    expect(await updateTeam(actor, acme.orgId, "platform", { slug: "core", name: "Core", budgetTarget: 0.3, projects: [] })).toEqual({ status: "ok", slug: "core" });
    expect(await prisma.teamProject.count({ where: { orgId: acme.orgId } })).toBe(0);
    const events = await prisma.auditEvent.findMany({ where: { orgId: acme.orgId, action: { startsWith: "team." } }, orderBy: { createdAt: "asc" } });
    expect(events.map((e) => [e.action, e.target])).toEqual([
      ["team.create", "platform"],
      ["team.update", "core"],
    ]);
    expect(await updateTeam(actor, acme.orgId, "platform", { slug: "x1", name: "x", budgetTarget: 0.2, projects: [] })).toEqual({ status: "not_found" });
  });
});

describe("sprint mutations", () => {
  it("takes the team's target by default and is idempotent by name", async () => {
    const { acme, team } = await setup();
    const input = { name: "S1", startDate: "2026-11-02", endDate: "2026-11-13", capacity: 40, unit: "points" as const };
    const a = await createOrGetSprint(actor, acme.orgId, team, input);
    const b = await createOrGetSprint(actor, acme.orgId, team, { ...input, capacity: 10 });
    expect(a.created).toBe(true);
    expect(b).toEqual({ id: a.id, created: false });
    expect(await prisma.sprint.findFirstOrThrow({ where: { id: a.id } })).toMatchObject({ budgetTarget: 0.25, capacity: 40 });
  });

  it("upserts items by key, links modules by name and writes nothing when any module is unknown", async () => {
    const { acme, team } = await setup();
    const { id } = await createOrGetSprint(actor, acme.orgId, team, { name: "S1", startDate: "2026-11-02", endDate: "2026-11-13", capacity: null, unit: "points" });
    const first = await upsertItems(actor, acme.orgId, id, [item({ externalKey: "PAY-1", type: "debt", category: "test", modules: ["billing", "auth"], estimate: 2 }), item({ title: "no key" })], "api");
    expect(first).toMatchObject({ ok: true, created: 2, updated: 0 });
    const again = await upsertItems(actor, acme.orgId, id, [item({ externalKey: "PAY-1", title: "renamed", modules: ["auth"], estimate: 5 })], "api");
    expect(again).toMatchObject({ ok: true, created: 0, updated: 1 });
    const rows = await prisma.workItem.findMany({ where: { sprintId: id }, include: { modules: { include: { module: true } } }, orderBy: { createdAt: "asc" } });
    expect(rows.map((r) => [r.externalKey, r.title, r.estimate, r.type, r.category, r.modules.map((m) => m.module.name)])).toEqual([
      ["PAY-1", "renamed", 5, "feature", null, ["auth"]],
      [null, "no key", null, "feature", null, []],
    ]);

    const bad = await upsertItems(actor, acme.orgId, id, [item({ externalKey: "PAY-2" }), item({ externalKey: "PAY-1", title: "changed", modules: ["billing", "ghost"] })], "api");
    expect(bad).toEqual({ ok: false, status: "invalid", problems: [{ index: 1, path: "modules.1", message: expect.stringContaining('"ghost"') }] });
    expect(await prisma.workItem.count({ where: { sprintId: id } })).toBe(2);
    expect((await prisma.workItem.findFirstOrThrow({ where: { sprintId: id, externalKey: "PAY-1" } })).title).toBe("renamed");

    // A key repeated inside one batch (a CSV with the same key twice): the later row updates the earlier.
    const twice = await upsertItems(actor, acme.orgId, id, [item({ externalKey: "PAY-3", title: "first" }), item({ externalKey: "PAY-3", title: "second" })], "api");
    expect(twice).toMatchObject({ ok: true, created: 1, updated: 1 });
    expect((await prisma.workItem.findMany({ where: { sprintId: id, externalKey: "PAY-3" } })).map((r) => r.title)).toEqual(["second"]);
  });

  it("does not resolve modules of projects the team does not work on, nor touch other orgs' sprints", async () => {
    const { acme, team } = await setup();
    const other = await orgWithProject("other", "web");
    await prisma.module.create({ data: { orgId: other.orgId, projectId: other.projectId, name: "checkout", path: "src/checkout" } });
    const { id } = await createOrGetSprint(actor, acme.orgId, team, { name: "S1", startDate: "2026-11-02", endDate: "2026-11-13", capacity: null, unit: "points" });
    expect(await upsertItems(actor, acme.orgId, id, [item({ modules: ["checkout"] })], "api")).toMatchObject({ ok: false, status: "invalid" });
    expect(await upsertItems(actor, other.orgId, id, [item({})], "api")).toEqual({ ok: false, status: "not_found" });
    const done = await upsertItems(actor, acme.orgId, id, [item({ externalKey: "K" })], "api");
    const itemId = done.ok ? done.ids[0] : "";
    expect(await setItemProgress(actor, other.orgId, team.id, id, itemId, { status: "done", estimate: 1 })).toBe(false);
    expect(await deleteItem(actor, other.orgId, team.id, id, itemId)).toBe(false);
    expect(await setItemProgress(actor, acme.orgId, team.id, id, itemId, { status: "done", estimate: 1 })).toBe(true);
    expect(await deleteItem(actor, acme.orgId, team.id, id, itemId)).toBe(true);
  });

  it("audits sprint and item changes in their own transaction, and nothing for refused ones", async () => {
    const { acme, team } = await setup();
    const other = await orgWithProject("other", "web");
    const { id } = await createOrGetSprint(actor, acme.orgId, team, { name: "S9", startDate: "2026-11-02", endDate: "2026-11-13", capacity: 20, unit: "points" });
    // The same name again changes nothing, so it is not audited again.
    await createOrGetSprint(actor, acme.orgId, team, { name: "S9", startDate: "2026-11-02", endDate: "2026-11-13", capacity: 30, unit: "points" });
    const saved = await upsertItems(actor, acme.orgId, id, [item({ externalKey: "PAY-7", estimate: 3 }), item({ title: "no key" })], "csv");
    expect(await upsertItems(actor, acme.orgId, id, [item({ externalKey: "PAY-8", modules: ["ghost"] })], "form")).toMatchObject({ ok: false });
    const itemId = saved.ok ? saved.ids[0] : "";
    expect(await setItemProgress(actor, other.orgId, team.id, id, itemId, { status: "done", estimate: 1 })).toBe(false);
    expect(await setItemProgress(actor, acme.orgId, team.id, id, itemId, { status: "in_progress", estimate: 5 })).toBe(true);
    expect(await deleteItem(actor, acme.orgId, team.id, id, itemId)).toBe(true);
    expect(await deleteItem(actor, acme.orgId, team.id, id, itemId)).toBe(false);
    const events = await prisma.auditEvent.findMany({ where: { orgId: acme.orgId, action: { in: ["sprint.create", "item.save", "item.progress", "item.delete"] } } });
    // Same-millisecond timestamps cannot order them: one of each is the point.
    const byAction = new Map(events.map((e) => [e.action, e]));
    expect(events.map((e) => [e.action, e.target, e.actorEmail]).sort()).toEqual([
      ["item.delete", "PAY-7", "command line"],
      ["item.progress", "PAY-7", "command line"],
      ["item.save", "S9", "command line"],
      ["sprint.create", "S9", "command line"],
    ]);
    expect(byAction.get("sprint.create")!.details).toMatchObject({ capacity: 20, startDate: "2026-11-02", unit: "points" });
    expect(byAction.get("item.save")!.details).toEqual({ via: "csv", created: 2, updated: 0, items: ["PAY-7", "no key"], more: 0 });
    expect(byAction.get("item.progress")!.details).toMatchObject({ status: { from: "planned", to: "in_progress" }, estimate: { from: 3, to: 5 } });
    expect(await prisma.auditEvent.count({ where: { orgId: other.orgId, action: { startsWith: "item." } } })).toBe(0);
  });

  it("stores what a Jira CSV preview lists", async () => {
    const { acme, team } = await setup();
    const { id } = await createOrGetSprint(actor, acme.orgId, team, { name: "Sprint 14", startDate: "2026-11-02", endDate: "2026-11-13", capacity: null, unit: "points" });
    const preview = importCsv("Issue key,Summary,Status,Story Points,Labels\nPAY-1,a,Done,3,debt:complexity\nPAY-2,b,To Do,5,\n", { sprintName: "Sprint 14" });
    expect(await upsertItems(actor, acme.orgId, id, preview.items.map((r) => r.item), "csv")).toMatchObject({ ok: true, created: 2 });
    expect(await prisma.workItem.count({ where: { sprintId: id, type: "debt", category: "complexity", status: "done" } })).toBe(1);
  });
});

describe("sync API, as in the issue", () => {
  it("creates a sprint, adds items and reads the budget", async () => {
    const { acme } = await setup();
    const created = await postSprintRoute(req(acme.token, "POST", { name: "Sprint 14", startDate: "2026-11-02", endDate: "2026-11-13", capacity: 40, unit: "points", budgetTarget: 0.2 }));
    expect(created.status).toBe(201);
    const { id } = await created.json();
    const items = {
      items: [
        { title: "Split parse_config", estimate: 3, type: "debt", category: "complexity", status: "done", externalKey: "PAY-12", modules: ["billing"] },
        { title: "Coupons", estimate: 8, type: "feature", status: "done", externalKey: "PAY-13" },
        { title: "Cover auth", estimate: 3, type: "debt", category: "test", status: "planned", externalKey: "PAY-14", modules: ["auth"] },
        { title: "Spike", estimate: 5, type: "other", status: "dropped", externalKey: "PAY-15" },
      ],
    };
    const added = await postItemsRoute(req(acme.token, "POST", items), params(id));
    expect(added.status).toBe(201);
    expect(await added.json()).toMatchObject({ created: 4, updated: 0 });
    // The same sync again changes nothing new.
    const repeat = await postItemsRoute(req(acme.token, "POST", items), params(id));
    expect(repeat.status).toBe(200);
    expect(await prisma.workItem.count({ where: { sprintId: id } })).toBe(4);
    // Changes made with a project token are audited under the token (project and prefix).
    const audited = await prisma.auditEvent.findMany({ where: { orgId: acme.orgId, action: { in: ["sprint.create", "item.save"] } }, select: { action: true, actorId: true, actorEmail: true, details: true } });
    expect(audited).toHaveLength(3);
    for (const e of audited) expect(e).toMatchObject({ actorId: null, actorEmail: expect.stringMatching(/^project token shop\/pd_/) });
    expect(audited.filter((e) => e.action === "item.save").map((e) => (e.details as { created: number; updated: number }).updated).sort()).toEqual([0, 4]);

    const budget = await getBudgetRoute(req(acme.token, "GET"), params(id));
    expect(budget.status).toBe(200);
    const body = await budget.json();
    expect(body).toMatchObject({ target: 0.2, planned: { debt: 6, total: 14 }, done: { debt: 3, total: 11 }, dropped: 1 });
    expect(body.planned.debtShare).toBeCloseTo(6 / 14);
    expect(body.done.debtShare).toBeCloseTo(3 / 11);
    expect(["below_target", "on_target", "above_target"]).toContain(body.status);
  });

  it("answers validation errors in the one error shape, naming the field", async () => {
    const { acme } = await setup();
    const { id } = await (await postSprintRoute(req(acme.token, "POST", { name: "S", startDate: "2026-11-02", endDate: "2026-11-13" }))).json();
    const res = await postItemsRoute(req(acme.token, "POST", { items: [{ title: "a", type: "feature", category: "docs" }] }), params(id));
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ error: { code: "invalid_items", message: expect.stringContaining("items.0.category"), issues: [{ path: "items.0.category", message: "only debt items have a category" }] } });
  });
});
