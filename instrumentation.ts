// Runs once when the server starts: refuse to start with a clear message when a required
// secret or setting is missing (lib/env/check.ts), rather than failing on first use.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { assertServerEnv } = await import("./lib/env/check");
  try {
    assertServerEnv();
  } catch (err) {
    console.error(`paydown: ${(err as Error).message}`);
    process.exit(1);
  }
  // The weekly digest's background loop (lib/digest/scheduler.ts); PAYDOWN_DIGEST_DISABLED=1 leaves it to cron.
  if (process.env.PAYDOWN_DIGEST_DISABLED !== "1" && process.env.NEXT_PHASE !== "phase-production-build") {
    const { startDigestScheduler } = await import("./lib/digest/scheduler");
    startDigestScheduler();
  }
}
