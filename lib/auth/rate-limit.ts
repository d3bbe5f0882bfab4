/**
 * A sliding window of failures per key (a client address): over `limit` failures inside
 * `windowMs`, attempts are refused until the oldest of the last `limit` leaves the window.
 * The failures themselves are kept in the database (limiters.ts), so every server process
 * enforces one limit together.
 */
export interface RateLimitConfig {
  /** Failures allowed inside the window; the next attempt is refused. */
  limit: number;
  windowMs: number;
}

export interface RateLimitDecision {
  allowed: boolean;
  /** Seconds until the oldest counted failure expires; 0 when allowed. */
  retryAfterSeconds: number;
}

/** The decision for a key whose failures inside the window happened at `recent` (ms, any order). */
export function decide(recent: readonly number[], config: RateLimitConfig, now: number): RateLimitDecision {
  const inWindow = recent.filter((t) => t > now - config.windowMs).sort((x, y) => x - y);
  if (inWindow.length < config.limit) return { allowed: true, retryAfterSeconds: 0 };
  const oldest = inWindow[inWindow.length - config.limit]!;
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((oldest + config.windowMs - now) / 1000)) };
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
