import { describe, expect, it } from "vitest";
import { budgetResponse, sprintResponse } from "./budget-response";

const base = {
  id: "s1",
  name: "Sprint 14",
  startDate: new Date("2026-11-02T00:00:00Z"),
  endDate: new Date("2026-11-13T00:00:00Z"),
  capacity: 40,
  unit: "points" as const,
  budgetTarget: 0.2,
  team: { slug: "platform" },
};

describe("budgetResponse", () => {
  it("answers shares as fractions, judged on the plan while the sprint runs", () => {
    const body = budgetResponse(
      { ...base, items: [{ estimate: 6, type: "debt", status: "planned" }, { estimate: 19, type: "feature", status: "done" }, { estimate: 5, type: "debt", status: "dropped" }] },
      new Date("2026-11-10T12:00:00Z"),
    );
    expect(body).toMatchObject({
      sprint: { id: "s1", team: "platform", startDate: "2026-11-02", endDate: "2026-11-13", ended: false },
      target: 0.2,
      tolerance: 0.05,
      planned: { debtShare: 0.24, debt: 6, total: 25 },
      done: { debtShare: 0, total: 19 },
      dropped: 1,
      basis: "planned",
      status: "on_target",
      doneStatus: "below_target",
    });
  });
  it("judges on done work once ended, and says null for an empty sprint", () => {
    const after = new Date("2026-11-14T00:00:00Z");
    expect(budgetResponse({ ...base, items: [{ estimate: 3, type: "debt", status: "done" }, { estimate: 7, type: "feature", status: "done" }, { estimate: 5, type: "feature", status: "planned" }] }, after)).toMatchObject({
      sprint: { ended: true },
      basis: "done",
      status: "above_target",
      plannedStatus: "on_target",
    });
    expect(budgetResponse({ ...base, items: [] }, after)).toMatchObject({ status: null, planned: { debtShare: null }, done: { debtShare: null } });
  });
});

describe("sprintResponse", () => {
  it("gives dates as calendar days", () => {
    expect(sprintResponse(base, true)).toEqual({ id: "s1", name: "Sprint 14", team: "platform", startDate: "2026-11-02", endDate: "2026-11-13", capacity: 40, unit: "points", budgetTarget: 0.2, created: true });
  });
});
