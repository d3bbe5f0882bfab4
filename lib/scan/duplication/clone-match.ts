/**
 * The part of a clone sweep shared by the whole-tree detector (detect-clones.ts) and the one
 * carried across history points (clone-history.ts): growing a verified window match into a
 * clone and checking its line span.
 */
import type { TokenStream } from "../types";
import { cloneFingerprint } from "./clone-fingerprint";

/** startToken inclusive, endToken exclusive, 0-based indexes into the file's token stream. */
export interface CloneLocation {
  path: string;
  startLine: number;
  endLine: number;
  startToken: number;
  endToken: number;
}

export interface Clone {
  language: string;
  /** The earlier occurrence (files in path order, then token order). */
  a: CloneLocation;
  /** The later occurrence. */
  b: CloneLocation;
  tokens: number;
  /** min over both occurrences of endLine - startLine + 1. */
  lines: number;
  /** Hex hash of the language and the normalised tokens: same content, same fingerprint. */
  fingerprint: string;
}

export interface CloneSide {
  path: string;
  tokens: TokenStream;
}

/** extendMatch's result, reused: one sweep runs at a time. */
export const extent = { left: 0, length: 0 };

/**
 * Grows the match of the windows at j (in tj) and p (in tp, the earlier one) left, while the
 * tokens stay equal and neither side leaves its bounds (j's side not before `floor`, p's not
 * before `pStart`), then right (to `jEnd` / `pEnd`), never making the whole longer than
 * `limit` (occurrences in one file must not overlap). Sets extent.left (tokens gained on the
 * left) and extent.length (the clone's tokens).
 */
export function extendMatch(
  tj: Uint32Array, j: number, floor: number, jEnd: number,
  tp: Uint32Array, p: number, pStart: number, pEnd: number,
  limit: number, width: number,
): void {
  let e = 0;
  while (e < limit - width && j - e > floor && p - e > pStart && tj[j - e - 1] === tp[p - e - 1]) e++;
  let r = width;
  while (e + r < limit && j + r < jEnd && p + r < pEnd && tj[j + r] === tp[p + r]) r++;
  extent.left = e;
  extent.length = e + r;
}

function location(file: CloneSide, startToken: number, endToken: number): CloneLocation {
  const lines = file.tokens.lines;
  return { path: file.path, startLine: lines[startToken]!, endLine: lines[endToken - 1]!, startToken, endToken };
}

/**
 * The clone of tokens [aFrom, aFrom + length) of `a` and [bFrom, bFrom + length) of `b`, or
 * null when either occurrence spans fewer than minLines lines.
 */
export function cloneAt(language: string, a: CloneSide, aFrom: number, b: CloneSide, bFrom: number, length: number, minLines: number): Clone | null {
  const la = location(a, aFrom, aFrom + length);
  const lb = location(b, bFrom, bFrom + length);
  const lines = Math.min(la.endLine - la.startLine + 1, lb.endLine - lb.startLine + 1);
  if (lines < minLines) return null;
  const fingerprint = cloneFingerprint(language, b.tokens, bFrom, bFrom + length);
  return { language, a: la, b: lb, tokens: length, lines, fingerprint };
}

/** Every field equal: interchangeable objects. */
export function sameClone(x: Clone, y: Clone): boolean {
  return (
    x.language === y.language && x.tokens === y.tokens && x.lines === y.lines && x.fingerprint === y.fingerprint &&
    sameLocation(x.a, y.a) && sameLocation(x.b, y.b)
  );
}

function sameLocation(x: CloneLocation, y: CloneLocation): boolean {
  return x.path === y.path && x.startLine === y.startLine && x.endLine === y.endLine && x.startToken === y.startToken && x.endToken === y.endToken;
}
