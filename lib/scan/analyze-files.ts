import type { AnalyzerPool } from "./analyze/analyzer-pool";
import { contentSkipReason, type Candidate, type Skipped } from "./files";
import type { FileAnalysis } from "./types";

/** A file tree to scan: the working tree, or a commit read from git objects. */
export interface Snapshot {
  /** Every file in the snapshot, repository-relative, "/" separated. */
  paths: string[];
  read(path: string): Promise<Buffer>;
  /** Content identity (a git blob SHA) for caching analyses across history points. */
  cacheKey?(path: string): string | undefined;
}

/** Analysis results by content key; a skip reason is cached too so a generated blob is read once. */
export type AnalysisCache = Map<string, FileAnalysis | { skip: string }>;

export interface AnalyzedFiles {
  analyses: FileAnalysis[];
  skipped: Skipped[];
  /** How many files came from the cache (history backfill reports it). */
  cached: number;
}

function decode(buf: Buffer): string {
  const text = buf.toString("utf8");
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
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

  const one = async (c: Candidate): Promise<FileAnalysis | { skip: string }> => {
    const key = snapshot.cacheKey?.(c.path);
    const hit = key ? opts.cache?.get(key) : undefined;
    if (hit) {
      cached++;
      pass();
      return "skip" in hit ? hit : hit.path === c.path ? hit : { ...hit, path: c.path };
    }
    let result: FileAnalysis | { skip: string };
    let buf: Buffer;
    try {
      buf = await snapshot.read(c.path);
    } catch (err) {
      pass();
      return { skip: `unreadable: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}` };
    }
    const reason = contentSkipReason(buf);
    if (reason) {
      pass();
      result = { skip: reason };
    } else {
      try {
        const pending = pool.analyze(c.path, decode(buf), c.language);
        pass();
        const analysis = await pending;
        result = analysis.error ? { skip: analysis.error } : analysis;
      } catch (err) {
        result = { skip: `analysis failed: ${(err as Error).message}` };
      }
    }
    if (key && opts.cache) opts.cache.set(key, result);
    return result;
  };

  const worker = async () => {
    while (next < candidates.length) {
      const i = next++;
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
