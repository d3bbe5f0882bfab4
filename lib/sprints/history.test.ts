import { describe, expect, it } from "vitest";
import type { BudgetItem } from "./budget";
import { sprintHistory, type HistorySprint } from "./history";

const NOW = new Date("2026-11-21T12:00:00Z");
const d = (s: string) => new Date(`${s}T00:00:00Z`);
const debt = (estimate: number | null, status: BudgetItem["status"] = "done"): BudgetItem => ({ estimate, type: "debt", status });
const feat = (estimate: number | null, status: BudgetItem["status"] = "done"): BudgetItem => ({ estimate, type: "feature", status });
const sprint = (name: string, start: string, end: string, items: BudgetItem[], budgetTarget = 0.2): HistorySprint => ({
  id: name,
  name,
  startDate: d(start),
  endDate: d(end),
  budgetTarget,
  items,
});

describe("sprintHistory", () => {
  it("shows started sprints oldest first as percentages, with the gap of ended ones summed", () => {
    const h = sprintHistory(
      [
        sprint("S3", "2026-11-16", "2026-11-27", [debt(1, "planned"), feat(3, "planned")]),
        sprint("S1", "2026-10-19", "2026-10-30", [debt(2), feat(8)]),
        sprint("S2", "2026-11-02", "2026-11-13", [debt(1), feat(9), debt(5, "planned")]),
        sprint("S4 (future)", "2026-11-30", "2026-12-11", [debt(5)]),
      ],
      6,
      NOW,
    );
    expect(h.points.map((p) => [p.name, p.planned, p.done, p.target, p.gap, p.cumulativeGap, p.ended])).toEqual([
      ["S1", 20, 20, 20, 0, 0, true],
      // done 1 of 10 (10%): 2 points short of 20%; planned counts the unfinished 5 too.
      ["S2", 40, 10, 20, -1, -1, true],
      ["S3", 25, null, 20, null, -1, false],
    ]);
    expect(h.cumulativeGap).toBe(-1);
    expect(h.counted).toBe(2);
  });
  it("keeps only the last n", () => {
    const many = Array.from({ length: 8 }, (_, i) => sprint(`S${i + 1}`, `2026-0${i + 1}-01`, `2026-0${i + 1}-10`, [debt(3), feat(7)]));
    const h = sprintHistory(many, 3, NOW);
    expect(h.points.map((p) => p.name)).toEqual(["S6", "S7", "S8"]);
    expect(h.cumulativeGap).toBe(3);
  });
  it("handles no sprints, sprints without estimates and all-dropped sprints", () => {
    expect(sprintHistory([], 6, NOW)).toEqual({ points: [], cumulativeGap: 0, counted: 0 });
    const h = sprintHistory(
      [sprint("empty", "2026-10-01", "2026-10-10", []), sprint("no est", "2026-10-11", "2026-10-20", [debt(null), feat(null)]), sprint("dropped", "2026-10-21", "2026-10-30", [debt(3, "dropped")])],
      6,
      NOW,
    );
    expect(h.points.map((p) => [p.planned, p.done, p.gap])).toEqual([
      [null, null, null],
      [null, null, null],
      [null, null, null],
    ]);
    expect(h.cumulativeGap).toBe(0);
  });
  it("uses each sprint's own target", () => {
    const h = sprintHistory([sprint("S", "2026-10-01", "2026-10-10", [debt(3), feat(7)], 0.5)], 6, NOW);
    expect(h.points[0]).toMatchObject({ target: 50, done: 30, gap: -2 });
  });
});
