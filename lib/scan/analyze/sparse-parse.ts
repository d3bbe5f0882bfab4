/**
 * Sparse reparse of a Python file's next version: only the statements an edit touched are
 * parsed; every unchanged module-level statement and class member is left out of the parse
 * (tree-sitter's included ranges, so positions stay those of the real text) and its previous
 * walk results are spliced in where it now stands.
 *
 * Why not tree-sitter's own incremental parse: tree-sitter-python's module- and block-level
 * repeat nodes are "fragile" (built while the parser held several stack versions) and are never
 * reused, so a one-line edit re-lexes about half a large file (docs/benchmarks.md).
 *
 * Why it is exact: a Python statement that starts a line at its block's indentation, after a
 * complete statement, parses the same whatever its siblings are. So a left-out statement must
 * (1) be untouched by every edit, from the newline before its line to the character after it,
 * (2) not follow a line ending in a backslash, (3) have nothing after it that could continue it
 * (more code on its line, or a next line indented deeper), and (4) in the sparse tree, fall in a
 * gap between children of the module (at column 0) or of a block whose statements have exactly
 * its indentation. Each block keeps its first and last statement, so it is never empty, its
 * docstring is still parsed, and its extent still covers every left-out member. Anything else,
 * and any syntax error, falls back to parsing the whole file.
 */
import type { Node, Parser, Range, Tree } from "web-tree-sitter";
import { parseText } from "./grammars";
import { lineStarts, rowAt } from "./line-starts";
import { indexShift, type TextEdit, type WalkMemo } from "./segments";
import { memberEntry, pyEntry, statementEntries, type PySymbolEntry } from "./symbols-python";

/** A left-out statement: its old segment and where it now stands. */
export interface LeftOut {
  k: number;
  start: number;
  end: number;
  /** Rows it moved by. */
  rows: number;
  /** Code units it moved by. */
  shift: number;
}

export interface SparsePlan {
  /** In order. */
  spans: LeftOut[];
  /** Line starts of the new text. */
  starts: Uint32Array;
}

const BACKSLASH = 92;
const CR = 13;

function lineStartOf(text: string, index: number): number {
  return text.lastIndexOf("\n", index - 1) + 1;
}

/** Whether the line before the one starting at `lineStart` continues onto it (`\` before its end). */
function continuedLine(text: string, lineStart: number): boolean {
  if (lineStart === 0) return false;
  let i = lineStart - 2;
  if (i >= 0 && text.charCodeAt(i) === CR) i--;
  return i >= 0 && text.charCodeAt(i) === BACKSLASH;
}

const SPACE = 32;
const TAB = 9;
const FORM_FEED = 12;
const HASH = 35;
const LF = 10;

const isBlank = (c: number) => c === SPACE || c === TAB || c === FORM_FEED || c === CR;

/**
 * Whether nothing after a statement ending at `end` (indented by `indent`) could join it: the
 * rest of its line is blank or a comment, and the next line with code is not indented deeper
 * (it would continue the statement's last block, as Python reads indentation).
 */
export function endsCleanly(text: string, end: number, indent: string): boolean {
  const n = text.length;
  let i = end;
  while (i < n && isBlank(text.charCodeAt(i))) i++;
  if (i < n && text.charCodeAt(i) === HASH) {
    const newline = text.indexOf("\n", i);
    i = newline < 0 ? n : newline;
  }
  if (i < n && text.charCodeAt(i) !== LF) return false;
  while (i < n) {
    const lineStart = ++i;
    while (i < n && isBlank(text.charCodeAt(i)) && text.charCodeAt(i) !== CR) i++;
    if (i >= n) return true;
    const c = text.charCodeAt(i);
    if (c === LF || c === CR || c === HASH) {
      const next = text.indexOf("\n", i);
      if (next < 0) return true;
      i = next;
      continue;
    }
    const lineIndent = text.slice(lineStart, i);
    return lineIndent === indent || (lineIndent.length < indent.length && indent.startsWith(lineIndent));
  }
  return true;
}

/** What planSparse reads, passed along instead of closed over (see spareWalks in walker.ts). */
interface PlanInput {
  segments: WalkMemo["segments"];
  edits: TextEdit[];
  before: string;
  after: string;
  starts: Uint32Array;
  classTypes: ReadonlySet<number>;
  spans: LeftOut[];
}

/**
 * The statements to leave out: unchanged module-level statements, and unchanged members of
 * changed classes other than their first and last (recursively, for nested classes).
 */
export function planSparse(
  memo: WalkMemo, edits: TextEdit[], before: string, after: string, classTypes: ReadonlySet<number>,
): SparsePlan {
  const input: PlanInput = { segments: memo.segments, edits, before, after, starts: lineStarts(after), classTypes, spans: [] };
  const { segments } = input;
  for (let k = 0; k < segments.length; k += segments[k]!.descendants + 1) visit(input, k, true);
  return { spans: input.spans, starts: input.starts };
}

/** Segment k as a statement to leave out, or null when it cannot be. */
function spanOf({ segments, edits, before, after, starts }: PlanInput, k: number): LeftOut | null {
  const s = segments[k]!;
  if (s.type < 0) return null;
  const lineStart = lineStartOf(before, s.start);
  const shift = indexShift(edits, Math.max(0, lineStart - 1), s.end + 1);
  if (Number.isNaN(shift)) return null;
  const start = s.start + shift;
  const lineStartAfter = lineStartOf(after, start);
  if (continuedLine(after, lineStartAfter)) return null;
  if (!endsCleanly(after, s.end + shift, after.slice(lineStartAfter, start))) return null;
  return { k, start, end: s.end + shift, rows: rowAt(starts, start) - s.startRow, shift };
}

function visit(input: PlanInput, k: number, mayLeaveOut: boolean): void {
  const span = mayLeaveOut ? spanOf(input, k) : null;
  if (span) {
    input.spans.push(span);
    return;
  }
  const { segments } = input;
  const s = segments[k]!;
  if (s.descendants === 0 || !input.classTypes.has(s.type)) return;
  const members: number[] = [];
  for (let j = k + 1; j <= k + s.descendants; j += segments[j]!.descendants + 1) members.push(j);
  // The first and last unchanged members stay too: an edit may have removed the ones before
  // or after them, and the block must still start and end with a parsed statement.
  const unchanged = members.map((j) => spanOf(input, j) !== null);
  const first = unchanged.indexOf(true);
  const last = unchanged.lastIndexOf(true);
  members.forEach((j, i) => visit(input, j, i > first && i < last && i > 0 && i < members.length - 1));
}

/** The text outside `spans`, as tree-sitter ranges (null when nothing is left to parse). */
export function includedRanges(source: string, spans: readonly LeftOut[], starts = lineStarts(source)): Range[] | null {
  const point = (index: number) => {
    const row = rowAt(starts, index);
    return { row, column: index - starts[row]! };
  };
  const ranges: Range[] = [];
  let from = 0;
  const add = (to: number) => {
    if (to > from) ranges.push({ startIndex: from, endIndex: to, startPosition: point(from), endPosition: point(to) });
  };
  spans.forEach((span, i) => {
    // Only blank lines and comments since the last span: that gap is left out with the two spans
    // instead of being a tiny range of its own (each range cost the parser ~5 µs, and a file
    // had up to ~370 of them).
    if (i === 0 || !onlyBlankOrComments(source, from, span.start)) add(span.start);
    from = span.end;
  });
  add(source.length);
  // No ranges would mean the whole text to tree-sitter.
  return ranges.length > 0 ? ranges : null;
}

/** Whether text[from, to) holds nothing but whitespace and comments (which no analysis reads). */
function onlyBlankOrComments(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === HASH) {
      const newline = text.indexOf("\n", i);
      if (newline < 0 || newline >= to) return false;
      i = newline;
    } else if (!isBlank(c) && c !== LF) return false;
  }
  return true;
}

function firstStatement(block: Node): Node | null {
  let first = block.firstNamedChild;
  while (first && first.type === "comment") first = first.nextNamedSibling;
  return first;
}

/** Whether every left-out statement stands where the full parse would have it (condition 4). */
export function spansFit(tree: Tree, source: string, spans: readonly LeftOut[]): boolean {
  const root = tree.rootNode;
  if (root.hasError) return false;
  for (const span of spans) {
    const lineStart = lineStartOf(source, span.start);
    const node = root.descendantForIndex(span.start, span.end);
    if (!node) return false;
    if (node.type === "module") {
      if (lineStart !== span.start) return false;
      continue;
    }
    if (node.type !== "block") return false;
    const first = firstStatement(node);
    if (!first || first.startIndex >= span.start) return false;
    const firstLine = lineStartOf(source, first.startIndex);
    if (first.startIndex - firstLine !== span.start - lineStart) return false;
    if (source.slice(firstLine, first.startIndex) !== source.slice(lineStart, span.start)) return false;
  }
  return true;
}

/** Parses only the text outside the plan's spans; null when the sparse tree cannot stand for the whole file. */
export function parseSparse(parser: Parser, source: string, { spans, starts }: SparsePlan): Tree | null {
  const ranges = includedRanges(source, spans, starts);
  if (!ranges) return null;
  const tree = parseText(parser, source, null, ranges);
  if (tree && spansFit(tree, source, spans)) return tree;
  tree?.delete();
  return null;
}

/** The old entries of a left-out statement, moved to where it now stands. */
function copyEntries(old: readonly PySymbolEntry[], span: LeftOut, out: PySymbolEntry[]): void {
  const from = span.start - span.shift;
  const to = span.end - span.shift;
  let lo = 0;
  let hi = old.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (old[mid]!.start < from) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < old.length && old[i]!.start < to; i++) {
    const e = old[i]!;
    out.push(pyEntry(e.start + span.shift, e.kind === "all" ? 0 : e.line + span.rows, e.kind, e.names, e.name, e.documented));
  }
}

/** The public-API entries of a sparse tree, with the left-out statements' old entries merged in. */
export function sparseSymbolEntries(root: Node, old: readonly PySymbolEntry[], spans: readonly LeftOut[]): PySymbolEntry[] {
  const out: PySymbolEntry[] = [];
  let i = 0;
  const flushBefore = (index: number) => {
    for (; i < spans.length && spans[i]!.start < index; i++) copyEntries(old, spans[i]!, out);
  };
  const members = (body: Node | null, into: PySymbolEntry[]) => {
    for (const member of body?.namedChildren ?? []) {
      if (!member) continue;
      flushBefore(member.startIndex);
      const entry = memberEntry(member);
      if (entry) into.push(entry);
    }
  };
  for (const child of root.namedChildren) {
    if (!child) continue;
    flushBefore(child.startIndex);
    statementEntries(child, out, members);
    flushBefore(child.endIndex);
  }
  flushBefore(Number.MAX_SAFE_INTEGER);
  return out;
}
