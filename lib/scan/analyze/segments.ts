import type { TokenStream } from "../types";
import { explainedFunction, type ExplainedFunction } from "./frame";

/**
 * What one statement of a module or class body contributed to a walk, so the next version of
 * the file can splice it in instead of walking it again when the statement is unchanged: no
 * edit touched its text and the incremental parse reports no structural change in it (tree-
 * sitter's changed ranges: a node of the same type, size and parse state over the same text).
 *
 * A statement qualifies only when the walk entered it on a line of its own with no function
 * open or pending, and left it with none: its results then depend on nothing outside it but
 * whether a string piece was open before it (recorded, and required equal on reuse).
 */
export interface Segment {
  /** The statement's node type id; -1 when it is not reusable. */
  type: number;
  start: number;
  end: number;
  startRow: number;
  /** The character before the statement (`x.catch` looks one character back); -1 at the file's start. */
  charBefore: number;
  /** Ranges in the memo's functions and tokens. */
  fnFrom: number;
  fnTo: number;
  tokFrom: number;
  tokTo: number;
  /** File NLOC added (while open: the file NLOC before it). */
  nloc: number;
  /** Last row a token of it reached, -1 when it has no token. */
  lastRow: number;
  stringOpenBefore: boolean;
  stringOpenAfter: boolean;
  /** Segments nested in this one, which follow it in the list. */
  descendants: number;
  /**
   * Whether a function was open around the statement (never in Python, whose nested names carry
   * their parent's), and what the statement added to that function: CCN, tokens, NLOC, and the
   * last row it reached in it (-1: the statement did not move it).
   */
  inFunction: boolean;
  outerCcn: number;
  outerTokens: number;
  outerNloc: number;
  outerEndRow: number;
}

/*
 * Segments and functions are made here and nowhere else, all fields in one order: objects of
 * one shape keep the walk's optimized code monomorphic. Spread copies (`{ ...s, start }`) had
 * a shape of their own, and the walker was deoptimized and recompiled some twenty times per
 * backfill on them.
 */
export function segment(
  type: number, start: number, end: number, startRow: number, charBefore: number, fnFrom: number, fnTo: number,
  tokFrom: number, tokTo: number, nloc: number, lastRow: number, stringOpenBefore: boolean, stringOpenAfter: boolean,
  descendants: number, inFunction: boolean, outerCcn: number, outerTokens: number, outerNloc: number, outerEndRow: number,
): Segment {
  return {
    type, start, end, startRow, charBefore, fnFrom, fnTo, tokFrom, tokTo, nloc, lastRow, stringOpenBefore, stringOpenAfter, descendants,
    inFunction, outerCcn, outerTokens, outerNloc, outerEndRow,
  };
}

/** The character before `index`, -1 at the start (a number that stays a small integer). */
export function charBefore(source: string, index: number): number {
  return index > 0 ? source.charCodeAt(index - 1) : -1;
}

export interface DoneFunction {
  start: number;
  fn: ExplainedFunction;
}

/** What a walk leaves for walking the next version of the same file. */
export interface WalkMemo {
  /** In the order the walk entered them. */
  segments: Segment[];
  /** In the order the walk finished them. */
  done: DoneFunction[];
  hashes: Uint32Array;
  lines: Uint32Array;
}

/** One replaced span: start/oldEnd in the old text, newStart/newEnd in the new one (UTF-16 code units). */
export interface TextEdit {
  start: number;
  oldEnd: number;
  newStart: number;
  newEnd: number;
}

export interface ReuseInput {
  memo: WalkMemo;
  /** Ordered and disjoint. */
  edits: TextEdit[];
  /** The old tree's getChangedRanges(new tree), as [start, end) pairs in the new text. */
  changed: number[];
  /**
   * Sparse parse (sparse-parse.ts): the old segments (`k`) left out of the parse and where they
   * now start, in order. They are spliced in there, and nothing else is: the walk throws
   * SparseMismatch when one cannot be (the caller then parses the whole file).
   */
  excluded?: ReadonlyArray<{ k: number; start: number }>;
}

/** A left-out statement could not be spliced where it stands: the sparse parse is abandoned. */
export class SparseMismatch extends Error {}

/** How far the edits move an old range, or NaN when one of them touches it. */
export function indexShift(edits: TextEdit[], start: number, end: number): number {
  // The last edit starting before the range's end.
  let lo = 0;
  let hi = edits.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (edits[mid]!.start < end) lo = mid + 1;
    else hi = mid - 1;
  }
  if (hi < 0) return 0;
  const e = edits[hi]!;
  if (e.oldEnd > start) return NaN;
  return e.newEnd - e.oldEnd;
}

/**
 * Old segments by where they start in the new text, for those no edit touched (their text is
 * the same). Nested segments may start where their parent does: the outer one is kept.
 */
export function segmentsByNewStart(memo: WalkMemo, edits: TextEdit[]): Map<number, number> {
  const index = new Map<number, number>();
  memo.segments.forEach((s, k) => {
    if (s.type < 0) return;
    const shift = indexShift(edits, s.start, s.end);
    if (!Number.isNaN(shift) && !index.has(s.start + shift)) index.set(s.start + shift, k);
  });
  return index;
}

/** Whether [start, end) of the new text meets a changed range (touching counts). */
export function meetsChange(changed: number[], start: number, end: number): boolean {
  let lo = 0;
  let hi = changed.length / 2 - 1;
  // The first range ending at or after `start`.
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (changed[2 * mid + 1]! < start) lo = mid + 1;
    else hi = mid - 1;
  }
  return lo < changed.length / 2 && changed[2 * lo]! <= end;
}

export function shiftFunction(fn: ExplainedFunction, rows: number): ExplainedFunction {
  if (rows === 0) return fn;
  return explainedFunction(
    fn.name, fn.longName, fn.startLine + rows, fn.endLine + rows, fn.nloc, fn.ccn, fn.tokens, fn.params,
    fn.lizardCcn, fn.quirks, fn.lizardStartLine + rows, fn.lizardEndLine + rows,
  );
}

/**
 * Copies segment `k` of the old memo and the segments nested in it into `into`, moved by
 * `index`/`rows` and pointing at where their functions and tokens now start.
 */
export function carrySegments(
  old: WalkMemo, k: number, into: Segment[], index: number, rows: number, fnBase: number, tokBase: number,
): void {
  const top = old.segments[k]!;
  for (let j = k; j <= k + top.descendants; j++) {
    const s = old.segments[j]!;
    into.push(segment(
      s.type, s.start + index, s.end + index, s.startRow + rows, s.charBefore,
      s.fnFrom - top.fnFrom + fnBase, s.fnTo - top.fnFrom + fnBase, s.tokFrom - top.tokFrom + tokBase, s.tokTo - top.tokFrom + tokBase,
      s.nloc, s.lastRow < 0 ? -1 : s.lastRow + rows, s.stringOpenBefore, s.stringOpenAfter, s.descendants,
      s.inFunction, s.outerCcn, s.outerTokens, s.outerNloc, s.outerEndRow < 0 ? -1 : s.outerEndRow + rows,
    ));
  }
}

export interface WalkResult {
  functions: ExplainedFunction[];
  nloc: number;
  tokens: TokenStream;
  /** With `record`: what the next version's walk may reuse. */
  memo?: WalkMemo;
  /** Statements spliced in from the previous version. */
  spliced: number;
}

export interface WalkOptions {
  /** Also compute what Lizard 1.24 would count (parity benchmark; slower). */
  explainLizard?: boolean;
  /** Lizard reads `.tsx`/`.jsx` with its TSX tokenizer (explain mode). */
  lizardJsxTokens?: boolean;
  /** Keep per-statement results for the next version of the file (not in explain mode). */
  record?: boolean;
  /** The previous version's memo and the edits from it: unchanged statements are spliced in. */
  reuse?: ReuseInput;
}
