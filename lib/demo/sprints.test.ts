import { describe, expect, it } from "vitest";
import { computeBudget, sprintEnded } from "@/lib/sprints/budget";
import { DEMO_PROJECTS } from "./generate";
import { DEMO_TEAMS, demoSprints } from "./sprints";

const end = new Date("2026-11-18T10:00:00Z");

describe("demoSprints", () => {
  it("is deterministic and ends with the sprint running at the end date", () => {
    const a = demoSprints(DEMO_TEAMS[0]!, end);
    expect(demoSprints(DEMO_TEAMS[0]!, end)).toEqual(a);
    expect(a).toHaveLength(9);
    const last = a.at(-1)!;
    expect(last.startDate <= "2026-11-18" && last.endDate >= "2026-11-18").toBe(true);
    expect(a.slice(0, -1).every((s) => sprintEnded(new Date(`${s.endDate}T00:00:00Z`), end))).toBe(true);
  });

  it("runs sprints back to back, Monday to the second Friday, with unique names and keys", () => {
    const s = demoSprints(DEMO_TEAMS[1]!, end);
    for (let i = 1; i < s.length; i++) {
      expect(Date.parse(s[i]!.startDate) - Date.parse(s[i - 1]!.startDate)).toBe(14 * 86_400_000);
    }
    expect(s.every((x) => new Date(`${x.startDate}T00:00:00Z`).getUTCDay() === 1 && new Date(`${x.endDate}T00:00:00Z`).getUTCDay() === 5)).toBe(true);
    expect(new Set(s.map((x) => x.name)).size).toBe(s.length);
    const keys = s.flatMap((x) => x.items.map((i) => i.externalKey));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("links debt items only to modules of the team's own projects, with a category", () => {
    const team = DEMO_TEAMS[1]!;
    const own = new Set(DEMO_PROJECTS.filter((p) => team.projects.includes(p.slug)).flatMap((p) => p.modules.map((m) => m.name)));
    const debt = demoSprints(team, end).flatMap((s) => s.items.filter((i) => i.type === "debt"));
    expect(debt.length).toBeGreaterThan(0);
    expect(debt.every((i) => i.category && i.modules.length === 1 && own.has(i.modules[0]!))).toBe(true);
  });

  it("gives every sprint a computable debt share", () => {
    for (const s of demoSprints(DEMO_TEAMS[0]!, end)) {
      expect(computeBudget(s.items, { target: 0.2, ended: false }).planned.debtShare).not.toBeNull();
    }
  });
});

describe("demo sprints over a weekend", () => {
  it("plan the next sprint, all planned, after the last one ended", () => {
    const saturday = new Date("2026-11-21T10:00:00Z");
    const s = demoSprints(DEMO_TEAMS[0]!, saturday);
    const next = s.at(-1)!;
    expect(next.startDate > "2026-11-21").toBe(true);
    expect(next.items.every((i) => i.status === "planned")).toBe(true);
    expect(s.slice(0, -1).every((x) => sprintEnded(new Date(`${x.endDate}T00:00:00Z`), saturday))).toBe(true);
  });
});

describe("demo teams", () => {
  it("plan different sprints", () => {
    const titles = (i: number) => demoSprints(DEMO_TEAMS[i]!, end).map((s) => s.items.map((x) => `${x.title}:${x.estimate}:${x.status}`).join());
    expect(titles(0)).not.toEqual(titles(1));
  });
});
