/**
 * Worker-thread entry of the analyser pool: loads the grammars once, then analyses files
 * sent by the pool. Bundled as its own entry (dist/analyze-worker.mjs) beside the scanner.
 */
import { isDeepStrictEqual } from "node:util";
import { parentPort, workerData } from "node:worker_threads";
import type { FileAnalysis, Language } from "../types";
import { slimAnalysis } from "../analysis-summary";
import { CatFile } from "../git";
import { analyzeSource } from "./analyze-source";
import { sourceContent, type BlobSource } from "./blob-source";
import { fileWindowHashes, type FileWindowHashes } from "../duplication/window-classes";
import { initAnalyzer } from "./grammars";
import { Retainer, type RetainHint, type RetainerOptions } from "./retainer";

export interface AnalyzeRequest {
  id: number;
  path: string;
  /** Text, or the file's bytes (decoded here, off the main thread), or a blob to read from git. */
  source: string | Uint8Array | BlobSource;
  language: Language;
  explainLizard?: boolean;
  /** History backfill: this version's point and when the next comes (the pool routes a path to one worker; see Retainer). */
  retain?: RetainHint;
  /** Also hash the token windows of this size for clone detection (fileWindowHashes). */
  windowWidth?: number;
  /** Send the analysis back slim, for this CCN threshold (slimAnalysis). */
  slimAbove?: number;
}

/**
 * `spliced`: statements this analysis took from the path's retained version (see Retainer).
 * `skip`: a blob this worker read and did not analyse (content skip, or unreadable).
 */
export type AnalyzeReply =
  | { id: number; result: FileAnalysis; spliced: number; windows?: FileWindowHashes }
  | { id: number; skip: string }
  | { id: number; error: string };

const port = parentPort;
const verify = process.env.PAYDOWN_VERIFY_INCREMENTAL === "1";
if (port) {
  const { retainer: retainerOptions, gitRoot } = workerData as { retainer: RetainerOptions; gitRoot?: string };
  const retainer = new Retainer(retainerOptions);
  // Started now, while the process is small: forking from a grown scanner stalls every thread (see GitRunner).
  const cat = gitRoot === undefined ? undefined : new CatFile(gitRoot);

  const analyze = (request: AnalyzeRequest, source: string) => {
    const hint = request.explainLizard ? undefined : request.retain;
    const splicedBefore = retainer.spliced;
    const result = hint
      ? retainer.analyze(request.path, source, request.language, hint)
      : analyzeSource(request.path, source, request.language, { explainLizard: request.explainLizard });
    // Checking aid: every incremental result against a fresh analysis.
    if (hint && verify && !isDeepStrictEqual(result, analyzeSource(request.path, source, request.language))) {
      process.stderr.write(`PAYDOWN_VERIFY_INCREMENTAL: ${request.path} differs from a fresh analysis\n`);
    }
    const windows = request.windowWidth ? fileWindowHashes(result.tokens.hashes, request.windowWidth, -1) : undefined;
    const sent = request.slimAbove === undefined ? result : slimAnalysis(result, request.slimAbove);
    const reply: AnalyzeReply = { id: request.id, result: sent, spliced: retainer.spliced - splicedBefore, windows };
    const transfer = [result.tokens.hashes.buffer as ArrayBuffer, result.tokens.lines.buffer as ArrayBuffer];
    if (windows) transfer.push(windows.h1.buffer as ArrayBuffer, windows.h2.buffer as ArrayBuffer);
    port.postMessage(reply, transfer);
  };

  // Analyses run in arrival order (a path's versions build on each other, see Retainer).
  let queue: Promise<unknown> = initAnalyzer();
  port.on("message", (request: AnalyzeRequest) => {
    // A blob is read here, ahead of the analyses queued before it.
    const ahead = sourceContent(request.source, cat);
    queue = queue
      .then(() => ahead)
      .then((c) => {
        if ("skip" in c) port.postMessage({ id: request.id, skip: c.skip } satisfies AnalyzeReply);
        else analyze(request, c.text);
      })
      .catch((error: unknown) => {
        const reply: AnalyzeReply = { id: request.id, error: error instanceof Error ? error.message : String(error) };
        port.postMessage(reply);
      });
  });
}
