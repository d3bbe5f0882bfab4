/**
 * Clone detection over normalised token streams (see docs/scanner-duplication.md for the
 * definition). Per language: O(total tokens) expected time, plus O(minTokens) per candidate and
 * O(length) per clone; about 20 bytes per token of scratch memory (see window-classes.ts).
 */
import { mapObjects } from "../object-array";
import { cloneAt, extendMatch, extent, type Clone } from "./clone-match";
import type { CloneHistory } from "./clone-history";
import { compareStrings, distinctLinesIn, streamFacts, type CloneInputFile } from "./stream-facts";
import { MAX_WINDOWS, WindowClasses, type FileWindowHashes } from "./window-classes";

export type { Clone, CloneLocation } from "./clone-match";
export type { CloneInputFile } from "./stream-facts";

export const DEFAULT_MIN_TOKENS = 50;
export const DEFAULT_MIN_LINES = 5;

export interface CloneOptions {
  /** Shortest clone in tokens (default 50). */
  minTokens?: number;
  /** Both occurrences must span at least this many lines (default 5). */
  minLines?: number;
  /**
   * Bits of the window hash that are kept (default all). Only for tests: a tiny mask makes
   * every window collide, which must change nothing but speed.
   */
  hashMask?: number;
  /**
   * State carried from the previous call (history backfill: one call per point, in order), so
   * a point re-sweeps only the files a change can reach. The result is the same as without it.
   */
  history?: CloneHistory;
}

export interface SkippedFile {
  path: string;
  reason: string;
}

export interface CloneResult {
  clones: Clone[];
  /** Every analysed file: distinct lines holding a token of some clone occurrence (0 if none). */
  duplicatedLinesByFile: Map<string, number>;
  /** Every analysed file: distinct lines holding at least one token (the natural denominator). */
  codeLinesByFile: Map<string, number>;
  skipped: SkippedFile[];
}

export function detectClones(files: readonly CloneInputFile[], opts: CloneOptions = {}): CloneResult {
  const minTokens = opts.minTokens ?? DEFAULT_MIN_TOKENS;
  const minLines = opts.minLines ?? DEFAULT_MIN_LINES;
  const mask = opts.hashMask ?? -1;
  if (!Number.isInteger(minTokens) || minTokens < 1) throw new RangeError("minTokens must be an integer >= 1");
  if (!Number.isInteger(minLines) || minLines < 1) throw new RangeError("minLines must be an integer >= 1");

  const skipped: SkippedFile[] = [];
  const groups = new Map<string, CloneInputFile[]>();
  const seen = new Set<string>();
  for (const file of files) {
    if (seen.has(file.path)) {
      skipped.push({ path: file.path, reason: "the same path was given twice; only the first was analysed" });
      continue;
    }
    seen.add(file.path);
    const { problem } = streamFacts(file.tokens, minTokens, mask);
    if (problem) {
      skipped.push({ path: file.path, reason: problem });
      continue;
    }
    const group = groups.get(file.language);
    if (group) group.push(file);
    else groups.set(file.language, [file]);
  }

  const clones: Clone[] = [];
  const duplicatedLinesByFile = new Map<string, number>();
  const codeLinesByFile = new Map<string, number>();
  for (const language of [...groups.keys()].sort(compareStrings)) {
    // Path order makes "first occurrence" and so every reported pair independent of input order.
    const group = groups.get(language)!.sort((x, y) => compareStrings(x.path, y.path));
    let windows = 0;
    for (const f of group) windows += Math.max(0, f.tokens.hashes.length - minTokens + 1);
    if (windows > MAX_WINDOWS) {
      for (const f of group) {
        skipped.push({ path: f.path, reason: `${language} has more than ${MAX_WINDOWS} token windows in total` });
      }
      continue;
    }
    // Of one array kind at every point, empty or not (see object-array.ts).
    const facts = mapObjects(group, (f) => streamFacts(f.tokens, minTokens, mask));
    const perFile = mapObjects(facts, (x) => x.windows!);
    const options = { width: minTokens, minLines, mask };
    const lines = opts.history
      ? opts.history.sweep(language, group, perFile, options, clones)
      : sweepLanguage(group, perFile, language, options, windows, clones);
    group.forEach((f, i) => {
      duplicatedLinesByFile.set(f.path, lines[i]!);
      codeLinesByFile.set(f.path, facts[i]!.codeLines);
    });
  }
  opts.history?.finishPoint();
  return { clones, duplicatedLinesByFile, codeLinesByFile, skipped };
}

/**
 * Walks every window of every file in order. A window seen before (verified token by token)
 * starts a candidate paired with its first occurrence; the candidate is extended left and right
 * as far as tokens stay equal. Windows inside the later occurrence are not candidates again, so
 * each token is in the later side of at most one clone. Returns each file's duplicated lines.
 */
function sweepLanguage(
  group: CloneInputFile[],
  perFile: FileWindowHashes[],
  language: string,
  { width, minLines }: { width: number; minLines: number },
  windows: number,
  out: Clone[],
): number[] {
  const fileCount = group.length;
  const starts = new Int32Array(fileCount + 1);
  for (let f = 0; f < fileCount; f++) starts[f + 1] = starts[f]! + group[f]!.tokens.hashes.length;
  if (scratchTok.length < starts[fileCount]!) scratchTok = new Uint32Array(Math.ceil(starts[fileCount]! * 1.1));
  const tok = scratchTok;
  for (let f = 0; f < fileCount; f++) tok.set(group[f]!.tokens.hashes, starts[f]!);

  const classes = new WindowClasses(tok, starts, width, perFile, windows);
  const ranges: Array<Array<[number, number]>> = group.map(() => []);

  // Each window's number in index order, so earliest() finds its entry directly.
  let ordinal = 0;
  for (let f = 0; f < fileCount; f++) {
    const start = starts[f]!;
    const end = starts[f + 1]!;
    const last = end - width;
    if (last < start) continue;
    const { h2 } = perFile[f]!;
    // End of the last later-side region in this file: no candidate starts before it.
    let floor = start;
    for (let j = start; j <= last; j++, ordinal++) {
      if (j >= floor && classes.mayRepeat(j)) {
        const p = classes.earliest(j, ordinal, h2[j - start]!);
        if (p !== j) {
          const pf = fileOf(starts, p, fileCount);
          const pStart = starts[pf]!;
          // Occurrences in one file must not overlap: a repetitive run is then reported as a
          // few non-overlapping clones instead of one pair shifted by the run's period.
          const limit = pf === f ? j - p : Number.MAX_SAFE_INTEGER;
          if (limit >= width) {
            extendMatch(tok, j, floor, end, tok, p, pStart, starts[pf + 1]!, limit, width);
            const { left, length } = extent;
            const clone = cloneAt(language, group[pf]!, p - left - pStart, group[f]!, j - left - start, length, minLines);
            if (clone) {
              out.push(clone);
              ranges[pf]!.push([clone.a.startToken, clone.a.endToken - 1]);
              ranges[f]!.push([clone.b.startToken, clone.b.endToken - 1]);
            }
            floor = j - left + length;
          }
        }
      }
    }
  }
  return group.map((f, i) => distinctLinesIn(f.tokens.lines, ranges[i]!));
}

/** The language's files back to back; reused across calls (see the scratch arrays in window-classes.ts). */
let scratchTok = new Uint32Array(0);

/** Index of the file holding global position p (the last file starting at or before p). */
function fileOf(starts: Int32Array, p: number, fileCount: number): number {
  let lo = 0;
  let hi = fileCount - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (starts[mid]! <= p) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
