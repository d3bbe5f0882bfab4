import type { Node, Tree } from "web-tree-sitter";
import type { FunctionMetrics, TokenStream } from "../types";
import { F, type FunctionHead, type LanguageSpec, type Tables } from "./node-tables";
import {
  IDENTIFIER_HASH, NUMBER_HASH, REGEX_HASH, STRING_HASH, TEMPLATE_HASH, TokenBuffer, hashText,
} from "./token-hash";

/** A function plus what Lizard 1.24 would have counted, for the parity benchmark. */
export interface ExplainedFunction extends FunctionMetrics {
  lizardCcn: number;
  /** Lizard CCN minus ours, per cause of the difference. */
  quirks: Record<string, number>;
}

export interface WalkResult {
  functions: ExplainedFunction[];
  nloc: number;
  tokens: TokenStream;
}

interface Frame {
  head: FunctionHead;
  name: string;
  startIndex: number;
  endIndex: number;
  startRow: number;
  endRow: number;
  nloc: number;
  tokens: number;
  ccn: number;
  lizardCcn: number;
  quirks: Record<string, number>;
  paramTokens: string[];
  paramState: { genericDepth: number };
  parent: Frame | null;
}

const DECIDING = F.DECISION | F.QUESTION | F.NULLISH | F.OPTIONAL_CHAIN | F.FINALLY;
const STRING_PIECE = F.STRING_PART | F.TEMPLATE_PART;

function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

/** Lizard's tokenizer glues a `?` to a word right before it (`x?`), so that `?` is not counted. */
function gluedToWord(source: string, index: number): boolean {
  let i = index - 1;
  if (i < 0 || !isWordChar(source.charCodeAt(i))) return false;
  while (i >= 0 && isWordChar(source.charCodeAt(i))) i--;
  const before = i >= 0 ? source.charCodeAt(i) : 0;
  return before !== 36 && before !== 35; // `$x` and `#x` are tokens of their own
}

/** Start offsets of every line, to turn token offsets into rows without asking the tree. */
function lineStarts(source: string): Uint32Array {
  let count = 1;
  for (let i = source.indexOf("\n"); i >= 0; i = source.indexOf("\n", i + 1)) count++;
  const starts = new Uint32Array(count);
  let row = 1;
  for (let i = source.indexOf("\n"); i >= 0; i = source.indexOf("\n", i + 1)) starts[row++] = i + 1;
  return starts;
}

function rowAt(starts: Uint32Array, index: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= index) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * One depth-first pass over the tree computing function metrics, file NLOC and the token
 * stream together. A function owns the tokens from its start token (Python: its name; JS:
 * its parameter list) to its end; its enclosing function keeps everything before, exactly
 * as Lizard attributes tokens, lines and decisions.
 */
export function walkTree(tree: Tree, source: string, spec: LanguageSpec, tables: Tables): WalkResult {
  const { flags, anonHash } = tables;
  const buffer = new TokenBuffer(Math.ceil(source.length / 4));
  const done: { start: number; fn: ExplainedFunction }[] = [];
  const active: Frame[] = [];
  const pending: Frame[] = [];
  const typeStack: number[] = [];
  let fileNloc = 0;
  let lastRow = -1;
  let stringOpen = false;
  let swallowRow = -1;
  let startTokenOf: Frame | null = null;
  const starts = lineStarts(source);
  // Tokens arrive in source order, so rows are found by moving forward (marshalling positions
  // out of the wasm tree for every token costs more than the walk itself).
  let cursorRow = 0;
  const rowForward = (index: number) => {
    while (cursorRow + 1 < starts.length && starts[cursorRow + 1] <= index) cursorRow++;
    return cursorRow;
  };

  const finish = (frame: Frame) => {
    const parent = frame.parent;
    if (parent && frame.endRow > parent.endRow) parent.endRow = frame.endRow;
    const params = frame.paramTokens.map((t) => " " + t).join("");
    const longName = frame.head.paramsStart >= 0 ? `${frame.name}${spec.longNameOpen}${params} )` : frame.name;
    done.push({
      start: frame.startIndex,
      fn: {
        name: frame.name, longName, startLine: frame.startRow + 1, endLine: frame.endRow + 1,
        nloc: frame.nloc, ccn: frame.ccn, tokens: frame.tokens, params: frame.head.params,
        lizardCcn: frame.lizardCcn, quirks: frame.quirks,
      },
    });
  };

  const advance = (index: number, row: number) => {
    while (active.length > 0 && active[active.length - 1].endIndex <= index) finish(active.pop()!);
    for (let i = 0; i < pending.length; ) {
      const frame = pending[i];
      if (frame.startIndex > index) { i++; continue; }
      pending.splice(i, 1);
      const parent = active.length > 0 ? active[active.length - 1] : null;
      frame.parent = parent;
      frame.name = spec.qualifyNested && parent ? `${parent.name}.${frame.head.name}` : frame.head.name;
      frame.startRow = row;
      frame.endRow = row;
      active.push(frame);
      startTokenOf = frame;
    }
  };

  const enterFunction = (node: Node, endIndex: number) => {
    const head = spec.functionHead(node, source);
    pending.push({
      head, name: head.name, startIndex: head.startIndex, endIndex, startRow: 0, endRow: 0,
      nloc: 1, tokens: 1, ccn: 1, lizardCcn: 1, quirks: {}, paramTokens: [], paramState: { genericDepth: 0 },
      parent: null,
    });
  };

  const leaf = (id: number, fl: number, start: number, end: number) => {
    const sRow = rowForward(start);
    // The row of the token's last character (a token may end with its newline).
    const endRow = end - 1 > start ? rowForward(end - 1) : sRow;
    advance(start, sRow);
    const top = active.length > 0 ? active[active.length - 1] : null;
    // Lizard counts a function's first token (and its line) in the enclosing function too.
    const owner = startTokenOf ? startTokenOf.parent : top;
    startTokenOf = null;
    if (sRow > lastRow) {
      fileNloc++;
      if (owner) owner.nloc++;
    }
    if (endRow > sRow) {
      fileNloc += endRow - sRow;
      if (owner) owner.nloc += endRow - sRow;
    }
    if (endRow > lastRow) lastRow = endRow;
    if (top) top.endRow = Math.max(top.endRow, endRow);

    let hash: number;
    if (fl & STRING_PIECE) {
      if (stringOpen) return;
      hash = fl & F.TEMPLATE_PART ? TEMPLATE_HASH : STRING_HASH;
    } else if (fl & F.IDENTIFIER) hash = IDENTIFIER_HASH;
    else if (fl & F.NUMBER) hash = NUMBER_HASH;
    else if (fl & F.ATOM_STRING) hash = STRING_HASH;
    else if (fl & F.ATOM_REGEX) hash = REGEX_HASH;
    else {
      hash = anonHash[id];
      if (hash === 0) {
        hash = hashText(source.slice(start, end));
        if (!(fl & F.NAMED)) anonHash[id] = hash;
      }
    }
    stringOpen = (fl & STRING_PIECE) !== 0;
    buffer.push(hash, sRow + 1);
    if (owner) owner.tokens++;
    if (!top) return;

    if (start > top.head.paramsStart && end < top.head.paramsEnd) {
      const kept = spec.keepParamToken(source.slice(start, end), top.paramState);
      if (kept !== null) top.paramTokens.push(kept);
    }
    if (fl & F.FLOOR_DIV) swallowRow = sRow;
    if (!(fl & DECIDING)) return;
    let ours = 0;
    let lizard = 0;
    let cause = "";
    if (fl & F.DECISION) { ours = 1; lizard = 1; }
    else if (fl & F.QUESTION) {
      const parentFlags = flags[typeStack[typeStack.length - 1]];
      ours = parentFlags & F.TERNARY ? 1 : 0;
      lizard = gluedToWord(source, start) ? 0 : 1;
      cause = ours ? "ternary ? right after a word" : "? that is not a ternary";
    } else if (fl & F.NULLISH) {
      ours = 1;
      lizard = gluedToWord(source, start) ? 1 : 2;
      cause = "?? counted twice";
    } else if (fl & F.OPTIONAL_CHAIN) {
      lizard = gluedToWord(source, start) ? 0 : 1;
      cause = "?. after ) or ]";
    } else if (fl & F.FINALLY) { lizard = 1; cause = "finally"; }
    if (swallowRow === sRow && !(fl & F.FLOOR_DIV)) {
      lizard = 0;
      cause = "line after // (Lizard reads a comment)";
    }
    top.ccn += ours;
    top.lizardCcn += lizard;
    if (lizard !== ours) top.quirks[cause] = (top.quirks[cause] ?? 0) + lizard - ours;
  };

  // A string statement (docstring, or a bare string used as a comment) is not code.
  const subtractStringStatement = (cursor: ReturnType<Tree["walk"]>) => {
    if (!cursor.gotoFirstChild()) return;
    const isString = (flags[cursor.nodeTypeId] & F.PY_STRING) !== 0;
    const start = cursor.startIndex;
    const sRow = rowAt(starts, start);
    const eRow = rowAt(starts, Math.max(start, cursor.endIndex - 1));
    const alone = isString && !cursor.gotoNextSibling();
    cursor.gotoParent();
    if (!alone) return;
    advance(start, sRow);
    const owner = startTokenOf ? startTokenOf.parent : active[active.length - 1];
    fileNloc -= eRow - sRow + 1;
    if (owner) owner.nloc -= eRow - sRow + 1;
  };

  const cursor = tree.walk();
  try {
    for (;;) {
      const id = cursor.nodeTypeId;
      const fl = flags[id];
      if (fl & (F.ATOM_STRING | F.ATOM_REGEX)) {
        leaf(id, fl, cursor.startIndex, cursor.endIndex);
      } else if (!(fl & F.COMMENT)) {
        if (fl & F.FUNCTION) enterFunction(cursor.currentNode, cursor.endIndex);
        if (fl & F.EXPRESSION_STATEMENT) subtractStringStatement(cursor);
        if (fl & F.PY_STRING) stringOpen = false;
        if (cursor.gotoFirstChild()) {
          typeStack.push(id);
          continue;
        }
        const start = cursor.startIndex;
        const end = cursor.endIndex;
        if (end > start) leaf(id, fl, start, end);
      }
      let moved = cursor.gotoNextSibling();
      while (!moved) {
        if (!cursor.gotoParent()) break;
        typeStack.pop();
        moved = cursor.gotoNextSibling();
      }
      if (!moved) break;
    }
  } finally {
    cursor.delete();
  }
  advance(Number.MAX_SAFE_INTEGER, lastRow < 0 ? 0 : lastRow);
  while (active.length > 0) finish(active.pop()!);
  done.sort((a, b) => a.start - b.start);
  return { functions: done.map((d) => d.fn), nloc: fileNloc, tokens: buffer.finish() };
}
