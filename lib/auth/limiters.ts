import "server-only";
import { recentFailures } from "./data";
import { clearFailures, recordFailure } from "./mutations";
import { decide, limitFromEnv, type RateLimitConfig, type RateLimitDecision } from "./rate-limit";

export type LimitScope = "signIn" | "signUp" | "api";

/** One limit, counted in the database: replicas and restarts share the count. */
export class SharedLimiter {
  constructor(
    readonly scope: LimitScope,
    readonly config: RateLimitConfig,
    private readonly now: () => number = Date.now,
  ) {}

  async check(key: string): Promise<RateLimitDecision> {
    const now = this.now();
    const times = await recentFailures(this.scope, key, new Date(now - this.config.windowMs), this.config.limit);
    return decide(times.map((t) => t.getTime()), this.config, now);
  }

  fail(key: string): Promise<void> {
    const now = this.now();
    return recordFailure(this.scope, key, new Date(now), new Date(now - this.config.windowMs));
  }

  reset(key: string): Promise<void> {
    return clearFailures(this.scope, key);
  }
}

// Configuration is read once per process (kept on globalThis so the dev server's module reloads
// keep it); the counts are in the database. Limits: README "Rate limits".
type Limiters = Record<LimitScope, SharedLimiter>;
const g = globalThis as unknown as { paydownLimiters?: Limiters };

function create(): Limiters {
  return {
    signIn: new SharedLimiter("signIn", limitFromEnv(process.env, "PAYDOWN_SIGNIN", { limit: 10, windowSeconds: 15 * 60 })),
    api: new SharedLimiter("api", limitFromEnv(process.env, "PAYDOWN_API", { limit: 30, windowSeconds: 5 * 60 })),
    signUp: new SharedLimiter("signUp", limitFromEnv(process.env, "PAYDOWN_SIGNUP", { limit: 10, windowSeconds: 60 * 60 })),
  };
}

export function limiters(): Limiters {
  g.paydownLimiters ??= create();
  return g.paydownLimiters;
}

/** Limiters with the current environment's limits (tests). */
export function resetLimiters(): void {
  g.paydownLimiters = create();
}
