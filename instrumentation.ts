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
}
