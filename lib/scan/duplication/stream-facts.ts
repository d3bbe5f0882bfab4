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

/** Per line array (one per token stream), each token's count of distinct lines up to it (see distinctLinesInPairs). */
const lineCounts = new WeakMap<Uint32Array, Int32Array>();

function countsOf(lines: Uint32Array): Int32Array {
  let counts = lineCounts.get(lines);
  if (counts) return counts;
  counts = new Int32Array(lines.length);
  let count = 0;
  let lastLine = 0;
  for (let k = 0; k < lines.length; k++) {
    if (lines[k] !== lastLine) count++;
    lastLine = lines[k]!;
    counts[k] = count;
  }
  lineCounts.set(lines, counts);
  return counts;
}

/**
 * distinctLinesIn for ranges given flat ([start, end, start, end, ...], inclusive), in time per
 * range rather than per token: a history point counts again the lines of every file a changed
 * clone touches, and walking their tokens cost more than the rest of the count. The stream's
 * running line counts are kept for as long as its line array lives.
 */
export function distinctLinesInPairs(lines: Uint32Array, pairs: readonly number[]): number {
  if (pairs.length === 0) return 0;
  const order = Array.from({ length: pairs.length / 2 }, (_, i) => 2 * i).sort((x, y) => pairs[x]! - pairs[y]! || pairs[x + 1]! - pairs[y + 1]!);
  const counts = countsOf(lines);
  let count = 0;
  let lastLine = 0;
  let s = -1;
  let e = -2;
  const flush = () => {
    if (s < 0) return;
    count += counts[e]! - counts[s]! + 1;
    if (lines[s] === lastLine) count--;
    lastLine = lines[e]!;
  };
  for (const i of order) {
    const rs = pairs[i]!;
    const re = pairs[i + 1]!;
    if (re < rs) continue;
    if (s >= 0 && rs <= e + 1) {
      if (re > e) e = re;
    } else {
      flush();
      s = rs;
      e = re;
    }
  }
  flush();
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
