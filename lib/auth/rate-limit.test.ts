import { describe, expect, it } from "vitest";
import { decide, limitFromEnv } from "./rate-limit";

describe("decide", () => {
  const config = { limit: 3, windowMs: 60_000 };

  it("allows up to the limit of failures, then refuses with the seconds until the oldest counted one expires", () => {
    const t0 = 1_000_000;
    expect(decide([], config, t0)).toEqual({ allowed: true, retryAfterSeconds: 0 });
    expect(decide([t0, t0 + 10_000], config, t0 + 20_000).allowed).toBe(true);
    // Failures at 0 s, 10 s, 20 s; now 30 s: the first expires at 60 s.
    expect(decide([t0 + 20_000, t0, t0 + 10_000], config, t0 + 30_000)).toEqual({ allowed: false, retryAfterSeconds: 30 });
    expect(decide([t0, t0 + 10_000, t0 + 20_000], config, t0 + 59_999)).toEqual({ allowed: false, retryAfterSeconds: 1 });
    expect(decide([t0, t0 + 10_000, t0 + 20_000], config, t0 + 60_000).allowed).toBe(true);
  });

  it("counts only failures inside the window, and waits for the oldest of the last `limit`", () => {
    const t0 = 0;
    const old = [t0 - 61_000, t0 - 60_000];
    expect(decide([...old, t0 - 1000, t0 - 500], config, t0).allowed).toBe(true);
    // Five recent failures: allowed again once the third newest leaves, not the oldest.
    const five = [t0 - 50_000, t0 - 40_000, t0 - 30_000, t0 - 20_000, t0 - 10_000];
    expect(decide(five, config, t0)).toEqual({ allowed: false, retryAfterSeconds: 30 });
  });
});

describe("limitFromEnv", () => {
  it("reads positive integers and falls back on anything else", () => {
    const d = { limit: 10, windowSeconds: 900 };
    expect(limitFromEnv({}, "X", d)).toEqual({ limit: 10, windowMs: 900_000 });
    expect(limitFromEnv({ X_MAX_FAILURES: "3", X_WINDOW_SECONDS: "60" }, "X", d)).toEqual({ limit: 3, windowMs: 60_000 });
    for (const bad of ["0", "-1", "1.5", "abc", " "]) {
      expect(limitFromEnv({ X_MAX_FAILURES: bad, X_WINDOW_SECONDS: bad }, "X", d)).toEqual({ limit: 10, windowMs: 900_000 });
    }
  });
});
