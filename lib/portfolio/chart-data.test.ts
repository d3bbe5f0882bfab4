import { describe, expect, it } from "vitest";
import { DEFAULT_DEBT_MODEL } from "@/lib/debt/schema";
import { teamAdherence } from "./adherence";
import { adherenceChartData, categoryMixChartData } from "./chart-data";
import { orgTotal, projectRows, type ProjectInput } from "./projects";

const v = (test: number, docs: number, lines = 100) => ({
  scannedAt: new Date("2026-11-16T00:00:00Z"),
  lines,
  testDebt: test,
  docsDebt: docs,
  complexityDebt: 0,
  duplicationDebt: 0,
  totalDebt: test + docs,
});

describe("categoryMixChartData", () => {
  it("gives percentages per project with the organization first, skipping projects without a scan or without debt", () => {
    const inputs: ProjectInput[] = [
      { slug: "a", name: "A", latest: v(30, 10), then: null },
      { slug: "b", name: "B", latest: v(0, 60), then: null },
      { slug: "c", name: "C", latest: null, then: null },
      { slug: "d", name: "D", latest: v(0, 0), then: null },
    ];
    const data = categoryMixChartData(projectRows(inputs, DEFAULT_DEBT_MODEL), orgTotal(inputs, DEFAULT_DEBT_MODEL));
    expect(data).toEqual([
      { name: "Organization", minutes: 100, test: 30, docs: 70, complexity: 0, duplication: 0 },
      { name: "A", minutes: 40, test: 75, docs: 25, complexity: 0, duplication: 0 },
      { name: "B", minutes: 60, test: 0, docs: 100, complexity: 0, duplication: 0 },
    ]);
  });
});

describe("adherenceChartData", () => {
  it("turns shares into percentages and keeps unjudged teams as null", () => {
    const now = new Date("2026-11-21T00:00:00Z");
    const items = [
      { estimate: 1, type: "debt" as const, status: "done" as const },
      { estimate: 1, type: "feature" as const, status: "done" as const },
    ];
    const judged = teamAdherence({ slug: "a", name: "A", budgetTarget: 0.2, sprints: [{ name: "S", startDate: new Date("2026-10-01"), endDate: new Date("2026-10-14"), budgetTarget: 0.2, items }] }, 6, now);
    const empty = teamAdherence({ slug: "b", name: "B", budgetTarget: 0.25, sprints: [] }, 6, now);
    expect(adherenceChartData([judged, empty])).toEqual([
      { name: "A", onTarget: 0, meanShare: 50, target: 20 },
      { name: "B", onTarget: null, meanShare: null, target: 25 },
    ]);
  });
});
