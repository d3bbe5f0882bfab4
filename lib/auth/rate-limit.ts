/**
 * A sliding-window log of failures per key (a client address). In memory, per process:
 * enough for one Paydown server; several replicas each count on their own, so the
 * effective limit is multiplied by the number of replicas.
 */
export interface RateLimitConfig {
  /** Failures allowed inside the window; the next attempt is refused. */
  limit: number;
  windowMs: number;
  /** Keys remembered at most; the least recently failing ones are forgotten first. */
  maxKeys?: number;
}

export interface RateLimitDecision {
  allowed: boolean;
  /** Seconds until the oldest failure in the window expires; 0 when allowed. */
  retryAfterSeconds: number;
}

export class SlidingWindowLimiter {
  private readonly failures = new Map<string, number[]>();

  constructor(
    readonly config: RateLimitConfig,
    private readonly now: () => number = Date.now,
  ) {}

  private recent(key: string, now: number): number[] {
    const list = this.failures.get(key);
    if (!list) return [];
    const since = now - this.config.windowMs;
    const kept = list.filter((t) => t > since);
    if (kept.length) this.failures.set(key, kept);
    else this.failures.delete(key);
    return kept;
  }

  check(key: string): RateLimitDecision {
    const now = this.now();
    const list = this.recent(key, now);
    if (list.length < this.config.limit) return { allowed: true, retryAfterSeconds: 0 };
    const oldest = list[list.length - this.config.limit];
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((oldest + this.config.windowMs - now) / 1000)) };
  }

  fail(key: string): void {
    const now = this.now();
    const list = this.recent(key, now);
    list.push(now);
    // Re-insert so Map order is least recently failing first, then keep only what the limit needs.
    this.failures.delete(key);
    this.failures.set(key, list.slice(-this.config.limit));
    const max = this.config.maxKeys ?? 10_000;
    while (this.failures.size > max) this.failures.delete(this.failures.keys().next().value!);
  }

  reset(key: string): void {
    this.failures.delete(key);
  }

  size(): number {
    return this.failures.size;
  }
}

/** Reads `<NAME>_MAX_FAILURES` and `<NAME>_WINDOW_SECONDS`; invalid values fall back to the defaults. */
export function limitFromEnv(
  env: Record<string, string | undefined>,
  name: string,
  defaults: { limit: number; windowSeconds: number },
): RateLimitConfig {
  const positive = (v: string | undefined, d: number) => {
    const n = Number(v);
    return v !== undefined && v.trim() !== "" && Number.isInteger(n) && n > 0 ? n : d;
  };
  return {
    limit: positive(env[`${name}_MAX_FAILURES`], defaults.limit),
    windowMs: positive(env[`${name}_WINDOW_SECONDS`], defaults.windowSeconds) * 1000,
  };
}
