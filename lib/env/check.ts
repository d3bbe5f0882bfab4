import { smtpEnvProblems } from "@/lib/digest/smtp-config";

/**
 * The server's configuration, validated once at start (instrumentation.ts) so a missing
 * secret stops Paydown with a message that says what to set, instead of failing on the
 * first sign-in. Secrets come only from the environment.
 */
export function serverEnvProblems(env: Record<string, string | undefined>): string[] {
  const problems: string[] = [];
  if (!env.DATABASE_URL) {
    problems.push("DATABASE_URL is not set: set it to a PostgreSQL connection string, or start with `npm start` for the embedded database.");
  } else if (!/^postgres(ql)?:\/\//.test(env.DATABASE_URL)) {
    problems.push("DATABASE_URL must be a postgresql:// connection string.");
  }
  if (!env.NEXTAUTH_SECRET) {
    problems.push("NEXTAUTH_SECRET is not set: generate one with `openssl rand -base64 32` and set it in the environment.");
  } else if (env.NEXTAUTH_SECRET.length < 32) {
    problems.push("NEXTAUTH_SECRET is too short: use at least 32 characters (`openssl rand -base64 32`).");
  }
  if (env.NEXTAUTH_URL) {
    try {
      new URL(env.NEXTAUTH_URL);
    } catch {
      problems.push(`NEXTAUTH_URL is not a URL: ${JSON.stringify(env.NEXTAUTH_URL)}.`);
    }
  }
  if (Boolean(env.GITHUB_ID) !== Boolean(env.GITHUB_SECRET)) {
    problems.push("GitHub sign-in needs both GITHUB_ID and GITHUB_SECRET (or neither).");
  }
  for (const name of ["PAYDOWN_SIGNIN", "PAYDOWN_API", "PAYDOWN_SIGNUP"]) {
    for (const key of [`${name}_MAX_FAILURES`, `${name}_WINDOW_SECONDS`]) {
      const v = env[key];
      if (v !== undefined && !(Number.isInteger(Number(v)) && Number(v) > 0)) problems.push(`${key} must be a positive integer, not ${JSON.stringify(v)}.`);
    }
  }
  problems.push(...smtpEnvProblems(env));
  return problems;
}

export function assertServerEnv(env: Record<string, string | undefined> = process.env): void {
  const problems = serverEnvProblems(env);
  if (problems.length) {
    throw new Error(`Paydown cannot start; fix its configuration:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
  }
}
