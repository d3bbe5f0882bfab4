/**
 * Worker-thread entry of the analyser pool: loads the grammars once, then analyses files
 * sent by the pool. Bundled as its own entry (dist/analyze-worker.mjs) beside the scanner.
 */
import { parentPort } from "node:worker_threads";
import type { FileAnalysis, Language } from "../types";
import { analyzeSource } from "./analyze-source";
import { initAnalyzer } from "./grammars";

export interface AnalyzeRequest {
  id: number;
  path: string;
  source: string;
  language: Language;
  explainLizard?: boolean;
}

export type AnalyzeReply = { id: number; result: FileAnalysis } | { id: number; error: string };

const port = parentPort;
if (port) {
  const ready = initAnalyzer();
  port.on("message", (request: AnalyzeRequest) => {
    ready
      .then(() => {
        const result = analyzeSource(request.path, request.source, request.language, { explainLizard: request.explainLizard });
        const reply: AnalyzeReply = { id: request.id, result };
        port.postMessage(reply, [result.tokens.hashes.buffer as ArrayBuffer, result.tokens.lines.buffer as ArrayBuffer]);
      })
      .catch((error: unknown) => {
        const reply: AnalyzeReply = { id: request.id, error: error instanceof Error ? error.message : String(error) };
        port.postMessage(reply);
      });
  });
}
