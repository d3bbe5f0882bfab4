import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { FileAnalysis, Language } from "../types";
import { analyzeSource } from "./analyze-source";
import type { AnalyzeReply, AnalyzeRequest } from "./analyze-worker";
import { initAnalyzer } from "./grammars";

export interface AnalyzerPool {
  analyze(path: string, source: string, language: Language): Promise<FileAnalysis>;
  close(): Promise<void>;
}

export interface AnalyzerPoolOptions {
  /** Worker threads; 0 analyses in this thread (tests). Default: os.availableParallelism(). */
  threads?: number;
  /** Overrides where the worker entry is (for unusual bundle layouts). */
  workerUrl?: URL;
  /** Passed to analyzeSource (parity benchmark only). */
  explainLizard?: boolean;
}

interface Pending { resolve(result: FileAnalysis): void; reject(error: Error): void }
interface Slot { worker: Worker; inFlight: Map<number, Pending> }

/**
 * The worker entry: the bundled `analyze-worker.mjs` next to this module's bundle, else the
 * TypeScript source (run from sources, which needs tsx's loader in the worker too).
 */
function startWorker(workerUrl: URL | undefined): Worker {
  if (workerUrl) return new Worker(workerUrl);
  const bundled = new URL("./analyze-worker.mjs", import.meta.url);
  if (existsSync(bundled)) return new Worker(bundled);
  // Node 20 does not apply `--import` loaders to worker threads: register tsx inside the worker.
  const source = new URL("./analyze-worker.ts", import.meta.url).href;
  const tsxApi = import.meta.resolve("tsx/esm/api");
  const bootstrap = `import(${JSON.stringify(tsxApi)}).then((m) => { m.register(); return import(${JSON.stringify(source)}); });`;
  return new Worker(bootstrap, { eval: true });
}

function inProcessPool(explainLizard: boolean | undefined): AnalyzerPool {
  let ready: Promise<void> | undefined;
  return {
    async analyze(path, source, language) {
      ready ??= initAnalyzer();
      await ready;
      return analyzeSource(path, source, language, { explainLizard });
    },
    async close() {},
  };
}

/** Analyses files on worker threads, each with its own parser and grammars. */
export function createAnalyzerPool(opts: AnalyzerPoolOptions = {}): AnalyzerPool {
  const threads = opts.threads ?? availableParallelism();
  if (threads <= 0) return inProcessPool(opts.explainLizard);
  let nextId = 0;
  let closed = false;
  const slots: Slot[] = [];
  for (let i = 0; i < threads; i++) {
    const worker = startWorker(opts.workerUrl);
    const slot: Slot = { worker, inFlight: new Map() };
    worker.on("message", (reply: AnalyzeReply) => {
      const pending = slot.inFlight.get(reply.id);
      if (!pending) return;
      slot.inFlight.delete(reply.id);
      if ("error" in reply) pending.reject(new Error(reply.error));
      else pending.resolve(reply.result);
    });
    const failAll = (error: Error) => {
      for (const pending of slot.inFlight.values()) pending.reject(error);
      slot.inFlight.clear();
    };
    worker.on("error", failAll);
    worker.on("exit", (code) => {
      if (!closed) failAll(new Error(`analyzer worker exited with code ${code}`));
    });
    slots.push(slot);
  }
  return {
    analyze(path, source, language) {
      if (closed) return Promise.reject(new Error("analyzer pool is closed"));
      // Least-loaded worker; callers may queue many files, the workers drain them in order.
      let slot = slots[0];
      for (const candidate of slots) if (candidate.inFlight.size < slot.inFlight.size) slot = candidate;
      const id = nextId++;
      return new Promise<FileAnalysis>((resolve, reject) => {
        slot.inFlight.set(id, { resolve, reject });
        const request: AnalyzeRequest = { id, path, source, language, explainLizard: opts.explainLizard };
        slot.worker.postMessage(request);
      });
    },
    async close() {
      closed = true;
      await Promise.all(slots.map((slot) => slot.worker.terminate()));
    },
  };
}
