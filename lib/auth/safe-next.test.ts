import { describe, expect, it } from "vitest";
import { safeNext } from "./safe-next";

describe("safeNext", () => {
  it("keeps same-site paths and refuses other sites", () => {
    expect(safeNext("/invite/inv_x")).toBe("/invite/inv_x");
    expect(safeNext("//evil.test/x")).toBe("/");
    expect(safeNext("/\\evil.test")).toBe("/");
    expect(safeNext("https://evil.test", "/orgs/new")).toBe("/orgs/new");
    expect(safeNext(undefined)).toBe("/");
  });
});
