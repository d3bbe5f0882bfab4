import { describe, expect, it } from "vitest";
import { itemFromForm, itemsBodySchema, sprintFromForm, sprintInputSchema, workItemInputSchema } from "./schema";

describe("workItemInputSchema", () => {
  it("fills defaults and keeps a debt item's category", () => {
    expect(workItemInputSchema.parse({ title: " Split parse_config ", type: "debt", category: "complexity" })).toEqual({
      title: "Split parse_config",
      externalKey: null,
      url: null,
      estimate: null,
      type: "debt",
      category: "complexity",
      status: "planned",
      modules: [],
    });
  });
  it("refuses a category on a non-debt item, an empty title and a negative estimate", () => {
    const r = workItemInputSchema.safeParse({ title: "", type: "feature", category: "docs", estimate: -1 });
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => i.path.join("."))).toEqual(expect.arrayContaining(["title", "estimate", "category"]));
  });
  it("refuses duplicate keys in one batch", () => {
    const r = itemsBodySchema.safeParse({ items: [{ title: "a", externalKey: "K" }, { title: "b", externalKey: "K" }] });
    expect(r.error?.issues[0]).toMatchObject({ path: ["items", 1, "externalKey"] });
  });
});

describe("forms", () => {
  it("reads an item form: blanks are absent, modules comma-separated, category only for debt", () => {
    expect(workItemInputSchema.parse(itemFromForm({ title: "x", estimate: "2,5", type: "feature", category: "docs", modules: " billing, ,auth ", externalKey: "" }))).toMatchObject({
      estimate: 2.5,
      category: null,
      modules: ["billing", "auth"],
      externalKey: null,
    });
    expect(workItemInputSchema.safeParse(itemFromForm({ title: "x", estimate: "lots" })).success).toBe(false);
  });
  it("reads a sprint form with its target in percent", () => {
    expect(sprintInputSchema.parse(sprintFromForm({ name: "S1", startDate: "2026-11-02", endDate: "2026-11-13", capacity: "", budgetTarget: "25" }))).toEqual({
      name: "S1",
      startDate: "2026-11-02",
      endDate: "2026-11-13",
      capacity: null,
      unit: "points",
      budgetTarget: 0.25,
    });
  });
  it("refuses an end before the start and impossible dates", () => {
    expect(sprintInputSchema.safeParse({ name: "S", startDate: "2026-11-13", endDate: "2026-11-02" }).error?.issues[0].path).toEqual(["endDate"]);
    expect(sprintInputSchema.safeParse({ name: "S", startDate: "2026-02-30", endDate: "2026-03-02" }).success).toBe(false);
  });
});
