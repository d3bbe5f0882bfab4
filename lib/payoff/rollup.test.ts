import { describe, expect, it } from "vitest";
import { diffPaydown, type PaydownDiff } from "./paydown-diff";
import { payoffRollup, rollupChartData, scanCutoffs } from "./rollup";

const compared = (paid: number, added: number): PaydownDiff => ({
  ...diffPaydown({ modules: [], linked: [], projects: {} }),
  state: "compared",
  paidTotal: paid,
  addedTotal: added,
  net: added - paid,
});
const waiting: PaydownDiff = { ...diffPaydown({ modules: [], linked: [], projects: {} }), state: "waiting" };
const d = (day: number) => new Date(Date.UTC(2026, 10, day));

describe("scanCutoffs", () => {
  it("includes the whole start day and the whole day after the end", () => {
    const c = scanCutoffs({ startDate: d(2), endDate: d(13) });
    expect(c.startBefore.toISOString()).toBe("2026-11-03T00:00:00.000Z");
    expect(c.endBefore.toISOString()).toBe("2026-11-15T00:00:00.000Z");
  });
});

describe("payoffRollup", () => {
  it("divides paid minutes by done debt estimates and skips sprints not compared from the overall rate", () => {
    const { rows, overall } = payoffRollup([
      {
        id: "b",
        name: "S2",
        endDate: d(27),
        unit: "points",
        items: [
          { estimate: 2, type: "debt", status: "done" },
          { estimate: 3, type: "debt", status: "planned" },
          { estimate: 8, type: "feature", status: "done" },
        ],
        diff: compared(300, 60),
      },
      { id: "a", name: "S1", endDate: d(13), unit: "points", items: [{ estimate: 5, type: "debt", status: "done" }], diff: waiting },
      { id: "c", name: "S3", endDate: d(30), unit: "points", items: [], diff: compared(0, 40) },
    ]);
    expect(rows.map((r) => [r.name, r.spent, r.paid, r.net, r.paidPerUnit])).toEqual([
      ["S1", 5, null, null, null],
      ["S2", 2, 300, -240, 150],
      ["S3", 0, 0, 40, null],
    ]);
    expect(overall).toEqual([{ unit: "points", paid: 300, spent: 2, paidPerUnit: 150 }]);
    expect(rollupChartData(rows)).toEqual([
      { name: "S2", paid: 5, added: 1, paidPerUnit: 150 },
      { name: "S3", paid: 0, added: 0.7, paidPerUnit: null },
    ]);
  });
  it("is empty for a team without sprints", () => {
    expect(payoffRollup([])).toEqual({ rows: [], overall: [] });
  });
});
