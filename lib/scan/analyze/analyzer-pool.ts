import { existsSync } from "node:fs";
import { availableParallelism, totalmem } from "node:os";
import { Worker } from "node:worker_threads";
import type { FileAnalysis, Language } from "../types";
import { analyzeSource } from "./analyze-source";
import type { AnalyzeReply, AnalyzeRequest } from "./analyze-worker";
import { primeWindowHashes } from "../duplication/stream-facts";
import { initAnalyzer } from "./grammars";
import { slimAnalysis } from "../analysis-summary";
import { Retainer, retainBudget, type RetainHint, type RetainerOptions } from "./retainer";
import { CatFile } from "../git";
import { isBlobSource, sourceContent, type BlobSource } from "./blob-source";
import { balance } from "./balance";

/** A file the analyser did not analyse (content skip, unreadable blob): the reason in `error`, as analyzeFiles reads it. */
function skippedAnalysis(path: string, language: Language, reason: string): FileAnalysis {
  return { path, language, nloc: 0, functions: [], symbols: [], tokens: { hashes: new Uint32Array(0), lines: new Uint32Array(0) }, error: reason };
}

export interface AnalyzeCallOptions {
  /**
   * History backfill: this version's point and when the path's next version comes. The path
   * always goes to the same worker, which analyses it incrementally from the version it
   * retained, and retains this one when it is needed soon enough (see Retainer).
   */
  retain?: RetainHint;
  /** Clone detection's window size: a worker hashes the file's windows too (primeWindowHashes). */
  windowWidth?: number;
  /** History backfill: the analysis comes back slim, for this CCN threshold (see slimAnalysis). */
  slimAbove?: number;
  /** The file's size in bytes when known: a path without a worker of its own goes to the one with the fewest bytes queued. */
  bytes?: number;
}

export interface AnalyzerPool {
  /**
   * `source`: text, or the file's bytes (UTF-8, maybe with a byte order mark), decoded by the
   * analyser, or a git blob for a pool with a gitRoot (whose content skips come back as `error`).
   */
  analyze(path: string, source: string | Uint8Array | BlobSource, language: Language, opts?: AnalyzeCallOptions): Promise<FileAnalysis>;
  /** Whether analyze takes blobs (the pool has a gitRoot). */
  readonly readsBlobs: boolean;
  /** Statements taken from retained versions instead of walked again, over every analysis so far. */
  spliced(): number;
  /**
   * Gives paths whose versions will be retained a worker up front, balancing the weights given
   * (a history backfill: the bytes of each path's versions). Without it a path stays with the
   * worker that happened to be least busy when it first came, and a file that changes at most
   * points (Excalidraw's 14k-line App.tsx) made one worker the backfill's critical path.
   */
  assignHomes?(weights: ReadonlyArray<readonly [string, number]>): void;
  close(): Promise<void>;
}

export interface AnalyzerPoolOptions {
  /** Worker threads; 0 analyses in this thread (tests). Default: os.availableParallelism(). */
  threads?: number;
  /** Overrides where the worker entry is (for unusual bundle layouts). */
  workerUrl?: URL;
  /** Passed to analyzeSource (parity benchmark only). */
  explainLizard?: boolean;
  /** Per worker: retained source bound (UTF-16 code units). */
  retainer?: Partial<RetainerOptions>;
  /**
   * A directory of a git repository: the analysers then take blobs and read them with their own
   * `git cat-file` (history backfill), so the main thread neither reads nor copies file bytes.
   */
  gitRoot?: string;
}

/**
 * A history backfill keeps, per worker, the source (with syntax tree and walk results) of the
 * paths that change again soonest, so their next versions are re-analysed incrementally; the
 * bound is shared by the workers and depends on the machine's memory (retainBudget).
 * PAYDOWN_RETAIN_CHARS sets it per worker.
 */
function defaultRetainer(workers: number): RetainerOptions {
  return { budget: retainBudget(totalmem(), process.env.PAYDOWN_RETAIN_CHARS, workers) };
}

interface Pending { resolve(result: FileAnalysis): void; reject(error: Error): void; windowWidth?: number; path: string; language: Language; bytes: number }
/** `queued`: the bytes of the files in flight (a file of unknown size counts one). */
interface Slot { worker: Worker; inFlight: Map<number, Pending>; queued: number }

/**
 * The worker entry: the bundled `analyze-worker.mjs` next to this module's bundle, else the
 * TypeScript source (run from sources, which needs tsx's loader in the worker too).
 */
function startWorker(workerUrl: URL | undefined, retainer: RetainerOptions, gitRoot: string | undefined): Worker {
  const workerData = { retainer, gitRoot };
  if (workerUrl) return new Worker(workerUrl, { workerData });
  const bundled = new URL("./analyze-worker.mjs", import.meta.url);
  if (existsSync(bundled)) return new Worker(bundled, { workerData });
  // Node 20 does not apply `--import` loaders to worker threads: register tsx inside the worker.
  const source = new URL("./analyze-worker.ts", import.meta.url).href;
  const tsxApi = import.meta.resolve("tsx/esm/api");
  const bootstrap = `import(${JSON.stringify(tsxApi)}).then((m) => { m.register(); return import(${JSON.stringify(source)}); });`;
  return new Worker(bootstrap, { eval: true, workerData });
}

/** The call's hint when it asks for retention and the pool has a budget for it (else plain analyses, any worker). */
const retaining = (call: AnalyzeCallOptions | undefined, retainer: RetainerOptions): RetainHint | undefined =>
  retainer.budget > 0 ? call?.retain : undefined;

function inProcessPool(explainLizard: boolean | undefined, retainerOptions: RetainerOptions, gitRoot: string | undefined): AnalyzerPool {
  let ready: Promise<void> | undefined;
  let cat: CatFile | undefined;
  const retainer = new Retainer(retainerOptions);
  return {
    readsBlobs: gitRoot !== undefined,
    async analyze(path, source, language, call) {
      ready ??= initAnalyzer();
      if (isBlobSource(source) && gitRoot !== undefined) cat ??= new CatFile(gitRoot);
      const content = await sourceContent(source, cat);
      if ("skip" in content) return skippedAnalysis(path, language, content.skip);
      const text = content.text;
      await ready;
      const hint = retaining(call, retainerOptions);
      const result = hint && !explainLizard ? retainer.analyze(path, text, language, hint) : analyzeSource(path, text, language, { explainLizard });
      return call?.slimAbove === undefined ? result : slimAnalysis(result, call.slimAbove);
    },
    spliced: () => retainer.spliced,
    async close() {
      cat?.close();
      retainer.clear();
    },
  };
}

/** Analyses files on worker threads, each with its own parser and grammars. */
export function createAnalyzerPool(opts: AnalyzerPoolOptions = {}): AnalyzerPool {
  const threads = opts.threads ?? availableParallelism();
  const retainer = { ...defaultRetainer(Math.max(1, threads)), ...opts.retainer };
  if (threads <= 0) return inProcessPool(opts.explainLizard, retainer, opts.gitRoot);
  // The worker each retained path went to first, so its later versions find their predecessor.
  const home = new Map<string, Slot>();
  let nextId = 0;
  let closed = false;
  let spliced = 0;
  const slots: Slot[] = [];
  for (let i = 0; i < threads; i++) {
    const worker = startWorker(opts.workerUrl, retainer, opts.gitRoot);
    const slot: Slot = { worker, inFlight: new Map(), queued: 0 };
    worker.on("message", (reply: AnalyzeReply) => {
      const pending = slot.inFlight.get(reply.id);
      if (!pending) return;
      slot.inFlight.delete(reply.id);
      slot.queued -= pending.bytes;
      if ("error" in reply) pending.reject(new Error(reply.error));
      else if ("skip" in reply) pending.resolve(skippedAnalysis(pending.path, pending.language, reply.skip));
      else {
        spliced += reply.spliced;
        if (reply.windows) primeWindowHashes(reply.result.tokens, pending.windowWidth!, reply.windows);
        pending.resolve(reply.result);
      }
    });
    const failAll = (error: Error) => {
      for (const pending of slot.inFlight.values()) pending.reject(error);
      slot.inFlight.clear();
      slot.queued = 0;
    };
    worker.on("error", failAll);
    worker.on("exit", (code) => {
      if (!closed) failAll(new Error(`analyzer worker exited with code ${code}`));
    });
    slots.push(slot);
  }
  return {
    readsBlobs: opts.gitRoot !== undefined,
    analyze(path, source, language, call) {
      if (closed) return Promise.reject(new Error("analyzer pool is closed"));
      // Least-loaded worker, by bytes queued; callers may queue many files, the workers drain
      // them in order. By count, one worker took a backfill's first point's largest files.
      const retain = retaining(call, retainer);
      const weight = call?.bytes ?? 1;
      let slot = retain ? home.get(path) : undefined;
      if (!slot) {
        slot = slots[0]!;
        for (const candidate of slots) if (candidate.queued < slot.queued) slot = candidate;
        if (retain && retain.nextUse !== Infinity) home.set(path, slot);
      }
      const target = slot;
      const id = nextId++;
      return new Promise<FileAnalysis>((resolve, reject) => {
        const windowWidth = call?.windowWidth;
        target.inFlight.set(id, { resolve, reject, windowWidth, path, language, bytes: weight });
        target.queued += weight;
        // Bytes are copied out of the reader's buffer (a view into a larger one) and moved, not cloned.
        const bytes = typeof source === "string" || isBlobSource(source) ? null : new Uint8Array(source);
        const request: AnalyzeRequest = {
          id, path, source: bytes ?? source, language, explainLizard: opts.explainLizard, retain, windowWidth, slimAbove: call?.slimAbove,
        };
        target.worker.postMessage(request, bytes ? [bytes.buffer] : []);
      });
    },
    spliced: () => spliced,
    assignHomes(weights) {
      for (const [path, i] of balance(weights, slots.length)) home.set(path, slots[i]!);
    },
    async close() {
      closed = true;
      await Promise.all(slots.map((slot) => slot.worker.terminate()));
    },
  };
}
