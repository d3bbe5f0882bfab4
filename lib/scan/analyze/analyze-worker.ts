/**
 * Worker-thread entry of the analyser pool: loads the grammars once, then analyses files
 * sent by the pool. Bundled as its own entry (dist/analyze-worker.mjs) beside the scanner.
 */
import { isDeepStrictEqual } from "node:util";
import { parentPort, workerData } from "node:worker_threads";
import type { FileAnalysis, Language } from "../types";
import { slimAnalysis } from "../analysis-summary";
import { analyzeSource } from "./analyze-source";
import { fileWindowHashes, type FileWindowHashes } from "../duplication/window-classes";
import { initAnalyzer } from "./grammars";
import { Retainer, type RetainHint, type RetainerOptions } from "./retainer";
import { sourceText } from "./source-text";

export interface AnalyzeRequest {
  id: number;
  path: string;
  /** Text, or the file's bytes (decoded here, off the main thread). */
  source: string | Uint8Array;
  language: Language;
  explainLizard?: boolean;
  /** History backfill: this version's point and when the next comes (the pool routes a path to one worker; see Retainer). */
  retain?: RetainHint;
  /** Also hash the token windows of this size for clone detection (fileWindowHashes). */
  windowWidth?: number;
  /** Send the analysis back slim, for this CCN threshold (slimAnalysis). */
  slimAbove?: number;
}

/** `spliced`: statements this analysis took from the path's retained version (see Retainer). */
export type AnalyzeReply =
  | { id: number; result: FileAnalysis; spliced: number; windows?: FileWindowHashes }
  | { id: number; error: string };

const port = parentPort;
const verify = process.env.PAYDOWN_VERIFY_INCREMENTAL === "1";
if (port) {
  const ready = initAnalyzer();
  const retainer = new Retainer((workerData as { retainer: RetainerOptions }).retainer);
  port.on("message", (request: AnalyzeRequest) => {
    ready
      .then(() => {
        const hint = request.explainLizard ? undefined : request.retain;
        const splicedBefore = retainer.spliced;
        const source = sourceText(request.source);
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
      })
      .catch((error: unknown) => {
        const reply: AnalyzeReply = { id: request.id, error: error instanceof Error ? error.message : String(error) };
        port.postMessage(reply);
      });
  });
}
