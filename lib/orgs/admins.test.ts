import { describe, expect, it } from "vitest";
import { keepsAnAdmin } from "./admins";

const members = [
  { userId: "a", role: "admin" as const },
  { userId: "m", role: "member" as const },
];

describe("keepsAnAdmin", () => {
  it("refuses demoting or removing the last admin", () => {
    expect(keepsAnAdmin(members, "a", "member")).toBe(false);
    expect(keepsAnAdmin(members, "a", null)).toBe(false);
  });
  it("allows it when another admin remains, and any change to non-admins", () => {
    const two = [...members, { userId: "b", role: "admin" as const }];
    expect(keepsAnAdmin(two, "a", "viewer")).toBe(true);
    expect(keepsAnAdmin(two, "a", null)).toBe(true);
    expect(keepsAnAdmin(members, "m", null)).toBe(true);
    expect(keepsAnAdmin(members, "m", "admin")).toBe(true);
    expect(keepsAnAdmin(members, "a", "admin")).toBe(true);
  });
});
