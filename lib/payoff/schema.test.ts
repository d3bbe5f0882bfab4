import { describe, expect, it } from "vitest";
import { addSuggestionSchema, describeTarget, setTargetSchema } from "./schema";

const base = { team: "platform", module: "m1", category: "test", metric: "coverage", target: "80" };

describe("setTargetSchema", () => {
  it("reads numbers and grade letters", () => {
    expect(setTargetSchema.parse(base).target).toBe(80);
    expect(setTargetSchema.parse({ ...base, metric: "grade", target: "b" }).target).toBe(2);
  });
  it("puts errors on the field: bad grade, out of range, metric not for that category", () => {
    const issue = (v: object) => setTargetSchema.safeParse({ ...base, ...v }).error?.issues[0];
    expect(issue({ metric: "grade", target: "F" })?.path).toEqual(["target"]);
    expect(issue({ target: "120" })?.path).toEqual(["target"]);
    expect(issue({ target: "abc" })?.path).toEqual(["target"]);
    expect(issue({ metric: "maxCcn", category: "test", target: "15" })?.path).toEqual(["category"]);
  });
});

describe("addSuggestionSchema", () => {
  it("takes a finding or a module's category", () => {
    expect(addSuggestionSchema.parse({ sprint: "s", fingerprint: "fp" })).toEqual({ sprint: "s", fingerprint: "fp" });
    expect(addSuggestionSchema.parse({ sprint: "s", module: "m", category: "docs" })).toEqual({ sprint: "s", module: "m", category: "docs" });
    expect(addSuggestionSchema.safeParse({ sprint: "s" }).success).toBe(false);
  });
});

describe("describeTarget", () => {
  it("reads like the goal", () => {
    expect(describeTarget("coverage", 80)).toBe("≥ 80%");
    expect(describeTarget("grade", 2)).toBe("≤ B");
    expect(describeTarget("maxCcn", 15)).toBe("≤ 15 CCN");
  });
});
