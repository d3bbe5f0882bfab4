import "server-only";
import { limitFromEnv, SlidingWindowLimiter } from "./rate-limit";

// One set of limiters per server process, kept on globalThis so the dev server's module
// reloads do not reset them. Limits: README "Rate limits".
type Limiters = { signIn: SlidingWindowLimiter; api: SlidingWindowLimiter; signUp: SlidingWindowLimiter };
const g = globalThis as unknown as { paydownLimiters?: Limiters };

function create(): Limiters {
  return {
    signIn: new SlidingWindowLimiter(limitFromEnv(process.env, "PAYDOWN_SIGNIN", { limit: 10, windowSeconds: 15 * 60 })),
    api: new SlidingWindowLimiter(limitFromEnv(process.env, "PAYDOWN_API", { limit: 30, windowSeconds: 5 * 60 })),
    signUp: new SlidingWindowLimiter(limitFromEnv(process.env, "PAYDOWN_SIGNUP", { limit: 10, windowSeconds: 60 * 60 })),
  };
}

export function limiters(): Limiters {
  g.paydownLimiters ??= create();
  return g.paydownLimiters;
}

/** Fresh limiters with the current environment (tests). */
export function resetLimiters(): void {
  g.paydownLimiters = create();
}
