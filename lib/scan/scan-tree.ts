import type { ScanDocument } from "../ingest/schema";
import { analyzeFiles, type AnalysisCache, type InflightAnalyses, type Snapshot } from "./analyze-files";
import type { AnalyzerPool } from "./analyze/analyzer-pool";
import { buildDocument } from "./build-document";
import { churnByModule, type ChurnCommit } from "./churn";
import type { ScanConfig } from "./config";
import { detectClones } from "./duplication/detect-clones";
import type { CloneHistory } from "./duplication/clone-history";
import type { CloneIdentity } from "./duplication/stable-clones";
import { classifyPaths, type Skipped } from "./files";
import { configModules, createModuleAssigner, detectModules, rootModule, type ModuleDef } from "./modules";
import { CODEOWNERS_PATHS, parseCodeowners, type Codeowners } from "./owners";
import type { FileCoverage } from "./reports/coverage";
import type { TestCase } from "./reports/junit";
import { mapObjects } from "./object-array";
import { threadCpuMs } from "./thread-cpu";
import type { FileAnalysis } from "./types";

export interface TreeScanInput {
  snapshot: Snapshot;
  config: ScanConfig;
  pool: AnalyzerPool;
  cache?: AnalysisCache;
  commit: ScanDocument["commit"];
  scannedAt: string;
  /** Resolves to the churn window's commits; null when there is no git history. */
  churn: Promise<ChurnCommit[] | null>;
  coverage?: Map<string, FileCoverage> | null;
  tests?: TestCase[] | null;
  unmappedReportPaths?: string[];
  onFile?: (done: number, total: number) => void;
  onPhase?: (phase: string) => void;
  /** Receives wall milliseconds per phase, and this thread's CPU ms as "<phase> cpu" (given only for PAYDOWN_TIMING=1). */
  timings?: Record<string, number>;
  /** Files in flight at once (reads and analyses); see analyzeFiles. */
  concurrency?: number;
  /** Every file is served from the cache or handed to the analyser workers. */
  onDispatched?: () => void;
  /** Analyses under way, shared by overlapping history points. */
  inflight?: InflightAnalyses;
  /** Keeps a clone found again the object it was (history backfill; see CloneIdentity). */
  cloneIdentity?: CloneIdentity;
  /** Carries clone detection's index state from point to point (history backfill; see CloneHistory). */
  cloneHistory?: CloneHistory;
  /** Analyses come back slim (history backfill: no --functions CSV; see slimAnalysis). */
  slimAnalyses?: boolean;
}

export interface TreeScanResult {
  doc: ScanDocument;
  analyses: FileAnalysis[];
  modules: ModuleDef[];
  cachedFiles: number;
}

async function readText(snapshot: Snapshot, present: Set<string>, path: string): Promise<string | null> {
  if (!present.has(path)) return null;
  try {
    return (await snapshot.read(path)).toString("utf8");
  } catch {
    return null;
  }
}

export async function resolveModules(snapshot: Snapshot, config: ScanConfig, sourcePaths: string[]): Promise<ModuleDef[]> {
  const present = new Set(snapshot.paths);
  const defs = config.modules?.length
    ? configModules(config)
    : await detectModules(snapshot.paths, sourcePaths, (p) => readText(snapshot, present, p));
  return [...defs, rootModule()];
}

export async function readCodeowners(snapshot: Snapshot): Promise<Codeowners | null> {
  const present = new Set(snapshot.paths);
  for (const p of CODEOWNERS_PATHS) {
    const text = await readText(snapshot, present, p);
    if (text != null) return parseCodeowners(text);
  }
  return null;
}

/**
 * The module assigner of the last snapshot when its modules are the same: the same function from
 * point to point of a backfill, so what is kept per path or per clone for one assigner (its own
 * cache, the document's per-clone sides) stays valid.
 */
let lastAssigner: { key: string; assign: (path: string) => ModuleDef } | undefined;

function moduleAssigner(modules: ModuleDef[]): (path: string) => ModuleDef {
  const key = JSON.stringify(modules);
  if (lastAssigner?.key !== key) lastAssigner = { key, assign: createModuleAssigner(modules) };
  return lastAssigner.assign;
}

/** A snapshot's files analysed: everything scanTree needs from the worker threads. */
export interface AnalyzedTree {
  input: TreeScanInput;
  modules: ModuleDef[];
  moduleOf: (path: string) => ModuleDef;
  codeowners: Codeowners | null;
  pathSkips: Skipped[];
  analyzed: Awaited<ReturnType<typeof analyzeFiles>>;
  lap: (name: string) => void;
}

/** First half of scanTree: modules, owners and the per-file analyses (the worker threads' part). */
export async function analyzeTree(input: TreeScanInput): Promise<AnalyzedTree> {
  const { snapshot, config } = input;
  let last = performance.now();
  let lastCpu = input.timings ? threadCpuMs() : Number.NaN;
  const lap = (name: string) => {
    const now = performance.now();
    const { timings } = input;
    if (timings) {
      timings[name] = (timings[name] ?? 0) + Math.round(now - last);
      const cpu = threadCpuMs();
      if (!Number.isNaN(cpu)) timings[`${name} cpu`] = (timings[`${name} cpu`] ?? 0) + Math.round(cpu - lastCpu);
      lastCpu = cpu;
    }
    last = now;
  };
  const { candidates, skipped: pathSkips } = classifyPaths(snapshot.paths, { exclude: config.exclude, languages: config.languages });
  const modules = await resolveModules(snapshot, config, candidates.map((c) => c.path));
  const moduleOf = moduleAssigner(modules);
  const codeowners = await readCodeowners(snapshot);

  lap("modules");
  input.onPhase?.("analysing");
  const analyzed = await analyzeFiles(snapshot, candidates, input.pool, {
    cache: input.cache,
    onFile: input.onFile,
    concurrency: input.concurrency,
    onDispatched: input.onDispatched,
    inflight: input.inflight,
    windowWidth: config.thresholds.duplication.minTokens,
    slimAbove: input.slimAnalyses ? config.thresholds.complexity : undefined,
  });
  lap("analysis");
  return { input, modules, moduleOf, codeowners, pathSkips, analyzed, lap };
}

/** Lets queued I/O and worker replies run, so a pipelined next point keeps the workers fed. */
const breathe = () => new Promise<void>((r) => setImmediate(r));

/**
 * Second half of scanTree: clone detection and the document, on this thread. It yields between
 * the two, because a history backfill runs it while the next point is being analysed.
 */
export async function finishTree(tree: AnalyzedTree): Promise<TreeScanResult> {
  const { input, modules, moduleOf, analyzed, lap } = tree;
  const { snapshot, config } = input;
  lap("analysis wait");
  input.onPhase?.("duplication");
  const { minTokens, minLines } = config.thresholds.duplication;
  const detected = detectClones(
    mapObjects(analyzed.analyses, (a) => ({ path: a.path, language: a.language, tokens: a.tokens })),
    { minTokens, minLines, history: input.cloneHistory },
  );
  // Carried clone detection keeps unchanged clones' objects itself.
  const clones = input.cloneIdentity && !input.cloneHistory ? input.cloneIdentity.stabilise(detected) : detected;
  lap("duplication");
  const churnCommits = await input.churn;
  await breathe();
  lap("churn wait");
  const skipped: Skipped[] = [
    ...tree.pathSkips,
    ...analyzed.skipped,
    ...clones.skipped.map((s) => ({ path: s.path, reason: `duplication: ${s.reason}` })),
  ];
  const doc = buildDocument({
    config,
    modules,
    moduleOf,
    analyses: analyzed.analyses,
    allPaths: snapshot.paths,
    clones,
    coverage: input.coverage ?? null,
    tests: input.tests ?? null,
    churn: churnCommits ? churnByModule(churnCommits, (p) => moduleOf(p).name) : null,
    codeowners: tree.codeowners,
    commit: input.commit,
    scannedAt: input.scannedAt,
    skipped: skipped.map((s) => ({ path: s.path.slice(0, 1024), reason: s.reason.slice(0, 500) })),
    unmappedReportPaths: (input.unmappedReportPaths ?? []).map((p) => p.slice(0, 1024)),
    // A cache means more snapshots of the same repository follow (history backfill).
    reuse: input.cache != null,
  });
  lap("document");
  return { doc, analyses: analyzed.analyses, modules, cachedFiles: analyzed.cached };
}

/** One snapshot to one scan document: the part shared by `paydown scan` and history backfill. */
export async function scanTree(input: TreeScanInput): Promise<TreeScanResult> {
  return finishTree(await analyzeTree(input));
}
