import { describe, expect, it } from "vitest";
import { DEFAULT_DEBT_MODEL } from "@/lib/debt/schema";
import { topModules, type ModuleInput } from "./modules";

function mod(projectSlug: string, name: string, totalDebt: number, lines = 100): ModuleInput {
  return {
    projectSlug,
    projectName: projectSlug.toUpperCase(),
    name,
    path: `src/${name}`,
    owners: [],
    lines,
    testDebt: totalDebt,
    docsDebt: 0,
    complexityDebt: 0,
    duplicationDebt: 0,
    totalDebt,
    scannedAt: new Date("2026-11-16T00:00:00Z"),
  };
}

describe("topModules", () => {
  it("ranks modules across projects by debt minutes, ties by project then name in code-unit order", () => {
    const rows = topModules([mod("web", "b", 50), mod("shop", "a", 900), mod("web", "a", 50), mod("api", "z", 50), mod("web", "B", 50)], 1000, DEFAULT_DEBT_MODEL, 10);
    expect(rows.map((r) => `${r.projectSlug}/${r.name}`)).toEqual(["shop/a", "api/z", "web/B", "web/a", "web/b"]);
    expect(rows.map((r) => r.rank)).toEqual([1, 2, 3, 4, 5]);
  });

  it("keeps only the top N and computes ratio, grade and share of the organization's debt", () => {
    const rows = topModules([mod("a", "x", 300, 100), mod("a", "y", 3000, 100), mod("a", "z", 1)], 4000, DEFAULT_DEBT_MODEL, 2);
    expect(rows.map((r) => r.name)).toEqual(["y", "x"]);
    expect(rows[0]).toMatchObject({ ratio: 1, grade: "E", orgShare: 0.75 });
    expect(rows[1]).toMatchObject({ ratio: 0.1, grade: "B" });
  });

  it("has no share when the organization has no debt", () => {
    expect(topModules([mod("a", "x", 0)], 0, DEFAULT_DEBT_MODEL, 5)[0].orgShare).toBeNull();
  });
});
