import { describe, expect, it } from "vitest";
import { teamFormSchema } from "./schema";

const base = { org: "acme", slug: "platform", name: "Platform" };

describe("teamFormSchema", () => {
  it("reads the budget as a percentage, 20% when left blank", () => {
    expect(teamFormSchema.parse({ ...base, budgetTarget: "25", projects: ["shop"] })).toEqual({ ...base, budgetTarget: 0.25, projects: ["shop"] });
    expect(teamFormSchema.parse({ ...base, budgetTarget: "" }).budgetTarget).toBe(0.2);
    expect(teamFormSchema.parse({ ...base, budgetTarget: "12.5" }).budgetTarget).toBe(0.125);
  });
  it("refuses budgets outside 0–100 and bad URL names", () => {
    const r = teamFormSchema.safeParse({ ...base, slug: "New Team", budgetTarget: "120" });
    expect(r.error?.issues.map((i) => i.path[0]).sort()).toEqual(["budgetTarget", "slug"]);
    expect(teamFormSchema.safeParse({ ...base, budgetTarget: "lots" }).success).toBe(false);
  });
});
