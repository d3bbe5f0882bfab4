import { describe, expect, it } from "vitest";
import { applyPlanOp, type PlanRow } from "./plan-row";

const row = (id: string, over: Partial<PlanRow> = {}): PlanRow => ({ id, title: id, externalKey: null, url: null, estimate: 1, type: "feature", category: null, status: "planned", modules: [], ...over });

describe("applyPlanOp", () => {
  it("appends a new item, and replaces one with the same key as the server's upsert does", () => {
    const rows = [row("a", { externalKey: "PAY-1" })];
    expect(applyPlanOp(rows, { kind: "add", row: row("p", { externalKey: "PAY-2" }) }).map((r) => r.id)).toEqual(["a", "p"]);
    const replaced = applyPlanOp(rows, { kind: "add", row: row("p", { externalKey: "PAY-1", estimate: 8 }) });
    expect(replaced).toEqual([expect.objectContaining({ id: "a", estimate: 8 })]);
  });
  it("changes status and estimate, and removes", () => {
    const rows = [row("a"), row("b")];
    expect(applyPlanOp(rows, { kind: "progress", id: "b", status: "done", estimate: null })[1]).toMatchObject({ status: "done", estimate: null, pending: true });
    expect(applyPlanOp(rows, { kind: "delete", id: "a" }).map((r) => r.id)).toEqual(["b"]);
  });
});
