import { execFileSync } from "node:child_process";
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { targetBranchOf } from "./change";
import { gateMain } from "./gate-cli";
import { parseGateArgs, pullRequestFromEnv } from "./gate-args";
import { baselineOf, doc, finding, mod } from "./test-input";

const ENV = { GIT_AUTHOR_NAME: "A", GIT_AUTHOR_EMAIL: "a@x", GIT_COMMITTER_NAME: "A", GIT_COMMITTER_EMAIL: "a@x" };

function run(argv: string[], cwd: string) {
  const out: string[] = [];
  const err: string[] = [];
  const io = { stdout: (t: string) => void out.push(t), stderr: (t: string) => void err.push(t), env: {} as NodeJS.ProcessEnv, cwd };
  return gateMain(argv, io).then((code) => ({ code, out: out.join(""), err: err.join("") }));
}

/** A repository with main and a branch adding billing/rules.py lines 4-20, plus a baseline and a scan file. */
function fixture() {
  const dir = mkdtempSync(join(tmpdir(), "paydown-gate-cli-"));
  const git = (...args: string[]) => execFileSync("git", args, { cwd: dir, env: { ...process.env, ...ENV } }).toString();
  git("init", "-q", "-b", "main");
  mkdirSync(join(dir, "billing"));
  writeFileSync(join(dir, "billing", "rules.py"), "def rate(x):\n    return x\n\n");
  git("add", ".");
  git("commit", "-q", "-m", "first");
  git("checkout", "-q", "-b", "feature");
  writeFileSync(join(dir, "billing", "rules.py"), "def rate(x):\n    return x\n\n" + Array.from({ length: 17 }, (_, i) => `y${i} = ${i}\n`).join(""));
  git("commit", "-q", "-am", "more");
  const out = mkdtempSync(join(tmpdir(), "paydown-gate-files-"));
  const before = doc([mod("billing", "billing")]);
  const after = doc([mod("billing", "billing", { findings: [finding({ category: "complexity", kind: "complex-function", file: "billing/rules.py", symbol: "classify", value: 13, threshold: 10, startLine: 4, endLine: 20 })] })]);
  const files = { baseline: join(out, "baseline.json"), clean: join(out, "clean.json"), worse: join(out, "worse.json"), md: join(out, "gate.md") };
  writeFileSync(files.baseline, JSON.stringify(baselineOf(before)));
  writeFileSync(files.clean, JSON.stringify(before));
  writeFileSync(files.worse, JSON.stringify(after));
  return { dir, files };
}

describe("paydown gate exit codes", () => {
  const { dir, files } = fixture();
  const base = ["--baseline", files.baseline, "--base-ref", "main"];

  it("0 when every rule passes", async () => {
    const r = await run([".", ...base, "--scan", files.clean], dir);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^paydown gate: passed/);
  });

  it("1 when a rule fails, with the Markdown report written", async () => {
    const r = await run([".", ...base, "--scan", files.worse, "--markdown", files.md], dir);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/function classify in module billing \(billing\/rules\.py:4\) is newly over the complexity threshold/);
    expect(readFileSync(files.md, "utf8")).toMatch(/## ❌ Paydown gate failed/);
  });

  it("0 with --warn-only, still reporting the failure", async () => {
    const r = await run([".", ...base, "--scan", files.worse, "--warn-only"], dir);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/failed \(reported only: --warn-only\)/);
  });

  it("2 for usage errors, with one clear line", async () => {
    expect(await run([".", "--bogus"], dir)).toMatchObject({ code: 2, err: expect.stringMatching(/^paydown gate: Unknown option '--bogus'/) });
    expect(await run(["."], dir)).toMatchObject({ code: 2, err: expect.stringMatching(/no baseline: pass --baseline FILE, or --server URL --token T/) });
    expect(await run([".", "--server", "http://x"], dir)).toMatchObject({ code: 2, err: expect.stringMatching(/--server needs a project token/) });
  });

  it("2 for setup errors: unknown target ref, unreadable baseline, a file that is not a baseline", async () => {
    expect(await run([".", "--baseline", files.baseline, "--base-ref", "origin/nope", "--scan", files.clean], dir)).toMatchObject({
      code: 2,
      err: expect.stringMatching(/cannot find the merge base of HEAD and origin\/nope .*fetch-depth: 0/),
    });
    expect((await run([".", "--baseline", "/nonexistent.json", "--base-ref", "main", "--scan", files.clean], dir)).code).toBe(2);
    expect(await run([".", "--baseline", files.clean, "--base-ref", "main", "--scan", files.clean], dir)).toMatchObject({
      code: 2,
      err: expect.stringMatching(/is not a Paydown baseline/),
    });
  });
});

describe("a CI clone", () => {
  it("judges the checked-out branch against origin/main by default and looks up the baseline of main", async () => {
    const { dir, files } = fixture();
    const clone = mkdtempSync(join(tmpdir(), "paydown-gate-clone-"));
    execFileSync("git", ["clone", "-q", "--branch", "feature", dir, clone]);
    expect(await targetBranchOf(clone, "origin/main")).toBe("main");
    expect(await targetBranchOf(clone, "refs/remotes/origin/release/2.x")).toBe("release/2.x");
    const r = await run([".", "--baseline", files.baseline, "--scan", files.worse], clone);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/against origin\/main \(merge base [0-9a-f]{12}, baseline scan of aaaaaaaaaaaa\)/);
  });
});

describe("parseGateArgs", () => {
  it("takes the target branch and pull request from GitHub Actions or GitLab CI", () => {
    const gh = { GITHUB_BASE_REF: "develop", GITHUB_REF: "refs/pull/42/merge", GITHUB_SERVER_URL: "https://github.com", GITHUB_REPOSITORY: "acme/shop", PAYDOWN_URL: "https://p.test", PAYDOWN_TOKEN: "pd_x" } as unknown as NodeJS.ProcessEnv;
    expect(parseGateArgs([], gh)).toMatchObject({ baseRef: "origin/develop", pullRequest: "https://github.com/acme/shop/pull/42", server: "https://p.test", token: "pd_x", post: true });
    const gl = { CI_MERGE_REQUEST_TARGET_BRANCH_NAME: "main", CI_MERGE_REQUEST_IID: "7", CI_PROJECT_URL: "https://gitlab.com/acme/shop" } as unknown as NodeJS.ProcessEnv;
    expect(pullRequestFromEnv(gl)).toBe("https://gitlab.com/acme/shop/-/merge_requests/7");
    expect(parseGateArgs(["--baseline", "b.json", "--no-post", "--pr", "9"], gl)).toMatchObject({ baseRef: "origin/main", pullRequest: "9", post: false, server: undefined });
  });
});
