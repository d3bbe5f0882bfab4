import { describe, expect, it } from "vitest";
import type { BudgetItem } from "@/lib/sprints/budget";
import { sprintAdherence, teamAdherence, teamsAdherence, type SprintInput } from "./adherence";

const now = new Date("2026-11-21T12:00:00Z");
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

function items(debt: number, other: number, status: BudgetItem["status"] = "done"): BudgetItem[] {
  return [
    { estimate: debt, type: "debt", status },
    { estimate: other, type: "feature", status },
  ];
}

function sprint(name: string, start: string, end: string, list: BudgetItem[], target = 0.2): SprintInput {
  return { name, startDate: day(start), endDate: day(end), budgetTarget: target, items: list };
}

describe("sprintAdherence", () => {
  it("judges an ended sprint on done work", () => {
    const s = sprintAdherence(sprint("S1", "2026-10-01", "2026-10-14", [...items(2, 8), { estimate: 10, type: "debt", status: "planned" }]), now);
    expect(s).toMatchObject({ ended: true, basis: "done", doneShare: 0.2, status: "on_target" });
    expect(s.plannedShare).toBeCloseTo(12 / 20);
  });

  it("judges a running sprint on its plan", () => {
    const s = sprintAdherence(sprint("S2", "2026-11-16", "2026-11-29", items(1, 9, "planned")), now);
    expect(s).toMatchObject({ ended: false, basis: "planned", plannedShare: 0.1, status: "below_target" });
  });
});

describe("teamAdherence", () => {
  const team = {
    slug: "platform",
    name: "Platform",
    budgetTarget: 0.2,
    sprints: [
      sprint("S4", "2026-11-16", "2026-11-29", items(5, 5, "planned")), // running, above
      sprint("S1", "2026-10-05", "2026-10-18", items(2, 8)), // on
      sprint("S3", "2026-11-02", "2026-11-15", []), // nothing estimated: not judged
      sprint("S2", "2026-10-19", "2026-11-01", items(1, 4)), // 0.2: on
      sprint("S5", "2026-11-30", "2026-12-13", items(2, 8)), // not started
      sprint("S0", "2026-09-21", "2026-10-04", items(0, 10)), // below, but outside the last 4
    ],
  };

  it("takes the last N started sprints, oldest first", () => {
    expect(teamAdherence(team, 4, now).sprints.map((s) => s.name)).toEqual(["S1", "S2", "S3", "S4"]);
  });

  it("counts the share of judged sprints on target, leaving unjudgeable ones out", () => {
    const t = teamAdherence(team, 4, now);
    expect(t.sprints.map((s) => s.status)).toEqual(["on_target", "on_target", null, "above_target"]);
    expect(t).toMatchObject({ judged: 3, onTarget: 2 });
    expect(t.onTargetShare).toBeCloseTo(2 / 3);
    expect(t.meanShare).toBeCloseTo((0.2 + 0.2 + 0.5) / 3);
  });

  it("includes older sprints when N is larger", () => {
    const t = teamAdherence(team, 10, now);
    expect(t.sprints.map((s) => s.name)).toEqual(["S0", "S1", "S2", "S3", "S4"]);
    expect(t).toMatchObject({ judged: 4, onTarget: 2, onTargetShare: 0.5 });
  });

  it("has no share for a team without judged sprints", () => {
    const t = teamAdherence({ ...team, sprints: [] }, 6, now);
    expect(t).toMatchObject({ judged: 0, onTarget: 0, onTargetShare: null, meanShare: null, sprints: [] });
  });

  it("counts a sprint starting today as started", () => {
    const t = teamAdherence({ ...team, sprints: [sprint("Today", "2026-11-21", "2026-12-04", items(2, 8, "planned"))] }, 6, now);
    expect(t.sprints).toHaveLength(1);
  });
});

describe("teamsAdherence", () => {
  it("orders teams by name", () => {
    const rows = teamsAdherence(
      [
        { slug: "w", name: "Web", budgetTarget: 0.2, sprints: [] },
        { slug: "a", name: "API", budgetTarget: 0.2, sprints: [] },
      ],
      6,
      now,
    );
    expect(rows.map((r) => r.slug)).toEqual(["a", "w"]);
  });
});
