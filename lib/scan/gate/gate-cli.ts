import { existsSync, statSync } from "node:fs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { scanDocumentSchema, type GateBaseline, type ScanDocument } from "../../ingest/schema";
import { main as scanMain } from "../cli";
import { loadConfig, ScanError } from "../config";
import { classifyPaths, listGitFiles } from "../files";
import { commitInfo, currentBranch, isGitRepo } from "../git";
import type { CliIo } from "../output";
import { writeOutput } from "../output";
import { createPathMapper } from "../reports/path-mapper";
import { ReportError } from "../reports/report-error";
import { expandReportArgs } from "../report-files";
import { diffSince, mergeBase, readLineCoverage, targetBranchOf, untrackedChanges, untrackedFiles } from "./change";
import { changedLinesByFile, previousPaths } from "./diff-parse";
import { evaluateGate } from "./evaluate";
import { fetchBaseline, postGateResult, readBaselineFile } from "./exchange";
import { GATE_USAGE, GateSetupError, parseGateArgs, type GateArgs } from "./gate-args";
import { renderMarkdown, renderText, type RenderInput } from "./render";

const defaultIo = (): CliIo => ({
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  env: process.env,
  cwd: process.cwd(),
});

/** `paydown gate ...`: resolves to 0 (pass, or --warn-only), 1 (fail) or 2 (usage or setup error). */
export async function gateMain(argv: string[], io: CliIo = defaultIo()): Promise<number> {
  try {
    const args = parseGateArgs(argv, io.env);
    if (args.help) {
      io.stdout(GATE_USAGE);
      return 0;
    }
    return await runGate(args, io);
  } catch (err) {
    const known = err instanceof GateSetupError || err instanceof ScanError || err instanceof ReportError;
    io.stderr(`paydown gate: ${known ? (err as Error).message.split("\n")[0] : `error: ${(err as Error).stack ?? err}`}\n`);
    return 2;
  }
}

/** Scans the working tree with the scanner itself, so the gate and `paydown scan` never disagree. */
async function scanWorkingTree(root: string, args: GateArgs, io: CliIo): Promise<ScanDocument> {
  const dir = await mkdtemp(join(tmpdir(), "paydown-gate-"));
  const out = join(dir, "scan.json");
  const errors: string[] = [];
  try {
    const scanArgs = [root, "--json", out, "--quiet", ...args.coverage.flatMap((c) => ["--coverage", c])];
    if (args.config) scanArgs.push("--config", args.config);
    if (args.threads !== undefined) scanArgs.push("--threads", String(args.threads));
    const code = await scanMain(scanArgs, { ...io, stdout: () => undefined, stderr: (t) => void errors.push(t), env: { ...io.env, PAYDOWN_URL: "", PAYDOWN_TOKEN: "" } });
    if (code !== 0) throw new GateSetupError(`scanning the working tree failed: ${errors.join("").trim().replace(/^paydown scan: /, "")}`);
    return scanDocumentSchema.parse(JSON.parse(await readFile(out, "utf8")));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function readScanFile(file: string): Promise<ScanDocument> {
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(file, "utf8"));
  } catch (err) {
    throw new GateSetupError(`cannot read scan ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  const parsed = scanDocumentSchema.safeParse(raw);
  if (!parsed.success) throw new GateSetupError(`${file} is not a scan document: ${parsed.error.issues[0]!.path.join(".")}: ${parsed.error.issues[0]!.message}`);
  return parsed.data;
}

async function runGate(args: GateArgs, io: CliIo): Promise<number> {
  const root = resolve(io.cwd, args.path);
  if (!existsSync(root) || !statSync(root).isDirectory()) throw new GateSetupError(`${args.path}: not a directory`);
  if (!(await isGitRepo(root))) throw new GateSetupError(`${root} is not a git repository: the gate compares a change with its target branch`);
  const configFile = args.config ? resolve(io.cwd, args.config) : join(root, "paydown.config.json");
  const config = await loadConfig(configFile, Boolean(args.config));

  const targetBranch = await targetBranchOf(root, args.baseRef);
  const [base, head] = await Promise.all([mergeBase(root, args.baseRef), commitInfo(root)]);
  if (!head) throw new GateSetupError("the repository has no commits yet");
  // The baseline first: a missing one is the common setup error, and should not cost a scan.
  const baseline: GateBaseline = args.baseline ? await readBaselineFile(resolve(io.cwd, args.baseline)) : await fetchBaseline(args.server!, args.token!, targetBranch);
  const coverageFiles = await expandReportArgs(args.coverage, io.cwd, "--coverage");
  const current = args.scan ? await readScanFile(resolve(io.cwd, args.scan)) : await scanWorkingTree(root, args, io);

  const changes = [...(await diffSince(root, base)), ...(await untrackedChanges(root, await untrackedFiles(root)))];
  const changed = changedLinesByFile(changes);
  const sourceFiles = classifyPaths([...changed.keys()], { exclude: config.exclude, languages: config.languages }).candidates.map((c) => c.path);
  const coverage = coverageFiles.length ? await readLineCoverage(coverageFiles, createPathMapper(root, await listGitFiles(root))) : null;

  const outcome = evaluateGate({ baseline, current, changed, previous: previousPaths(changes), sourceFiles, coverage, config: config.gate });
  const view: RenderInput = {
    ...outcome,
    warnOnly: args.warnOnly,
    commitSha: head.sha,
    baseRef: args.baseRef,
    baseSha: base,
    baselineSha: baseline.scan.commitSha,
    projectUrl: baseline.project.url,
  };
  io.stdout(renderText(view));
  if (args.markdown) await writeOutput(args.markdown, renderMarkdown(view), io);

  if (args.post && args.server && args.token) {
    try {
      const posted = await postGateResult(args.server, args.token, {
        commitSha: head.sha,
        baseSha: base,
        branch: args.branch ?? (await currentBranch(root)),
        targetBranch,
        pullRequest: args.pullRequest,
        passed: outcome.passed,
        warnOnly: args.warnOnly,
        debtDelta: outcome.debtDelta,
        report: outcome.report,
      });
      io.stderr(`gate result posted to the dashboard${posted.url ? `: ${posted.url}` : ""}\n`);
    } catch (err) {
      // The decision stands without the dashboard's record of it.
      io.stderr(`paydown gate: could not post the result (${(err as Error).message}); the gate's decision stands\n`);
    }
  }
  return outcome.passed || args.warnOnly ? 0 : 1;
}
