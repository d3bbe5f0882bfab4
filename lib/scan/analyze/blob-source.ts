/**
 * Files an analyser reads from git objects itself (a history backfill's; see
 * AnalyzerPoolOptions.gitRoot), shared by the pool's in-process path and its workers.
 */
import { contentSkipReason } from "../content-skip";
import type { CatFile } from "../git";
import { sourceText } from "./source-text";

/** A file to read from git objects by the analyser itself (see AnalyzerPoolOptions.gitRoot). */
export interface BlobSource {
  blob: string;
}

export const isBlobSource = (source: unknown): source is BlobSource =>
  typeof source === "object" && source !== null && !(source instanceof Uint8Array) && typeof (source as BlobSource).blob === "string";

/** A blob that could not be read, as analyzeFiles words it for a file it could not read. */
export const unreadable = (error: unknown) => `unreadable: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`;

/** What an analyser makes of a source: the text to analyse, or why it is skipped (a blob read through `cat`). */
export async function sourceContent(source: string | Uint8Array | BlobSource, cat: CatFile | undefined): Promise<{ skip: string } | { text: string }> {
  if (!isBlobSource(source)) return { text: sourceText(source) };
  if (!cat) return { skip: "unreadable: blob sent to an analyser without a gitRoot" };
  let bytes: Buffer;
  try {
    bytes = await cat.read(source.blob);
  } catch (error) {
    return { skip: unreadable(error) };
  }
  const skip = contentSkipReason(bytes);
  return skip ? { skip } : { text: sourceText(bytes) };
}

