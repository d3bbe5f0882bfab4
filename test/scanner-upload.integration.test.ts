import { execFileSync } from "node:child_process";
import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { POST } from "@/app/api/v1/scans/route";
import { prisma } from "@/lib/db/client";
import { main } from "@/lib/scan/cli";
import { orgWithProject } from "./fixtures";
import { serveRoutes } from "./route-server";

// The real scanner uploads over real HTTP to the real route handler and database.
let dashboard: Awaited<ReturnType<typeof serveRoutes>> | undefined;

async function startDashboard(): Promise<string> {
  dashboard = await serveRoutes({ "POST /api/v1/scans": POST });
  return dashboard.url;
}

afterEach(async () => {
  await dashboard?.close();
  dashboard = undefined;
});

function repoWithHistory(): string {
  const dir = mkdtempSync(join(tmpdir(), "paydown-upload-"));
  const git = (...args: string[]) =>
    execFileSync("git", args, {
      cwd: dir,
      env: { ...process.env, GIT_AUTHOR_NAME: "A", GIT_AUTHOR_EMAIL: "a@x", GIT_COMMITTER_NAME: "A", GIT_COMMITTER_EMAIL: "a@x" },
    });
  git("init", "-q", "-b", "main");
  mkdirSync(join(dir, "billing"));
  writeFileSync(join(dir, "billing", "__init__.py"), "");
  const branches = Array.from({ length: 12 }, (_, i) => `    if x == ${i}:\n        return ${i}\n`).join("");
  writeFileSync(join(dir, "billing", "rules.py"), `def classify(x):\n${branches}    return -1\n`);
  mkdirSync(join(dir, "api"));
  writeFileSync(join(dir, "api", "__init__.py"), "");
  writeFileSync(join(dir, "api", "views.py"), 'def index():\n    """Home."""\n    return 1\n');
  git("add", ".");
  git("commit", "-q", "-m", "feat: first", "--date", "2026-10-01T10:00:00Z");
  return dir;
}

describe("paydown scan --upload", () => {
  it("lands a real scan in the dashboard, and a second upload of the commit stores nothing new", async () => {
    const { token, projectId } = await orgWithProject();
    const url = await startDashboard();
    const repo = repoWithHistory();
    const out: string[] = [];
    const io = { stdout: (t: string) => void out.push(t), stderr: (t: string) => void out.push(t), env: { CI: "true" } as unknown as NodeJS.ProcessEnv, cwd: repo };

    expect(await main([".", "--upload", url, "--token", token, "--threads", "1"], io)).toBe(0);
    const scans = await prisma.scan.findMany({ where: { projectId }, include: { snapshots: { include: { module: true, findings: true } } } });
    expect(scans).toHaveLength(1);
    const billing = scans[0].snapshots.find((s) => s.module.name === "billing")!;
    expect(billing.functionsOver).toBe(1);
    expect(billing.maxCcn).toBe(13);
    expect(billing.coveredLines).toBeNull(); // no coverage report: unknown
    const complex = billing.findings.find((f) => f.kind === "complex-function")!;
    expect(complex).toMatchObject({ file: "billing/rules.py", symbol: "classify", value: 13, remediationMinutes: 25 });

    expect(await main([".", "--upload", url, "--token", token, "--threads", "1"], io)).toBe(0);
    expect(await prisma.scan.count({ where: { projectId } })).toBe(1);
  });

  it("exits non-zero with the server's message on a bad token, without retrying", async () => {
    await orgWithProject();
    const url = await startDashboard();
    const repo = repoWithHistory();
    const err: string[] = [];
    const io = { stdout: () => undefined, stderr: (t: string) => void err.push(t), env: { CI: "true" } as unknown as NodeJS.ProcessEnv, cwd: repo };
    expect(await main([".", "--upload", url, "--token", "pd_wrong", "--threads", "1"], io)).not.toBe(0);
    expect(err.join("")).toMatch(/Invalid or revoked project token/);
    expect(await prisma.scan.count()).toBe(0);
  });
});
