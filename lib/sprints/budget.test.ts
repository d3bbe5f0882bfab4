import { describe, expect, it } from "vitest";
import { computeBudget, sprintEnded, statusOf, type BudgetItem } from "./budget";

const item = (estimate: number | null, type: BudgetItem["type"] = "feature", status: BudgetItem["status"] = "planned"): BudgetItem => ({ estimate, type, status });

describe("computeBudget", () => {
  it("gives no share and no status for an empty sprint", () => {
    const b = computeBudget([], { target: 0.2, ended: false });
    expect(b.planned).toEqual({ total: 0, debt: 0, debtShare: null, items: 0, unestimated: 0 });
    expect(b.status).toBeNull();
  });

  it("computes planned share over items not dropped and done share over done items", () => {
    const b = computeBudget(
      [item(3, "debt", "done"), item(5, "feature", "done"), item(2, "debt"), item(10, "feature"), item(8, "debt", "dropped")],
      { target: 0.2, ended: false },
    );
    expect(b.planned.debtShare).toBeCloseTo(5 / 20);
    expect(b.done.debtShare).toBeCloseTo(3 / 8);
    expect(b.dropped).toBe(1);
    expect(b.basis).toBe("planned");
    expect(b.status).toBe("on_target");
    expect(b.doneStatus).toBe("above_target");
  });

  it("lists items without estimates instead of weighing them", () => {
    const b = computeBudget([item(null, "debt"), item(null)], { target: 0.2, ended: false });
    expect(b.planned.debtShare).toBeNull();
    expect(b.planned.unestimated).toBe(2);
    expect(b.status).toBeNull();
  });

  it("has no status when every item is dropped", () => {
    const b = computeBudget([item(3, "debt", "dropped"), item(5, "feature", "dropped")], { target: 0.2, ended: true });
    expect(b.planned.items).toBe(0);
    expect(b.status).toBeNull();
    expect(b.dropped).toBe(2);
  });

  it("judges an ended sprint on done work, or on the plan when nothing was done", () => {
    const items = [item(1, "debt", "done"), item(9, "feature", "done"), item(4, "debt")];
    expect(computeBudget(items, { target: 0.2, ended: true })).toMatchObject({ basis: "done", status: "below_target" });
    expect(computeBudget([item(1, "debt"), item(2)], { target: 0.2, ended: true })).toMatchObject({ basis: "planned", status: "above_target" });
  });

  it("counts zero estimates as estimated and bugs as non-debt", () => {
    const b = computeBudget([item(0, "debt"), item(4, "bug")], { target: 0.2, ended: false });
    expect(b.planned).toMatchObject({ total: 4, debt: 0, debtShare: 0, unestimated: 0 });
    expect(b.status).toBe("below_target");
  });
});

describe("statusOf", () => {
  it("treats the tolerance edges as on target", () => {
    expect(statusOf(0.15, 0.2)).toBe("on_target");
    expect(statusOf(0.25, 0.2)).toBe("on_target");
    expect(statusOf(0.1499, 0.2)).toBe("below_target");
    expect(statusOf(0.2501, 0.2)).toBe("above_target");
  });
});

describe("sprintEnded", () => {
  it("ends after the whole last day", () => {
    const end = new Date("2026-11-13T00:00:00Z");
    expect(sprintEnded(end, new Date("2026-11-13T23:59:59Z"))).toBe(false);
    expect(sprintEnded(end, new Date("2026-11-14T00:00:00Z"))).toBe(true);
  });
});
