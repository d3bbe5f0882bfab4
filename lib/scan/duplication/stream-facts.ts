/**
 * What clone detection derives from one token stream alone, kept per stream object: its line
 * counts, its problem if malformed, and its window hashes (computed by an analyser worker, or
 * here). Shared by the whole-tree detector and the history one.
 */
import type { TokenStream } from "../types";
import { mergeRanges } from "./merge-ranges";
import { fileWindowHashes, type FileWindowHashes } from "./window-classes";

export interface CloneInputFile {
  path: string;
  language: string;
  tokens: TokenStream;
}

/** What clone detection derives from one token stream alone. */
export interface StreamFacts {
  problem: string | null;
  codeLines: number;
  width: number;
  mask: number;
  windows: FileWindowHashes | null;
}

/*
 * Keyed by the token stream object: in a history backfill an unchanged file's analysis (and so
 * its token stream) is the same object at every point, so its window hashes are rolled once per
 * blob instead of once per point.
 * Weak, so a stream dropped from the analysis cache takes its hashes with it.
 */
const perStream = new WeakMap<TokenStream, StreamFacts>();

/** Window hashes computed elsewhere (an analyser worker) for a stream: streamFacts then takes them. */
export function primeWindowHashes(tokens: TokenStream, width: number, windows: FileWindowHashes): void {
  if (!perStream.has(tokens)) perStream.set(tokens, { problem: null, codeLines: -1, width, mask: -1, windows });
}

export function streamFacts(tokens: TokenStream, width: number, mask: number): StreamFacts {
  let facts = perStream.get(tokens);
  if (!facts || facts.codeLines < 0) {
    const problem = streamProblem(tokens);
    facts = { problem, codeLines: problem ? 0 : distinctLines(tokens.lines), width: facts?.width ?? width, mask: facts?.mask ?? mask, windows: facts?.windows ?? null };
    perStream.set(tokens, facts);
  }
  if (!facts.problem && (!facts.windows || facts.width !== width || facts.mask !== mask)) {
    facts.windows = fileWindowHashes(tokens.hashes, width, mask);
    facts.width = width;
    facts.mask = mask;
  }
  return facts;
}

function streamProblem(tokens: TokenStream): string | null {
  const { hashes, lines } = tokens;
  if (!(hashes instanceof Uint32Array) || !(lines instanceof Uint32Array)) {
    return "token stream is not a pair of Uint32Arrays";
  }
  if (hashes.length !== lines.length) {
    return `token stream has ${hashes.length} hashes but ${lines.length} line numbers`;
  }
  let prev = 1;
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k]!;
    if (line < prev) return `token ${k} is on line ${line}, before the previous token (lines must be 1-based and non-decreasing)`;
    prev = line;
  }
  return null;
}

/** Distinct lines of the tokens in the given inclusive token ranges (lines are non-decreasing). */
export function distinctLinesIn(lines: Uint32Array, ranges: Array<[number, number]>): number {
  let count = 0;
  let lastLine = 0;
  for (const [s, e] of mergeRanges(ranges)) {
    for (let k = s; k <= e; k++) {
      const line = lines[k]!;
      if (line !== lastLine) {
        count++;
        lastLine = line;
      }
    }
  }
  return count;
}

function distinctLines(lines: Uint32Array): number {
  let count = 0;
  let lastLine = 0;
  for (let k = 0; k < lines.length; k++) {
    if (lines[k] !== lastLine) {
      count++;
      lastLine = lines[k]!;
    }
  }
  return count;
}

/** Path order of clone detection (UTF-16 code units): "first occurrence" is first in it. */
export function compareStrings(x: string, y: string): number {
  return x < y ? -1 : x > y ? 1 : 0;
}
