import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { DEFAULT_DEBT_MODEL } from "@/lib/debt/schema";
import { ingestScan } from "@/lib/ingest/mutations";
import { sampleScanDocument } from "@/lib/ingest/sample-document";
import { scanDocumentSchema } from "@/lib/ingest/schema";
import { orgWithProject } from "@/test/fixtures";
import { teamForecasts, teamPayoff } from "./forecasts";
import { setForecastTarget } from "./mutations";

const ACTOR = { id: null, email: "test" };
const NOW = new Date("2026-11-20T12:00:00Z");
// Four two-week sprints; billing's coverage rises 100 lines (of 1800) a sprint; the last one fixes the flaky test.
const SPRINTS = [
  { name: "S1", start: "2026-09-21", end: "2026-10-04", covered: 1200 },
  { name: "S2", start: "2026-10-05", end: "2026-10-18", covered: 1300 },
  { name: "S3", start: "2026-10-19", end: "2026-11-01", covered: 1400 },
  { name: "S4", start: "2026-11-02", end: "2026-11-15", covered: 1500 },
];

async function history() {
  const { orgId, projectId } = await orgWithProject();
  const team = await prisma.team.create({ data: { orgId, slug: "platform", name: "Platform", projects: { create: { orgId, projectId } } } });
  const sprints = [];
  for (const [i, s] of SPRINTS.entries()) {
    sprints.push(await prisma.sprint.create({ data: { orgId, teamId: team.id, name: s.name, startDate: new Date(s.start), endDate: new Date(s.end), budgetTarget: 0.2 } }));
    const doc = sampleScanDocument(String(i + 1).repeat(40));
    doc.scannedAt = `${s.end}T12:00:00Z`;
    doc.modules[0].test.coverage!.coveredLines = s.covered;
    if (s.name === "S4") doc.modules[0].findings = doc.modules[0].findings!.filter((f) => f.kind !== "flaky-test");
    await ingestScan({ orgId, projectId }, scanDocumentSchema.parse(doc), DEFAULT_DEBT_MODEL);
  }
  // A sprint still running is neither rolled up nor fitted.
  await prisma.sprint.create({ data: { orgId, teamId: team.id, name: "S5", startDate: new Date("2026-11-16"), endDate: new Date("2026-11-29"), budgetTarget: 0.2 } });
  const billing = await prisma.module.findFirstOrThrow({ where: { orgId, name: "billing" } });
  return { orgId, team, sprints, billing };
}

describe("team forecasts", () => {
  it("fits the metric at each ended sprint's end and projects when it meets the target, or says it never will", async () => {
    const { orgId, team, billing } = await history();
    await setForecastTarget(ACTOR, orgId, team.id, { module: billing.id, metric: "coverage", category: "test", target: 90 });
    await setForecastTarget(ACTOR, orgId, team.id, { module: billing.id, metric: "maxCcn", category: "complexity", target: 15 });
    await setForecastTarget(ACTOR, orgId, team.id, { module: billing.id, metric: "debtMinutes", category: "docs", target: 10 });

    const { forecasts, sprints } = await teamForecasts(orgId, team.id, DEFAULT_DEBT_MODEL, 6, NOW);
    expect(sprints).toBe(4);
    const by = Object.fromEntries(forecasts.map((f) => [f.metric, f]));
    // 66.7 → 83.3 % by 5.56 points a sprint: 88.9 % after one more sprint, 90 % within the second.
    expect(by.coverage.forecast).toMatchObject({ state: "reaches", sprints: 2 });
    expect(by.coverage.chart.map((r) => r.label)).toEqual(["S1", "S2", "S3", "S4", "forecast"]);
    expect(by.coverage.chart[3].actual).toBeCloseTo(83.33, 1);
    expect(by.maxCcn.forecast.state).toBe("never");
    // vat_rate undocumented: 5 minutes of docs debt, within the 10-minute target.
    expect(by.debtMinutes.forecast).toEqual({ state: "met", current: 5 });

    // N in the URL: the last two sprints are too few to fit.
    const short = await teamForecasts(orgId, team.id, DEFAULT_DEBT_MODEL, 2, NOW);
    expect(short.forecasts.find((f) => f.metric === "coverage")?.forecast).toEqual({ state: "too_few_points", points: 2, needed: 3 });
  });
});

describe("team payoff", () => {
  it("rolls up paid minutes per point of done debt work for ended sprints", async () => {
    const { orgId, team, sprints, billing } = await history();
    await prisma.workItem.create({
      data: { orgId, sprintId: sprints[3].id, title: "Fix the flaky webhook test", estimate: 2, type: "debt", category: "test", status: "done", modules: { create: { orgId, moduleId: billing.id } } },
    });
    const { rows, overall } = await teamPayoff(orgId, team.id, 8, NOW);
    expect(rows.map((r) => [r.name, r.spent, r.paid, r.paidPerUnit])).toEqual([
      ["S1", 0, null, null],
      ["S2", 0, null, null],
      ["S3", 0, null, null],
      ["S4", 2, 30, 15],
    ]);
    expect(overall).toEqual([{ unit: "points", paid: 30, spent: 2, paidPerUnit: 15 }]);
  });
});
