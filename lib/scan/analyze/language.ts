import type { Language } from "../types";

/** Why a file that looks like source is not analysed. */
export type SkipReason = "type stub";

const BY_EXTENSION: Record<string, Language> = {
  ".py": "python",
  ".js": "javascript",
  ".mjs": "javascript",
  ".cjs": "javascript",
  ".jsx": "javascript",
  ".ts": "typescript",
  ".mts": "typescript",
  ".cts": "typescript",
  ".tsx": "tsx",
  ".java": "java",
  ".go": "go",
  ".cs": "csharp",
  ".rs": "rust",
};

const STUB_SUFFIXES = [".d.ts", ".d.mts", ".d.cts", ".pyi"];

function extensionOf(path: string): string {
  const slash = path.lastIndexOf("/");
  const dot = path.lastIndexOf(".");
  return dot > slash ? path.slice(dot).toLowerCase() : "";
}

/** The grammar to parse a file with, or null when the file is not analysed source. */
export function languageForPath(path: string): Language | null {
  if (skipReasonForPath(path)) return null;
  return BY_EXTENSION[extensionOf(path)] ?? null;
}

/**
 * Files that have a known extension but are deliberately not analysed: declaration stubs
 * hold no runtime code, and counting them would double every public symbol.
 */
export function skipReasonForPath(path: string): SkipReason | null {
  const lower = path.toLowerCase();
  return STUB_SUFFIXES.some((suffix) => lower.endsWith(suffix)) ? "type stub" : null;
}
