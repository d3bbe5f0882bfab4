import { describe, expect, it } from "vitest";
import { pick, withParams } from "./search-params";

describe("withParams", () => {
  it("keeps current params, replaces changed ones and drops empty values", () => {
    expect(withParams("/p", { range: "4w", sort: "debt" }, { sort: "name", dir: "asc" })).toBe("/p?range=4w&sort=name&dir=asc");
    expect(withParams("/p", { range: "4w" }, { range: undefined })).toBe("/p");
  });
});

describe("pick", () => {
  it("accepts only allowed values", () => {
    expect(pick("asc", ["asc", "desc"], "desc")).toBe("asc");
    expect(pick("drop table", ["asc", "desc"], "desc")).toBe("desc");
    expect(pick(["asc"], ["asc", "desc"], "desc")).toBe("asc");
  });
});
