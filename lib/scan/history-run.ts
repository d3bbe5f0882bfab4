import { existsSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import type { ScanDocument } from "../ingest/schema";
import type { AnalysisCache, InflightAnalyses } from "./analyze-files";
import { createAnalyzerPool } from "./analyze/analyzer-pool";
import { CHURN_WINDOW_DAYS, ChurnLogReader } from "./churn";
import { GitRunner } from "./git-runner";
import type { CliArgs } from "./cli-args";
import { defaultThreads, upload, writeOutput, type CliIo } from "./output";
import { ScanError, type ScanConfig } from "./config";
import { CatFile, CatFileCheck, commitInfos, currentBranch, gitPrefix, isGitRepo, type CommitInfo } from "./git";
import { TreeLister } from "./git-trees";
import { VersionSchedule, firstParentCommits, gitSnapshot, parseDuration, selectHistoryPoints } from "./history";
import { analyzeTree, finishTree } from "./scan-tree";
import { CloneHistory } from "./duplication/clone-history";
import { CloneIdentity } from "./duplication/stable-clones";
import { serializeDocumentParts } from "./serialize-document";
import { threadCpuMs } from "./thread-cpu";
import { lowerHelperThreads } from "./thread-priority";

const NEWLINE = Buffer.from("\n");
/** Points handed to the analyser workers ahead of the one this thread is finishing. */
const AHEAD = 3;

/** The documents as one JSON array, exactly JSON.stringify(docs), and a newline, in pieces. */
function jsonArray(docs: ScanDocument[]): Buffer[] {
  const parts: Buffer[] = [Buffer.from("[")];
  docs.forEach((d, i) => {
    if (i) parts.push(Buffer.from(","));
    parts.push(...serializeDocumentParts(d));
  });
  parts.push(Buffer.from("]"), NEWLINE);
  return parts;
}

/** A point's commit metadata, or what its listing gives when git show had none for it. */
function pointInfo(point: { sha: string; time: number }, info: CommitInfo | null | undefined): CommitInfo {
  return info ?? { sha: point.sha, committedAt: new Date(point.time * 1000).toISOString(), message: "" };
}

/**
 * History backfill: one scan per interval along HEAD's first-parent line, read from git objects
 * (the working tree is never touched). Analyses are cached by blob SHA across points, so a file
 * that did not change between two points is analysed once. Test reports describe the present
 * only, so past points have unknown test metrics.
 */
export async function runHistory(root: string, args: CliArgs, config: ScanConfig, io: CliIo): Promise<number> {
  if (!(await isGitRepo(root))) throw new ScanError(`--history needs a git repository; ${root} is not one`);
  if (args.coverage.length || args.junit.length) throw new ScanError("--coverage and --junit do not apply to --history (reports describe the present only)");
  if (args.functions) throw new ScanError("--functions is not supported with --history");
  if (args.commit) throw new ScanError("--commit is not supported with --history (points are chosen from HEAD's history)");
  const span = parseDuration(args.history!, "--history");
  const every = parseDuration(args.every ?? "1w", "--every");
  // First, while this process is small (see GitRunner); the analyser workers load their
  // grammars while git lists the history below (~0.3 s of rev-list on SQLAlchemy).
  const runner = new GitRunner();
  const cat = new CatFile(root);
  const check = new CatFileCheck(root);
  const lister = new TreeLister(cat, check);
  // The workers read the changed files' blobs themselves: this thread only names them.
  const pool = createAnalyzerPool({ threads: defaultThreads(args), gitRoot: root });
  const churnLog = new ChurnLogReader(root, (cwd, a) => runner.git(cwd, a));
  // This thread is the pipeline's critical path after the first point (see lowerHelperThreads);
  // PAYDOWN_NICE=0 leaves every thread at one priority.
  const nice = io.env.PAYDOWN_NICE !== "0";
  if (nice) lowerHelperThreads();
  const close = async () => {
    cat.close();
    check.close();
    runner.close();
    await pool.close();
  };
  const plan = async () => {
    const [commits, branch, prefix] = await Promise.all([
      firstParentCommits(root, "HEAD", { spanMs: span, everyMs: every }),
      args.branch ?? currentBranch(root),
      gitPrefix(root),
    ]);
    const points = selectHistoryPoints(commits, span, every);
    if (!points.length) throw new ScanError("the repository has no commits to backfill");
    return { commits, points, branch, prefix };
  };
  const { commits, points, branch, prefix } = await plan().catch(async (error: unknown) => {
    await close();
    throw error;
  });

  const jsonDir = args.json && args.json !== "-" && (args.json.endsWith("/") || (existsSync(resolve(io.cwd, args.json)) && statSync(resolve(io.cwd, args.json)).isDirectory()));
  const docs: ScanDocument[] = [];
  const cache: AnalysisCache = new Map();
  const cloneIdentity = new CloneIdentity();
  const cloneHistory = io.env.PAYDOWN_CLONE_HISTORY === "0" ? undefined : new CloneHistory();
  const log = (t: string) => {
    if (!args.quiet) io.stderr(t);
  };
  const timings: Record<string, number> = {};
  let spliced = 0;
  log(`history: ${points.length} points from ${commits.length} first-parent commits\n`);
  try {
    /*
     * Pipelined: point k+1's changed files are handed to the analyser workers before this
     * thread detects clones and builds point k's document, so the two overlap (with few changes a
     * point is mostly this thread's work; with many, mostly the workers'). Commit metadata and
     * tree listings are fetched one point further ahead.
     */
    // Errors surface where the promise is awaited; the no-op catch only avoids an unhandled rejection.
    const guard = <T>(p: Promise<T>) => (p.catch(() => undefined), p);
    // Every point's metadata in one git process; trees through the cat-file processes.
    const infos = guard(commitInfos(root, points.map((p) => p.sha)));
    // Every point's churn window from one walk of the graph, with the dates the points will use.
    void infos.then((m) => churnLog.plan(points.map((p) => ({ sha: p.sha, committedAt: pointInfo(p, m.get(p.sha)).committedAt })), CHURN_WINDOW_DAYS), () => undefined);
    // Every point listed first, so the analysers know which versions they will need again.
    const schedule = await VersionSchedule.list(lister, points.map((p) => p.sha), prefix);
    pool.assignHomes?.(schedule.changingPaths());
    const listing = (i: number) =>
      guard(
        Promise.all([
          infos.then((m) => m.get(points[i]!.sha) ?? null),
          gitSnapshot(points[i]!.sha, cat, lister, prefix, (path) => ({ point: i, nextUse: schedule.nextUse(path, i) })),
        ]),
      );
    const listings = new Map([[0, listing(0)]]);
    const inflight: InflightAnalyses = new Map();
    const start = (i: number) => {
      let dispatched!: () => void;
      const handedOver = new Promise<void>((r) => (dispatched = r));
      const analysed = guard(
        (async () => {
          const point = points[i]!;
          const [maybeInfo, snapshot] = await listings.get(i)!;
          listings.delete(i);
          if (i + 1 < points.length) listings.set(i + 1, listing(i + 1));
          // Points go oldest to newest and files rarely return to an old version: keeping only this
          // point's blobs bounds the cache to one tree's analyses. The previous point, still being
          // finished, holds its own analyses.
          const live = new Set(snapshot.paths.map((p) => snapshot.cacheKey!(p)));
          for (const key of cache.keys()) if (!live.has(key)) cache.delete(key);
          const info = pointInfo(point, maybeInfo);
          const pointTimings: Record<string, number> = {};
          const tree = await analyzeTree({
            snapshot,
            config,
            pool,
            cache,
            commit: { sha: info.sha, branch, committedAt: info.committedAt, message: info.message.slice(0, 10_000) },
            scannedAt: info.committedAt,
            churn: churnLog.read(info.sha, info.committedAt, CHURN_WINDOW_DAYS).catch(() => null),
            timings: io.env.PAYDOWN_TIMING ? pointTimings : undefined,
            // Every changed file in flight at once, so the workers have all of them queued
            // before this thread turns to the previous point's clones and document.
            concurrency: 256,
            onDispatched: dispatched,
            inflight,
            cloneIdentity,
            cloneHistory,
            slimAnalyses: true,
          });
          return { info, tree, pointTimings };
        })(),
      );
      // Settles too when the analysis fails before handing anything over.
      return { analysed, handedOver: Promise.race([handedOver, analysed.then(() => undefined, () => undefined)]) };
    };
    /*
     * Up to AHEAD points are handed to the workers before this thread finishes a point: a point
     * with few changes is mostly this thread's work, and with only the next one queued the
     * workers idled through it. Each is started once the one before it is handed over. The last
     * of them is not waited for: the workers are already ahead of this thread by then (the wait
     * had left it idle 20-200 ms a point on SQLAlchemy), and its hand-over goes on meanwhile.
     */
    const started: Array<ReturnType<typeof start> | undefined> = [];
    const startUpTo = async (last: number) => {
      while (started.length <= Math.min(last, points.length - 1)) {
        if (started.length) await started[started.length - 1]!.handedOver;
        started.push(start(started.length));
      }
    };
    let pointStarted = Date.now();
    for (let i = 0; i < points.length; i++) {
      await startUpTo(i + AHEAD);
      const { info, tree, pointTimings } = await started[i]!.analysed;
      started[i] = undefined;
      const { doc, analyses, cachedFiles } = await finishTree(tree);
      // Threads started since (libuv's pool starts lazily) are lowered too.
      if (nice && i === 0) lowerHelperThreads();
      for (const [k, v] of Object.entries(pointTimings)) timings[k] = (timings[k] ?? 0) + v;
      const lines = doc.modules.reduce((s, m) => s + m.lines, 0);
      log(
        `[${i + 1}/${points.length}] ${info.committedAt.slice(0, 10)} ${info.sha.slice(0, 10)}: ${analyses.length} files ` +
          `(${cachedFiles} cached), ${lines} lines, ${doc.modules.length} modules, ${Date.now() - pointStarted} ms` +
          (io.env.PAYDOWN_TIMING ? ` ${JSON.stringify(pointTimings)}${cloneHistory ? ` clones ${JSON.stringify(cloneHistory.stats)}` : ""}` : "") + "\n",
      );
      pointStarted = Date.now();
      const outputFrom = io.env.PAYDOWN_TIMING ? threadCpuMs() : Number.NaN;
      const parts = jsonDir || args.upload ? serializeDocumentParts(doc) : undefined;
      if (jsonDir) await writeOutput(join(args.json!, `${info.committedAt.slice(0, 10)}-${info.sha.slice(0, 12)}.json`), [...parts!, NEWLINE], io);
      else if (args.json) docs.push(doc);
      if (args.upload) await upload(doc, args, io, Buffer.concat(parts!));
      if (!Number.isNaN(outputFrom)) timings["output cpu"] = (timings["output cpu"] ?? 0) + Math.round(threadCpuMs() - outputFrom);
    }
  } finally {
    spliced = pool.spliced();
    await close();
  }
  if (io.env.PAYDOWN_TIMING) io.stderr(`timings (ms): ${JSON.stringify(timings)}; statements spliced from retained versions: ${spliced}\n`);
  if (args.json && !jsonDir) await writeOutput(args.json, jsonArray(docs), io);
  return 0;
}
