// Starts `next start` on a freshly migrated e2e database (the app must be built first).
import { execFileSync, spawn } from "node:child_process";
import pg from "pg";
import { E2E_DATABASE_URL } from "./env.mjs";

const port = process.argv[2] ?? "3210";
const url = new URL(E2E_DATABASE_URL);
const name = url.pathname.slice(1);
const admin = new URL(E2E_DATABASE_URL);
admin.pathname = "/postgres";
const client = new pg.Client({ connectionString: admin.toString() });
await client.connect();
await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
await client.query(`CREATE DATABASE "${name}"`);
await client.end();

const env = {
  ...process.env,
  DATABASE_URL: E2E_DATABASE_URL,
  NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? "e2e-secret-not-for-production-0123456789",
  NEXTAUTH_URL: `http://127.0.0.1:${port}`,
  NODE_ENV: "production",
  // Low, so e2e/accounts.spec.ts reaches the sign-in limit quickly (each test uses its own address).
  PAYDOWN_SIGNIN_MAX_FAILURES: "5",
};
execFileSync("npx", ["--no-install", "prisma", "migrate", "deploy"], { env, stdio: ["ignore", "ignore", "inherit"] });
const child = spawn("npx", ["--no-install", "next", "start", "-p", port, "-H", "127.0.0.1"], { env, stdio: "inherit" });
for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => child.kill(sig));
child.on("exit", (code) => process.exit(code ?? 0));
