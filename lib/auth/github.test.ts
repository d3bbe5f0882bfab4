import { describe, expect, it } from "vitest";
import { pickVerifiedEmail } from "./github";

describe("pickVerifiedEmail", () => {
  it("prefers the verified primary address, lower-cased", () => {
    expect(
      pickVerifiedEmail([
        { email: "other@x.test", primary: false, verified: true },
        { email: "Me@X.test", primary: true, verified: true },
      ]),
    ).toBe("me@x.test");
  });
  it("never links by an unverified address, even the primary one", () => {
    expect(pickVerifiedEmail([{ email: "victim@x.test", primary: true, verified: false }])).toBeNull();
    expect(
      pickVerifiedEmail([
        { email: "victim@x.test", primary: true, verified: false },
        { email: "mine@x.test", primary: false, verified: true },
      ]),
    ).toBe("mine@x.test");
    expect(pickVerifiedEmail([])).toBeNull();
  });
});
