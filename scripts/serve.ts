import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { serverEnvProblems } from "@/lib/env/check";

const root = path.resolve(import.meta.dirname, "..");
const stateDir = path.resolve(process.env.PAYDOWN_DATA_DIR ?? path.join(root, ".paydown"));

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: root, env, stdio: "inherit" });
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${cmd} ${args.join(" ")} exited with ${code}`))));
    child.on("error", reject);
  });
}

async function startEmbeddedPostgres(port: number) {
  const { PGlite } = await import("@electric-sql/pglite");
  const { PGLiteSocketServer } = await import("@electric-sql/pglite-socket");
  const dataDir = path.join(stateDir, "pgdata");
  mkdirSync(dataDir, { recursive: true });
  const db = await PGlite.create(dataDir);
  const server = new PGLiteSocketServer({ db, port, host: "127.0.0.1" });
  await server.start();
  return {
    url: `postgresql://postgres:postgres@127.0.0.1:${port}/postgres?sslmode=disable`,
    dataDir,
    async stop() {
      await server.stop();
      await db.close();
    },
  };
}

/** A secret kept in the local state folder; for the embedded demo only. */
function localSecret(): string {
  const file = path.join(stateDir, "nextauth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(stateDir, { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

export async function serve(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: { port: { type: "string", default: process.env.PORT ?? "3000" }, host: { type: "string", default: "0.0.0.0" } },
  });
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: "production" };
  const embedded = !env.DATABASE_URL;
  let pg: Awaited<ReturnType<typeof startEmbeddedPostgres>> | null = null;
  if (embedded) {
    pg = await startEmbeddedPostgres(Number(env.PAYDOWN_EMBEDDED_PG_PORT ?? 54329));
    env.DATABASE_URL = pg.url;
    env.PAYDOWN_DB_POOL_MAX = "1";
    env.NEXTAUTH_SECRET ??= localSecret();
    console.log(`paydown: DATABASE_URL is not set; using the embedded PostgreSQL (PGlite) in ${pg.dataDir}`);
  }
  env.NEXTAUTH_URL ??= `http://localhost:${values.port}`;
  // The same check the server runs at start (instrumentation.ts), before migrating anything.
  const problems = serverEnvProblems(env);
  if (problems.length) {
    console.error(`paydown: cannot start; fix its configuration:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    await pg?.stop();
    return 2;
  }

  try {
    await run("npx", ["--no-install", "prisma", "migrate", "deploy"], env);
    if (embedded) {
      Object.assign(process.env, { DATABASE_URL: env.DATABASE_URL, PAYDOWN_DB_POOL_MAX: "1" });
      const { hasAnyOrganization } = await import("@/lib/demo/data");
      const { seedDemo, DEMO_EMAIL, DEMO_PASSWORD } = await import("@/lib/demo/seed");
      const { disconnectDatabase } = await import("@/lib/db/lifecycle");
      if (!(await hasAnyOrganization())) {
        console.log("paydown: first start: loading demo data (labelled as demo)…");
        await seedDemo({ log: (m) => console.log(`paydown: ${m}`) });
      }
      await disconnectDatabase();
      console.log(`paydown: demo mode. Sign in at ${env.NEXTAUTH_URL}/sign-in as ${DEMO_EMAIL} / ${DEMO_PASSWORD}`);
    }
    if (!existsSync(path.join(root, ".next", "BUILD_ID"))) {
      console.log("paydown: building the dashboard (first start only)…");
      await run("npx", ["--no-install", "next", "build"], env);
    }
    const child = spawn("npx", ["--no-install", "next", "start", "-p", values.port!, "-H", values.host!], {
      cwd: root,
      env,
      stdio: "inherit",
    });
    for (const sig of ["SIGINT", "SIGTERM"] as const) process.on(sig, () => child.kill(sig));
    const code = await new Promise<number>((resolve) => child.on("exit", (c) => resolve(c ?? 0)));
    return code;
  } finally {
    await pg?.stop();
  }
}
