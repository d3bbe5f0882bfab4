import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { SharedLimiter } from "./limiters";

function clock(start = Date.parse("2026-11-21T10:00:00Z")) {
  const c = { t: start, now: () => c.t };
  return c;
}

describe("SharedLimiter (failures in PostgreSQL)", () => {
  it("two server processes enforce one limit together", async () => {
    const c = clock();
    const config = { limit: 3, windowMs: 60_000 };
    // Two limiters stand for two replicas: nothing is shared but the database.
    const a = new SharedLimiter("api", config, c.now);
    const b = new SharedLimiter("api", config, c.now);
    await a.fail("203.0.113.9");
    c.t += 10_000;
    await b.fail("203.0.113.9");
    expect((await a.check("203.0.113.9")).allowed).toBe(true);
    c.t += 10_000;
    await a.fail("203.0.113.9");
    expect(await b.check("203.0.113.9")).toEqual({ allowed: false, retryAfterSeconds: 40 });
    expect((await b.check("203.0.113.10")).allowed).toBe(true);
    // Another limit's failures do not count here.
    expect((await new SharedLimiter("signIn", config, c.now).check("203.0.113.9")).allowed).toBe(true);
    c.t += 40_000;
    expect((await a.check("203.0.113.9")).allowed).toBe(true);
  });

  it("forgets a key on reset, and drops failures that left the window when it records one", async () => {
    const c = clock();
    const l = new SharedLimiter("signIn", { limit: 1, windowMs: 1000 }, c.now);
    await l.fail("a");
    await l.fail("b");
    expect((await l.check("a")).allowed).toBe(false);
    await l.reset("a");
    expect((await l.check("a")).allowed).toBe(true);
    expect((await l.check("b")).allowed).toBe(false);
    c.t += 5000;
    await l.fail("c");
    expect(await prisma.rateLimitFailure.findMany({ select: { key: true } })).toEqual([{ key: "c" }]);
  });
});
