import { describe, expect, it } from "vitest";
import { limitFromEnv, SlidingWindowLimiter } from "./rate-limit";

function clock(start = 1_000_000) {
  const c = { t: start, now: () => c.t };
  return c;
}

describe("SlidingWindowLimiter", () => {
  it("allows up to the limit of failures, then refuses with the seconds until the oldest expires", () => {
    const c = clock();
    const l = new SlidingWindowLimiter({ limit: 3, windowMs: 60_000 }, c.now);
    for (let i = 0; i < 3; i++) {
      expect(l.check("a").allowed).toBe(true);
      l.fail("a");
      c.t += 10_000;
    }
    // failures at 0 s, 10 s, 20 s; now 30 s: the first expires at 60 s.
    expect(l.check("a")).toEqual({ allowed: false, retryAfterSeconds: 30 });
    expect(l.check("b").allowed).toBe(true);
    c.t += 29_999;
    expect(l.check("a")).toEqual({ allowed: false, retryAfterSeconds: 1 });
    c.t += 1;
    expect(l.check("a").allowed).toBe(true);
  });

  it("slides: failures older than the window no longer count", () => {
    const c = clock();
    const l = new SlidingWindowLimiter({ limit: 2, windowMs: 1000 }, c.now);
    l.fail("a");
    c.t += 600;
    l.fail("a");
    expect(l.check("a").allowed).toBe(false);
    c.t += 401; // the first failure is now 1001 ms old
    expect(l.check("a").allowed).toBe(true);
    l.fail("a");
    expect(l.check("a")).toEqual({ allowed: false, retryAfterSeconds: 1 });
  });

  it("forgets a key on reset (a successful sign-in)", () => {
    const l = new SlidingWindowLimiter({ limit: 1, windowMs: 1000 }, clock().now);
    l.fail("a");
    expect(l.check("a").allowed).toBe(false);
    l.reset("a");
    expect(l.check("a").allowed).toBe(true);
  });

  it("bounds memory: keeps at most maxKeys keys, dropping the least recently failing", () => {
    const c = clock();
    const l = new SlidingWindowLimiter({ limit: 1, windowMs: 60_000, maxKeys: 2 }, c.now);
    l.fail("a");
    l.fail("b");
    l.fail("a"); // a is now the most recent
    l.fail("c");
    expect(l.size()).toBe(2);
    expect(l.check("b").allowed).toBe(true);
    expect(l.check("a").allowed).toBe(false);
    expect(l.check("c").allowed).toBe(false);
  });

  it("drops keys whose failures all expired", () => {
    const c = clock();
    const l = new SlidingWindowLimiter({ limit: 5, windowMs: 1000 }, c.now);
    l.fail("a");
    c.t += 2000;
    l.check("a");
    expect(l.size()).toBe(0);
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
