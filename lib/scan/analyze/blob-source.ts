/**
 * Files an analyser reads from git objects itself (a history backfill's; see
 * AnalyzerPoolOptions.gitRoot), shared by the pool's in-process path and its workers.
 */
import { contentSkipReason } from "../content-skip";
import { sourceText } from "./source-text";

/** A file to read from git objects by the analyser itself (see AnalyzerPoolOptions.gitRoot). */
export interface BlobSource {
  blob: string;
}

export const isBlobSource = (source: unknown): source is BlobSource =>
  typeof source === "object" && source !== null && !(source instanceof Uint8Array) && typeof (source as BlobSource).blob === "string";

/** What an analyser makes of a blob's bytes: a skip reason, or the text to analyse. */
export function blobContent(bytes: Buffer): { skip: string } | { text: string } {
  const skip = contentSkipReason(bytes);
  return skip ? { skip } : { text: sourceText(bytes) };
}

/** A blob that could not be read, as analyzeFiles words it for a file it could not read. */
export const unreadable = (error: unknown) => `unreadable: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`;

