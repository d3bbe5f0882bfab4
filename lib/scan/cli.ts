import { existsSync, statSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import type { Snapshot } from "./analyze-files";
import { createAnalyzerPool } from "./analyze/analyzer-pool";
import { readChurnLog } from "./churn";
import { parseCliArgs, USAGE, type CliArgs } from "./cli-args";
import { loadConfig, ScanError, type ScanConfig } from "./config";
import { listGitFiles, walkFiles } from "./files";
import { commitInfo, currentBranch, isGitRepo } from "./git";
import { runHistory } from "./history-run";
import { lizardCsv } from "./lizard-csv";
import { createProgress, progressEnabled } from "./progress";
import { readCoverage } from "./reports/coverage";
import { readJunit } from "./reports/junit";
import { createPathMapper } from "./reports/path-mapper";
import { ReportError } from "./reports/report-error";
import { expandReportArgs } from "./report-files";
import { summaryTable } from "./report-table";
import { scanTree } from "./scan-tree";
import { defaultThreads, upload, writeOutput, type CliIo } from "./output";

export type { CliIo } from "./output";

const defaultIo = (): CliIo => ({
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  env: process.env,
  cwd: process.cwd(),
});

/** `paydown scan ...`: argv are the arguments after `scan`; resolves to the exit code. */
export async function main(argv: string[], io: CliIo = defaultIo()): Promise<number> {
  try {
    const args = parseCliArgs(argv, io.env);
    if (args.help) {
      io.stdout(USAGE);
      return 0;
    }
    const root = resolve(io.cwd, args.path);
    if (!existsSync(root) || !statSync(root).isDirectory()) throw new ScanError(`${args.path}: not a directory`);
    const configFile = args.config ? resolve(io.cwd, args.config) : join(root, "paydown.config.json");
    const config = await loadConfig(configFile, Boolean(args.config));
    if (args.history) return await runHistory(root, args, config, io);
    return await scanOnce(root, args, config, io);
  } catch (err) {
    const message = err instanceof ScanError || err instanceof ReportError ? err.message : `error: ${(err as Error).stack ?? err}`;
    io.stderr(`paydown scan: ${err instanceof ScanError || err instanceof ReportError ? message.split("\n")[0] : message}\n`);
    return err instanceof ScanError || err instanceof ReportError ? 1 : 2;
  }
}

async function scanOnce(root: string, args: CliArgs, config: ScanConfig, io: CliIo): Promise<number> {
  const inGit = await isGitRepo(root);
  const head = inGit ? await commitInfo(root) : null;
  const sha = args.commit ?? head?.sha;
  if (!sha) {
    throw new ScanError(inGit ? "the repository has no commits yet; pass --commit SHA" : `${root} is not a git repository; pass --commit SHA`);
  }
  const branch = args.branch ?? (inGit ? await currentBranch(root) : null);
  const progress = createProgress(progressEnabled(args.quiet));

  progress.phase("listing files");
  const paths = inGit ? await listGitFiles(root) : await walkFiles(root);
  const snapshot: Snapshot = { paths, read: (p) => readFile(join(root, p)) };
  const churn = head ? readChurnLog(root, head.sha, head.committedAt).catch(() => null) : Promise.resolve(null);

  const coverageFiles = await expandReportArgs(args.coverage, io.cwd, "--coverage");
  const junitFiles = await expandReportArgs(args.junit, io.cwd, "--junit");
  const mapper = coverageFiles.length || junitFiles.length ? createPathMapper(root, paths) : null;
  const coverage = mapper && coverageFiles.length ? await readCoverage(coverageFiles, mapper) : null;
  const junit = mapper && junitFiles.length ? await readJunit(junitFiles, mapper) : null;

  const pool = createAnalyzerPool({ threads: defaultThreads(args) });
  const timings: Record<string, number> = {};
  let result;
  try {
    result = await scanTree({
      snapshot,
      config,
      pool,
      commit: { sha, branch, committedAt: head && sha === head.sha ? head.committedAt : null, message: head && sha === head.sha ? head.message.slice(0, 10_000) : null },
      scannedAt: new Date().toISOString(),
      churn,
      coverage: coverage?.files ?? null,
      tests: junit?.cases ?? null,
      unmappedReportPaths: [...(coverage?.unmapped ?? []), ...(junit?.unmapped ?? [])],
      onFile: (d, t) => progress.update(d, t),
      onPhase: (p) => progress.phase(p),
      timings: io.env.PAYDOWN_TIMING ? timings : undefined,
    });
  } finally {
    progress.done();
    await pool.close();
  }
  const { doc } = result;
  const started = performance.now();

  // Compact: large repositories produce 10+ MB documents, and indentation adds half again.
  if (args.json) await writeOutput(args.json, JSON.stringify(doc) + "\n", io);
  if (args.functions) await writeOutput(args.functions, lizardCsv(result.analyses), io);
  const toStdout = args.json === "-" || args.functions === "-";
  if (!args.quiet) (toStdout ? io.stderr : io.stdout)(summaryTable(doc) + "\n");
  timings.output = Math.round(performance.now() - started);
  if (io.env.PAYDOWN_TIMING) io.stderr(`timings (ms): ${JSON.stringify(timings)}\n`);
  if (args.upload) await upload(doc, args, io);
  return 0;
}
