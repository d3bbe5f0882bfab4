import { describe, expect, it } from "vitest";
import { GET as getBudget } from "@/app/api/v1/sprints/[id]/budget/route";
import { prisma } from "@/lib/db/client";
import { DEFAULT_DEBT_MODEL } from "@/lib/debt/schema";
import { ingestScan } from "@/lib/ingest/mutations";
import { sampleScanDocument } from "@/lib/ingest/sample-document";
import { scanDocumentSchema, type ScanDocumentInput } from "@/lib/ingest/schema";
import { orgWithProject } from "@/test/fixtures";
import { findTeamSprint } from "./data";
import { addSuggestedItem, deleteForecastTarget, setForecastTarget } from "./mutations";
import { paydownField, paydownOf, suggestionsFor } from "./paydown";

const ACTOR = { id: null, email: "test" };
const START_SHA = "1111111111111111111111111111111111111111";
const END_SHA = "2222222222222222222222222222222222222222";

/** The sample scan the day before the sprint starts. */
function startDoc(): ScanDocumentInput {
  const d = sampleScanDocument(START_SHA);
  d.scannedAt = "2026-11-01T09:00:00Z";
  return d;
}

/** The morning after the sprint's last day: Invoice.render was split, a new symbol went undocumented. */
function endDoc(): ScanDocumentInput {
  const d = sampleScanDocument(END_SHA);
  d.scannedAt = "2026-11-14T08:00:00Z";
  const billing = d.modules[0];
  billing.findings = billing.findings!.filter((f) => f.kind !== "complex-function");
  billing.findings.push({ category: "docs", kind: "undocumented-symbol", file: "src/billing/tax.py", startLine: 30, endLine: 30, symbol: "vat_total", value: 1 });
  return d;
}

async function world() {
  const { orgId, projectId, token } = await orgWithProject();
  const team = await prisma.team.create({ data: { orgId, slug: "platform", name: "Platform", projects: { create: { orgId, projectId } } } });
  const sprint = await prisma.sprint.create({
    data: { orgId, teamId: team.id, name: "Sprint 14", startDate: new Date("2026-11-02"), endDate: new Date("2026-11-13"), capacity: 40, budgetTarget: 0.2 },
  });
  const ingest = (doc: ScanDocumentInput) => ingestScan({ orgId, projectId }, scanDocumentSchema.parse(doc), DEFAULT_DEBT_MODEL);
  return { orgId, projectId, token, team, sprint, ingest };
}

const sprintOf = async (orgId: string, teamId: string, id: string) => (await findTeamSprint(orgId, teamId, id))!;

describe("pay down next", () => {
  it("ranks the latest scan's findings by interest and adds one to the sprint once, linked by fingerprint", async () => {
    const { orgId, projectId, team, sprint, ingest } = await world();
    await ingest(startDoc());
    const s = await sprintOf(orgId, team.id, sprint.id);
    const { findings, modules } = await suggestionsFor(orgId, [projectId], s);
    // billing changes often (37 commits, 4 bug fixes: weight 5.5); its 480-minute uncovered file leads.
    expect(findings[0]).toMatchObject({ kind: "uncovered-file", moduleName: "billing", minutes: 480, interest: 2640, estimate: 2, inSprint: false });
    const render = findings.find((f) => f.kind === "complex-function")!;
    expect(render).toMatchObject({ minutes: 75, interest: 413, estimate: 0.5, title: "Simplify Invoice.render (billing)" });
    expect(modules[0]).toMatchObject({ moduleName: "billing", category: "test" });

    const first = await addSuggestedItem(ACTOR, orgId, team.id, { sprint: sprint.id, fingerprint: render.fingerprint });
    expect(first.status).toBe("created");
    const again = await addSuggestedItem(ACTOR, orgId, team.id, { sprint: sprint.id, fingerprint: render.fingerprint });
    expect(again).toEqual({ status: "exists", itemId: first.status === "created" ? first.itemId : "" });
    // Audited once: the second click added nothing.
    const audited = await prisma.auditEvent.findMany({ where: { orgId, action: "item.add" }, select: { target: true, actorEmail: true, details: true } });
    expect(audited).toEqual([{ target: "Simplify Invoice.render (billing)", actorEmail: ACTOR.email, details: { sprintId: sprint.id, fingerprint: render.fingerprint } }]);

    const item = await prisma.workItem.findFirstOrThrow({ where: { sprintId: sprint.id }, include: { modules: { include: { module: true } }, findings: true } });
    expect(item).toMatchObject({ type: "debt", category: "complexity", estimate: 0.5, status: "planned", title: "Simplify Invoice.render (billing)" });
    expect(item.modules.map((m) => m.module.name)).toEqual(["billing"]);
    expect(item.findings).toEqual([
      expect.objectContaining({ fingerprint: render.fingerprint, kind: "complex-function", file: "src/billing/invoice.py", symbol: "Invoice.render", remediationMinutes: 75, category: "complexity" }),
    ]);

    const after = await suggestionsFor(orgId, [projectId], await sprintOf(orgId, team.id, sprint.id));
    expect(after.findings.find((f) => f.fingerprint === render.fingerprint)?.inSprint).toBe(true);
  });

  it("keeps one item when the same suggestion is clicked twice at once", async () => {
    const { orgId, projectId, team, sprint, ingest } = await world();
    await ingest(startDoc());
    const { findings } = await suggestionsFor(orgId, [projectId], await sprintOf(orgId, team.id, sprint.id));
    const results = await Promise.all([0, 1].map(() => addSuggestedItem(ACTOR, orgId, team.id, { sprint: sprint.id, fingerprint: findings[1].fingerprint })));
    expect(results.map((r) => r.status).sort()).toEqual(["created", "exists"]);
    expect(await prisma.workItem.count({ where: { sprintId: sprint.id } })).toBe(1);
  });

  it("adds a module's category once, estimated in the sprint's unit", async () => {
    const { orgId, team, sprint, ingest } = await world();
    await prisma.sprint.update({ where: { id: sprint.id }, data: { unit: "hours" } });
    await ingest(startDoc());
    const api = await prisma.module.findFirstOrThrow({ where: { orgId, name: "api" } });
    const first = await addSuggestedItem(ACTOR, orgId, team.id, { sprint: sprint.id, module: api.id, category: "docs" });
    expect(first.status).toBe("created");
    expect((await addSuggestedItem(ACTOR, orgId, team.id, { sprint: sprint.id, module: api.id, category: "docs" })).status).toBe("exists");
    const item = await prisma.workItem.findFirstOrThrow({ where: { sprintId: sprint.id } });
    expect(item).toMatchObject({ title: "Pay down docs debt in api", estimate: 0.5, category: "docs" });
  });

  it("refuses findings not in the team's latest scans and sprints of other teams", async () => {
    const { orgId, team, sprint, ingest } = await world();
    await ingest(startDoc());
    expect(await addSuggestedItem(ACTOR, orgId, team.id, { sprint: sprint.id, fingerprint: "no-such" })).toEqual({ status: "not_found" });
    const other = await prisma.team.create({ data: { orgId, slug: "other", name: "Other" } });
    expect(await addSuggestedItem(ACTOR, orgId, other.id, { sprint: sprint.id, fingerprint: "clone-5be0d1c2a9" })).toEqual({ status: "not_found" });
    // A finding fixed in the latest scan is no longer a suggestion to add.
    await ingest(endDoc());
    const render = await prisma.finding.findFirstOrThrow({ where: { orgId, kind: "complex-function" } });
    expect(await addSuggestedItem(ACTOR, orgId, team.id, { sprint: sprint.id, fingerprint: render.fingerprint })).toEqual({ status: "not_found" });
    expect(await prisma.workItem.count()).toBe(0);
  });
});

describe("what the paydown bought", () => {
  it("compares the start and end-of-sprint scans of the touched modules once the sprint has ended", async () => {
    const { orgId, projectId, token, team, sprint, ingest } = await world();
    await ingest(startDoc());
    const { findings } = await suggestionsFor(orgId, [projectId], await sprintOf(orgId, team.id, sprint.id));
    const render = findings.find((f) => f.kind === "complex-function")!;
    await addSuggestedItem(ACTOR, orgId, team.id, { sprint: sprint.id, fingerprint: render.fingerprint });

    const afterEnd = new Date("2026-11-15T12:00:00Z");
    expect(await paydownField(orgId, sprint.id, new Date("2026-11-10T12:00:00Z"))).toBeNull();
    expect(await paydownField(orgId, sprint.id, afterEnd)).toEqual({ state: "waiting", paid: null, added: null, net: null, byCategory: null });

    await ingest(endDoc());
    const field = await paydownField(orgId, sprint.id, afterEnd);
    expect(field).toMatchObject({ state: "compared", paid: 75, added: 5, net: -70 });
    expect(field?.byCategory?.complexity).toEqual({ paid: 75, added: 0, net: -75 });
    expect(field?.byCategory?.docs).toEqual({ paid: 0, added: 5, net: 5 });

    // The sync API's budget carries the same field (the sprint ended days before "now").
    const res = await getBudget(new Request(`http://paydown.test/api/v1/sprints/${sprint.id}/budget`, { headers: { authorization: `Bearer ${token}` } }), {
      params: Promise.resolve({ id: sprint.id }),
    });
    expect((await res.json()).paydown).toMatchObject({ state: "compared", paid: 75, added: 5, net: -70 });

    const full = await paydownOf(orgId, await sprintOf(orgId, team.id, sprint.id), afterEnd);
    expect(full.resolved.map((f) => f.symbol)).toEqual(["Invoice.render"]);
    expect(full.modules.map((m) => [m.name, m.state])).toEqual([["billing", "compared"]]);
    expect(full.scans[0].start?.scannedAt.toISOString()).toBe("2026-11-01T09:00:00.000Z");
    expect(full.scans[0].end?.scannedAt.toISOString()).toBe("2026-11-14T08:00:00.000Z");
  });

  it("says so when there is no scan at the start, and compares nothing for a sprint without debt modules", async () => {
    const { orgId, team, sprint, ingest } = await world();
    await ingest(endDoc());
    const afterEnd = new Date("2026-11-15T12:00:00Z");
    expect(await paydownField(orgId, sprint.id, afterEnd)).toMatchObject({ state: "no_debt_modules", paid: null });
    const billing = await prisma.module.findFirstOrThrow({ where: { orgId, name: "billing" } });
    await addSuggestedItem(ACTOR, orgId, team.id, { sprint: sprint.id, module: billing.id, category: "docs" });
    expect(await paydownField(orgId, sprint.id, afterEnd)).toMatchObject({ state: "no_start_scan", paid: null });
  });
});

describe("forecast targets", () => {
  it("sets, replaces and deletes a team's target for a module of its projects only", async () => {
    const { orgId, team, ingest } = await world();
    await ingest(startDoc());
    const billing = await prisma.module.findFirstOrThrow({ where: { orgId, name: "billing" } });
    expect(await setForecastTarget(ACTOR, orgId, team.id, { module: billing.id, metric: "coverage", category: "test", target: 80 })).toBe(true);
    expect(await setForecastTarget(ACTOR, orgId, team.id, { module: billing.id, metric: "coverage", category: "test", target: 85 })).toBe(true);
    expect(await setForecastTarget(ACTOR, orgId, team.id, { module: billing.id, metric: "coverage", category: "test", target: 85 })).toBe(true);
    const rows = await prisma.forecastTarget.findMany({ where: { teamId: team.id } });
    expect(rows.map((r) => [r.metric, r.target])).toEqual([["coverage", 85]]);
    const loner = await prisma.team.create({ data: { orgId, slug: "loner", name: "Loner" } });
    expect(await setForecastTarget(ACTOR, orgId, loner.id, { module: billing.id, metric: "coverage", category: "test", target: 80 })).toBe(false);
    expect(await deleteForecastTarget(ACTOR, orgId, loner.id, rows[0].id)).toBe(false);
    expect(await deleteForecastTarget(ACTOR, orgId, team.id, rows[0].id)).toBe(true);
    expect(await prisma.forecastTarget.count()).toBe(0);
    // Each change is audited in the org, once: the repeat of 85 changed nothing.
    const events = await prisma.auditEvent.findMany({ where: { orgId, action: { startsWith: "forecast." } }, select: { action: true, target: true } });
    expect(events.map((e) => `${e.action} ${e.target}`).sort()).toEqual(["forecast.delete billing coverage", "forecast.set billing coverage", "forecast.set billing coverage"]);
  });
});
