import { describe, expect, it } from "vitest";
import { bearerToken, generateToken, hashToken, tokenPrefix } from "./tokens";

describe("project tokens", () => {
  it("generates distinct tokens whose hash and prefix match", () => {
    const a = generateToken();
    const b = generateToken();
    expect(a.token).not.toBe(b.token);
    expect(a.token).toMatch(/^pd_[A-Za-z0-9]{32}$/);
    expect(a.hash).toBe(hashToken(a.token));
    expect(a.prefix).toBe(tokenPrefix(a.token));
    expect(a.token.startsWith(a.prefix)).toBe(true);
    expect(a.hash).not.toContain(a.token.slice(3));
  });
  it("parses bearer headers strictly", () => {
    expect(bearerToken("Bearer pd_abc")).toBe("pd_abc");
    expect(bearerToken("bearer   pd_abc ")).toBe("pd_abc");
    expect(bearerToken("Basic xyz")).toBeNull();
    expect(bearerToken("Bearer")).toBeNull();
    expect(bearerToken(null)).toBeNull();
  });
});
