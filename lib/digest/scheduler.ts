import "server-only";
import { runDigests } from "./run";

const DEFAULT_INTERVAL_S = 300;
const FIRST_RUN_DELAY_MS = 30_000;

/** Seconds between passes: PAYDOWN_DIGEST_INTERVAL_SECONDS (at least 30), 5 minutes by default. */
export function digestIntervalMs(env: Record<string, string | undefined>): number {
  const s = Number(env.PAYDOWN_DIGEST_INTERVAL_SECONDS);
  return (Number.isFinite(s) && s >= 30 ? s : DEFAULT_INTERVAL_S) * 1000;
}

const state = globalThis as unknown as { paydownDigestTimer?: NodeJS.Timeout };

/**
 * Runs the digest pass every few minutes in this server process (instrumentation.ts). A
 * pass never overlaps the previous one; a failing pass is logged and the next one tries
 * again, since due deliveries stay in the database until they are sent.
 */
export function startDigestScheduler(env: Record<string, string | undefined> = process.env): boolean {
  if (env.PAYDOWN_DIGEST_DISABLED === "1" || state.paydownDigestTimer) return false;
  let running = false;
  const pass = async () => {
    if (running) return;
    running = true;
    try {
      const report = await runDigests({ env });
      const sent = report.outcomes.filter((o) => o.result === "sent").length;
      if (sent) console.info(`paydown digest: sent ${sent} digest${sent === 1 ? "" : "s"}`);
    } catch (err) {
      console.error(`paydown digest: the scheduled pass failed and will run again: ${err instanceof Error ? err.message : String(err)}`);
    } finally {
      running = false;
    }
  };
  const interval = digestIntervalMs(env);
  setTimeout(pass, Math.min(FIRST_RUN_DELAY_MS, interval)).unref();
  state.paydownDigestTimer = setInterval(pass, interval);
  state.paydownDigestTimer.unref();
  return true;
}
