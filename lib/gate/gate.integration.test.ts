import { execFileSync } from "node:child_process";
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { GET as getBaseline } from "@/app/api/v1/baseline/route";
import { POST as postGateResult } from "@/app/api/v1/gate-results/route";
import { POST as postScan } from "@/app/api/v1/scans/route";
import { prisma } from "@/lib/db/client";
import { listGateResults } from "@/lib/gate/data";
import { gateResultRows } from "@/lib/gate/results";
import { main as scan } from "@/lib/scan/cli";
import { gateMain } from "@/lib/scan/gate/gate-cli";
import { orgWithProject } from "@/test/fixtures";
import { serveRoutes } from "@/test/route-server";

// The whole flow on a real git repository: the real scanner uploads the baseline over real HTTP
// to the real route handlers and database, then `paydown gate` fetches it, judges a branch and
// posts its result back.
let dashboard: Awaited<ReturnType<typeof serveRoutes>> | undefined;

async function startDashboard(): Promise<string> {
  dashboard = await serveRoutes({
    "POST /api/v1/scans": postScan,
    "GET /api/v1/baseline": getBaseline,
    "POST /api/v1/gate-results": postGateResult,
  });
  return dashboard.url;
}

afterEach(async () => {
  await dashboard?.close();
  dashboard = undefined;
});

const ENV = { GIT_AUTHOR_NAME: "A", GIT_AUTHOR_EMAIL: "a@x", GIT_COMMITTER_NAME: "A", GIT_COMMITTER_EMAIL: "a@x" };

function makeRepo() {
  const dir = mkdtempSync(join(tmpdir(), "paydown-gate-"));
  const git = (...args: string[]) => execFileSync("git", args, { cwd: dir, env: { ...process.env, ...ENV } }).toString();
  git("init", "-q", "-b", "main");
  mkdirSync(join(dir, "billing"));
  writeFileSync(join(dir, "billing", "__init__.py"), "");
  writeFileSync(join(dir, "billing", "rules.py"), 'def rate(x):\n    """Rate of x."""\n    return x * 2\n');
  mkdirSync(join(dir, "api"));
  writeFileSync(join(dir, "api", "views.ts"), "/** Home. */\nexport function index(): number {\n  return 1;\n}\n");
  git("add", ".");
  git("commit", "-q", "-m", "first");
  return { dir, git };
}

/** A function with CCN 13 (threshold 10), appended to billing/rules.py from line 4 on. */
const CLASSIFY = 'def classify(x):\n    """Bucket of x."""\n' + Array.from({ length: 12 }, (_, i) => `    if x == ${i}:\n        return ${i}\n`).join("") + "    return -1\n";

function io(cwd: string) {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    io: { stdout: (t: string) => void out.push(t), stderr: (t: string) => void err.push(t), env: { CI: "true" } as unknown as NodeJS.ProcessEnv, cwd },
  };
}

describe("paydown gate against the dashboard", () => {
  it("fails an unplanned over-threshold function, passes once the sprint plans it, fails low changed-lines coverage, and records each result", async () => {
    const { token, projectId, orgId } = await orgWithProject();
    const url = await startDashboard();
    const { dir, git } = makeRepo();

    // No scan of main yet: a setup error, not a verdict.
    const early = io(dir);
    expect(await gateMain([".", "--server", url, "--token", token, "--base-ref", "main", "--threads", "1"], early.io)).toBe(2);
    expect(early.err.join("")).toMatch(/No scan of branch "main"/);

    const up = io(dir);
    expect(await scan([".", "--upload", url, "--token", token, "--threads", "1", "--quiet"], up.io)).toBe(0);

    git("checkout", "-q", "-b", "feature/classify");
    writeFileSync(join(dir, "billing", "rules.py"), readFileSync(join(dir, "billing", "rules.py"), "utf8") + CLASSIFY);
    git("commit", "-q", "-am", "add classify");
    const head = git("rev-parse", "HEAD").trim();

    const gateArgs = [".", "--server", url, "--token", token, "--base-ref", "main", "--threads", "1", "--pr", "42"];
    const md = join(dir, "..", `gate-${Date.now()}.md`);
    const first = io(dir);
    expect(await gateMain([...gateArgs, "--markdown", md], first.io)).toBe(1);
    const text = first.out.join("");
    expect(text).toMatch(/function classify in module billing \(billing\/rules\.py:4\) is newly over the complexity threshold: CCN 13 > 10/);
    expect(text).toMatch(/module billing adds 25 min of debt with no plan/);
    expect(readFileSync(md, "utf8")).toContain("## ❌ Paydown gate failed");

    // The plan: a debt item for billing in the running sprint of a team working on the project.
    const billing = await prisma.module.findFirstOrThrow({ where: { orgId, projectId, name: "billing" } });
    const today = new Date();
    const day = (offset: number) => new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() + offset));
    const team = await prisma.team.create({ data: { orgId, slug: "platform", name: "Platform", projects: { create: { orgId, projectId } } } });
    const sprint = await prisma.sprint.create({ data: { orgId, teamId: team.id, name: "Sprint 14", startDate: day(-2), endDate: day(7), budgetTarget: 0.2 } });
    const second = io(dir);
    expect(await gateMain(gateArgs, second.io)).toBe(1);
    expect(second.out.join("")).toMatch(new RegExp(`add a debt work item for module billing to the current sprint "Sprint 14" of team Platform \\(${url}/orgs/acme/teams/platform/sprints/${sprint.id}, or POST /api/v1/sprints/${sprint.id}/items`));

    await prisma.workItem.create({
      data: { orgId, sprintId: sprint.id, title: "Split classify", externalKey: "PAY-7", type: "debt", category: "complexity", modules: { create: { orgId, moduleId: billing.id } } },
    });
    const third = io(dir);
    expect(await gateMain(gateArgs, third.io)).toBe(0);
    expect(third.out.join("")).toMatch(/module billing adds 25 min of debt, planned by PAY-7 Split classify \(Sprint 14, Platform\)/);
    expect(third.out.join("")).toMatch(/paydown gate: passed/);
    expect(third.out.join("")).toMatch(/function classify in module billing .* newly over the complexity threshold: CCN 13 > 10 \(\+3\); planned by PAY-7/);

    // Changed lines mostly not run by the tests: below the 80% minimum.
    const lcov = join(mkdtempSync(join(tmpdir(), "paydown-gate-cov-")), "lcov.info");
    const lines = Array.from({ length: 30 }, (_, i) => i + 1);
    writeFileSync(lcov, `SF:${join(dir, "billing", "rules.py")}\n${lines.map((l) => `DA:${l},${l <= 6 ? 1 : 0}`).join("\n")}\nend_of_record\n`);
    const fourth = io(dir);
    expect(await gateMain([...gateArgs, "--coverage", lcov], fourth.io)).toBe(1);
    expect(fourth.out.join("")).toMatch(/changed-lines coverage 11\.1% is below the minimum 80\.0%/);
    expect(fourth.out.join("")).toMatch(/billing\/rules\.py: 3 of 27 changed lines covered; not covered: 7-30/);

    const rows = gateResultRows(await listGateResults(orgId, projectId));
    expect(rows.map((r) => [r.commitSha, r.passed, r.pullRequest, r.targetBranch, r.debtDelta])).toEqual([
      [head, false, "42", "main", 25],
      [head, true, "42", "main", 25],
      [head, false, "42", "main", 25],
      [head, false, "42", "main", 25],
    ]);
    expect(rows[0]!.failedRules).toEqual(["changed-lines-coverage"]);
    expect(rows[1]!.plans).toEqual([{ module: "billing", plannedBy: ["PAY-7 Split classify (Sprint 14, Platform)"] }]);
    expect(rows[3]!.failedRules).toEqual(["complexity", "debt-plan"]);
  });
});
