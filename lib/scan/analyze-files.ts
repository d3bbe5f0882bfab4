import type { AnalyzerPool } from "./analyze/analyzer-pool";
import { unreadable, type BlobSource } from "./analyze/blob-source";
import type { RetainHint } from "./analyze/retainer";
import { contentSkipReason } from "./content-skip";
import type { Candidate, Skipped } from "./files";
import type { FileAnalysis } from "./types";

/** A file tree to scan: the working tree, or a commit read from git objects. */
export interface Snapshot {
  /** Every file in the snapshot, repository-relative, "/" separated. */
  paths: string[];
  read(path: string): Promise<Buffer>;
  /** Content identity (a git blob SHA) for caching analyses across history points. */
  cacheKey?(path: string): string | undefined;
  /** The git blob holding the path (git snapshots): a pool that reads blobs is sent it instead of the bytes. */
  blob?(path: string): string | undefined;
  /** Size in bytes when known without reading (git trees list it): larger files go first. */
  size?(path: string): number | undefined;
  /**
   * History backfill: this snapshot's point and the one at which the path next holds different
   * content (Infinity: never), so the analyser retains the versions it will need soonest.
   */
  retainHint?(path: string): RetainHint;
}

/** Analysis results by content key; a skip reason is cached too so a generated blob is read once. */
export type AnalysisCache = Map<string, FileAnalysis | { skip: string }>;
/** Analyses under way by content key: a second request for the blob waits for the first. */
export type InflightAnalyses = Map<string, Promise<FileAnalysis | { skip: string }>>;

export interface AnalyzedFiles {
  analyses: FileAnalysis[];
  skipped: Skipped[];
  /** How many files came from the cache (history backfill reports it). */
  cached: number;
}

/**
 * Reads and analyses every candidate with a bounded number of files in flight, so memory stays
 * proportional to the pool size rather than to the repository. Results are in candidate order.
 */
export async function analyzeFiles(
  snapshot: Snapshot,
  candidates: Candidate[],
  pool: AnalyzerPool,
  opts: {
    cache?: AnalysisCache;
    concurrency?: number;
    onFile?: (done: number, total: number) => void;
    /** Called once every file is served from the cache, skipped or handed to the pool. */
    onDispatched?: () => void;
    /** Shared between overlapping calls (history points) so a blob is analysed once. */
    inflight?: InflightAnalyses;
    /** Clone detection's window size: the analysers hash each file's windows too. */
    windowWidth?: number;
    /** History backfill: analyses come back slim, for this CCN threshold (see slimAnalysis). */
    slimAbove?: number;
  } = {},
): Promise<AnalyzedFiles> {
  const results: (FileAnalysis | { skip: string } | undefined)[] = new Array(candidates.length);
  const concurrency = opts.concurrency ?? 32;
  let next = 0;
  let done = 0;
  let cached = 0;
  let passed = 0;
  const pass = () => {
    if (++passed === candidates.length) opts.onDispatched?.();
  };
  if (!candidates.length) opts.onDispatched?.();

  const inflight: InflightAnalyses = opts.inflight ?? new Map();
  const withPath = (r: FileAnalysis | { skip: string }, path: string) => ("skip" in r || r.path === path ? r : { ...r, path });

  const fresh = async (c: Candidate): Promise<FileAnalysis | { skip: string }> => {
    const blob = pool.readsBlobs ? snapshot.blob?.(c.path) : undefined;
    if (blob !== undefined) return handOver(c, { blob });
    let buf: Buffer;
    try {
      buf = await snapshot.read(c.path);
    } catch (err) {
      pass();
      return { skip: unreadable(err) };
    }
    const reason = contentSkipReason(buf);
    if (reason) {
      pass();
      return { skip: reason };
    }
    // Bytes, not text: the analyser decodes them, off this thread.
    return handOver(c, buf);
  };

  /** `source`: the file's bytes, or its blob (the analyser reads it and decides content skips, which come back as `error`). */
  const handOver = async (c: Candidate, source: Buffer | BlobSource): Promise<FileAnalysis | { skip: string }> => {
    try {
      const pending = pool.analyze(c.path, source, c.language, { retain: snapshot.retainHint?.(c.path), windowWidth: opts.windowWidth, slimAbove: opts.slimAbove, bytes: snapshot.size?.(c.path) });
      pass();
      const analysis = await pending;
      return analysis.error ? { skip: analysis.error } : analysis;
    } catch (err) {
      return { skip: `analysis failed: ${(err as Error).message}` };
    }
  };

  const one = async (c: Candidate): Promise<FileAnalysis | { skip: string }> => {
    const key = snapshot.cacheKey?.(c.path);
    const hit = key ? opts.cache?.get(key) : undefined;
    if (hit) {
      cached++;
      pass();
      return withPath(hit, c.path);
    }
    const running = key ? inflight.get(key) : undefined;
    if (running) {
      cached++;
      pass();
      return withPath(await running, c.path);
    }
    const promise = fresh(c);
    if (!key) return promise;
    inflight.set(key, promise);
    const result = await promise;
    inflight.delete(key);
    // A read failure may be passing; anything else is what this blob gives.
    if (!("skip" in result && result.skip.startsWith("unreadable: "))) opts.cache?.set(key, result);
    return result;
  };

  // Cache hits first (no I/O), then the rest largest first: the long analyses start early and the
  // workers finish together instead of one idling while the other parses a 300 KB file.
  const order = candidates.map((_, i) => i);
  if (snapshot.size || snapshot.cacheKey) {
    const known = (i: number) => {
      const key = snapshot.cacheKey?.(candidates[i]!.path);
      return key != null && (opts.cache?.has(key) || inflight.has(key));
    };
    const weight = order.map((i) => (known(i) ? Infinity : snapshot.size?.(candidates[i]!.path) ?? 0));
    order.sort((x, y) => weight[y]! - weight[x]! || x - y);
  }

  const worker = async () => {
    while (next < candidates.length) {
      const i = order[next++]!;
      results[i] = await one(candidates[i]!);
      opts.onFile?.(++done, candidates.length);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, candidates.length) }, worker));

  const analyses: FileAnalysis[] = [];
  const skipped: Skipped[] = [];
  results.forEach((r, i) => {
    if (!r) return;
    if ("skip" in r) skipped.push({ path: candidates[i]!.path, reason: r.skip });
    else analyses.push(r);
  });
  return { analyses, skipped, cached };
}
