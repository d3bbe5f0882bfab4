import type { Node, Tree } from "web-tree-sitter";
import { explainedFunction, type Frame } from "./frame";
import { runtimeCursorExports } from "./grammars";
import { walkCursor, type WalkCursor } from "./raw-cursor";
import { lineStarts, rowAt } from "./line-starts";
import { LizardExplainer } from "./lizard-explain";
import { F, type LanguageSpec, type Tables } from "./node-tables";
import {
  SparseMismatch, carrySegments, charBefore, segment, meetsChange, segmentsByNewStart, shiftFunction,
  type DoneFunction, type ReuseInput, type Segment, type WalkMemo, type WalkOptions, type WalkResult,
} from "./segments";
import { TokenBuffer, leafHash } from "./token-hash";
import { objectArray } from "../object-array";

export type { ExplainedFunction } from "./frame";

const STRING_PIECE = F.STRING_PART | F.TEMPLATE_PART;
const OURS_DECIDING = F.DECISION | F.QUESTION | F.NULLISH | F.OPTIONAL_CHAIN;

/** `p.catch`: a promise's error path, counted like a `catch` clause (as Lizard does). */
function isDotCatch(source: string, start: number, end: number): boolean {
  return end - start === 5 && source.charCodeAt(start - 1) === 46 && source.startsWith("catch", start);
}

/** A finished frame as the walk reports it (Lizard's long name: name and parameter tokens). */
function doneFunction(frame: Frame, spec: LanguageSpec, starts: Uint32Array): DoneFunction {
  // A loop, not map and join: map's result is a new array whose kind depends on whether it is empty.
  let params = "";
  for (const t of frame.paramTokens) params += " " + t;
  const longName = frame.head.paramsStart >= 0 ? `${frame.name}${spec.longNameOpen}${params} )` : frame.name;
  return {
    start: frame.startIndex,
    fn: explainedFunction(
      frame.name, longName, frame.startRow + 1, frame.endRow + 1, frame.nloc, frame.ccn, frame.tokens, frame.head.params,
      frame.lizardCcn, frame.quirks, rowAt(starts, frame.head.lizardStartIndex) + 1, (frame.lizEndRow >= 0 ? frame.lizEndRow : frame.endRow) + 1,
    ),
  };
}

/**
 * One depth-first pass over the tree computing function metrics, file NLOC and the token
 * stream together. A function owns the tokens from its start token (Python: its name; JS:
 * its parameter list) to its end; its enclosing function keeps everything before, exactly
 * as Lizard attributes tokens, lines and decisions.
 */
export function walkTree(tree: Tree, source: string, spec: LanguageSpec, tables: Tables, opts: WalkOptions = {}): WalkResult {
  const walk = spareWalks.pop() ?? createWalk();
  try {
    return walk(tree, source, spec, tables, opts);
  } finally {
    spareWalks.push(walk);
  }
}

type Walk = (tree: Tree, source: string, spec: LanguageSpec, tables: Tables, opts: WalkOptions) => WalkResult;

/*
 * The walk's helpers are closures over its state, made once per walk function and reused for
 * every file. Made per file, as plain nested functions would be, each file's closures are new
 * functions: V8 holds their optimized code weakly, loses it to the next full GC and compiles
 * them again (a history backfill recompiled `leaf` a dozen times per worker, ~40 ms each, and
 * ran it unoptimized meanwhile). A walk in progress takes a function off this list, so a
 * nested walk gets its own.
 */
const spareWalks: Walk[] = [];

/*
 * Past any index of a text (V8 strings end below 2^29), and a small integer: the walk's index
 * comparisons were optimized for small integers and deoptimized at each worker's first file end
 * when this was Number.MAX_SAFE_INTEGER.
 */
const END_OF_TEXT = 0x3fffffff;

function createWalk(): Walk {
  let source = "";
  let spec!: LanguageSpec;
  let flags!: Uint32Array;
  let anonHash!: Uint32Array;
  let explainer: LizardExplainer | null = null;
  let buffer!: TokenBuffer;
  let done = objectArray<DoneFunction>();
  let active = objectArray<Frame>();
  let pending = objectArray<Frame>();
  let typeStack: number[] = [];
  let fileNloc = 0;
  let lastRow = -1;
  let stringOpen = false;
  let startTokenOf: Frame | null = null;
  // Leaves before this index belong to a noClone node (imports): no clone-detection token.
  let cloneSkipEnd = -1;
  let leaves = 0;
  let spliced = 0;
  let starts: Uint32Array = new Uint32Array(0);
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
    done.push(doneFunction(frame, spec, starts));
  };

  // Frames end lazily, at the next token; finishing the ended ones earlier changes nothing.
  const settle = (index: number) => {
    while (active.length > 0 && active[active.length - 1].endIndex <= index) finish(active.pop()!);
  };

  const advance = (index: number, row: number) => {
    settle(index);
    for (let i = 0; i < pending.length; ) {
      const frame = pending[i];
      if (frame.startIndex > index) { i++; continue; }
      pending.splice(i, 1);
      const parent = active.length > 0 ? active[active.length - 1] : null;
      frame.parent = parent;
      explainer?.started(frame);
      frame.name = spec.qualifyNested && parent ? `${parent.name}.${frame.head.name}` : frame.head.name;
      frame.startRow = row;
      frame.endRow = row;
      active.push(frame);
      startTokenOf = frame;
    }
  };

  const enterFunction = (node: Node, endIndex: number) => {
    const head = spec.functionHead(node, source);
    if (head.bodiless) return;
    pending.push({
      head, name: head.name, startIndex: head.startIndex, endIndex, startRow: 0, endRow: 0,
      nloc: 1, tokens: 1, ccn: 1, lizardCcn: 1, quirks: {}, paramTokens: objectArray(), paramState: { genericDepth: 0 },
      parent: null, lizDepth: 0, lizEndRow: -1, lizMergedInto: null,
    });
  };

  const leaf = (id: number, fl: number, start: number, end: number) => {
    if (start > nextExcluded) spliceExcluded(start);
    leaves++;
    const sRow = rowForward(start);
    // The row of the token's last character (a token may end with its newline).
    const endRow = end - 1 > start ? rowForward(end - 1) : sRow;
    advance(start, sRow);
    const newline = sRow > lastRow;
    const top = active.length > 0 ? active[active.length - 1] : null;
    // Lizard counts a function's first token (and its line) in the enclosing function too.
    const owner = startTokenOf ? startTokenOf.parent : top;
    startTokenOf = null;
    if (newline) {
      fileNloc++;
      if (owner) owner.nloc++;
    }
    if (endRow > sRow) {
      fileNloc += endRow - sRow;
      if (owner) owner.nloc += endRow - sRow;
    }
    if (endRow > lastRow) lastRow = endRow;
    if (top && endRow > top.endRow) top.endRow = endRow;

    let ours = 0;
    if (top && fl & OURS_DECIDING) {
      // `?` is a decision only as the ternary's (not in optional parameters or types).
      ours = fl & F.QUESTION ? (flags[typeStack[typeStack.length - 1]] & F.TERNARY ? 1 : 0) : 1;
      top.ccn += ours;
    } else if (top && fl & F.PROPERTY && isDotCatch(source, start, end)) {
      top.ccn += ours = 1;
    }
    if (explainer) {
      const depth = typeStack.length;
      explainer.token(top, fl, start, end, sRow, newline, ours, flags[typeStack[depth - 1]], flags[typeStack[depth - 2]]);
    }

    if (start < cloneSkipEnd) return;
    // A string's pieces (around interpolations) are one token.
    if (fl & STRING_PIECE && stringOpen) return;
    stringOpen = (fl & STRING_PIECE) !== 0;
    buffer.push(leafHash(id, fl, source, start, end, anonHash), sRow + 1);
    if (owner) owner.tokens++;
    if (top && start > top.head.paramsStart && end < top.head.paramsEnd) {
      const kept = spec.keepParamToken(source.slice(start, end), top.paramState);
      if (kept !== null) top.paramTokens.push(kept);
    }
  };

  // A string statement (docstring, or a bare string used as a comment) is not code.
  const subtractStringStatement = (cursor: WalkCursor) => {
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

  let segmented = false;
  let memo: WalkMemo | null = null;
  let old: ReuseInput | null = null;
  let excluded: ReuseInput["excluded"] | null = null;
  let oldAt: ReturnType<typeof segmentsByNewStart> | null = null;
  let excludedAt = 0;
  let nextExcluded = END_OF_TEXT;
  let segments = objectArray<Segment>();
  // Open segments (indices into `segments`) and the depth of their statement.
  let open: number[] = [];
  let openDepth: number[] = [];
  let openTop = objectArray<Frame | null>();
  let containers!: Tables["containers"];
  let noClone!: Tables["noClone"];
  let cursor!: WalkCursor;

  // No function about to start: the next token is nobody's first.
  const free = () => pending.length === 0 && startTokenOf === null;
  const isolated = () => active.length === 0 && free();
  /*
   * Statements inside a function are reusable too (JS and the like): what one adds to the
   * function around it (CCN, tokens, NLOC, end row) depends only on its own text, so it is
   * recorded and added again. In a describe/it test file every statement is inside a function,
   * and an Excalidraw backfill walked ~40% of its leaves again in such files. Not in Python,
   * whose nested functions take their parent's name.
   */
  let nestedSplice = false;
  const reusable = () => free() && (active.length === 0 || nestedSplice);
  const topFrame = () => (active.length > 0 ? active[active.length - 1]! : null);

  /** The old results of an unchanged statement, moved to where it is now; false when it cannot be. */
  const splice = (type: number, start: number, end: number, row: number): boolean => {
    const k = oldAt!.get(start);
    if (k === undefined) return false;
    const s = old!.memo.segments[k]!;
    if (s.type !== type || end - start !== s.end - s.start || s.inFunction !== active.length > 0 || meetsChange(old!.changed, start, end)) return false;
    return carry(k, start, row, true);
  };

  /** Splices every left-out statement that starts before `index`, in order. */
  const spliceExcluded = (index: number) => {
    while (nextExcluded < index) {
      const { k, start } = excluded![excludedAt++]!;
      nextExcluded = excludedAt < excluded!.length ? excluded![excludedAt]!.start : END_OF_TEXT;
      settle(start);
      const row = rowForward(start);
      // Python only: every string piece follows its string node's reset of `stringOpen`.
      if (!isolated() || row <= lastRow || !carry(k, start, row, false)) throw new SparseMismatch(`statement at ${start}`);
    }
  };

  const carry = (k: number, start: number, row: number, sameString: boolean): boolean => {
    const before = old!.memo;
    const s = before.segments[k]!;
    if ((sameString && s.stringOpenBefore !== stringOpen) || s.charBefore !== charBefore(source, start)) return false;
    const shift = start - s.start;
    const rows = row - s.startRow;
    if (memo) carrySegments(before, k, segments, shift, rows, done.length, buffer.length);
    for (let j = s.fnFrom; j < s.fnTo; j++) {
      const d = before.done[j]!;
      done.push({ start: d.start + shift, fn: shiftFunction(d.fn, rows) });
    }
    buffer.pushShifted(before.hashes, before.lines, s.tokFrom, s.tokTo, rows);
    fileNloc += s.nloc;
    if (s.lastRow >= 0) {
      lastRow = s.lastRow + rows;
      leaves++;
    }
    stringOpen = s.stringOpenAfter;
    if (s.inFunction) {
      const top = active[active.length - 1]!;
      top.ccn += s.outerCcn;
      top.tokens += s.outerTokens;
      top.nloc += s.outerNloc;
      if (s.outerEndRow >= 0 && s.outerEndRow + rows > top.endRow) top.endRow = s.outerEndRow + rows;
    }
    spliced++;
    return true;
  };

  /** At a statement of a container: true when its results were spliced in (skip its subtree). */
  const atStatement = (type: number, depth: number): boolean => {
    const start = cursor.startIndex;
    if (start > nextExcluded) spliceExcluded(start);
    settle(start);
    if (!reusable()) return false;
    const row = rowForward(start);
    if (row <= lastRow) return false;
    const end = cursor.endIndex;
    if (oldAt && splice(type, start, end, row)) return true;
    if (!memo) return false;
    const top = topFrame();
    open.push(segments.length);
    openDepth.push(depth);
    openTop.push(top);
    // While open, `nloc` and `lastRow` hold the file NLOC and the leaf count before it, and the
    // outer fields the function's counts before it.
    segments.push(segment(
      type, start, end, row, charBefore(source, start), done.length, 0, buffer.length, 0, fileNloc, leaves, stringOpen, false, 0,
      top !== null, top?.ccn ?? 0, top?.tokens ?? 0, top?.nloc ?? 0, top?.endRow ?? -1,
    ));
    return false;
  };

  const closeSegment = () => {
    const k = open.pop()!;
    openDepth.pop();
    const top = openTop.pop()!;
    const s = segments[k]!;
    settle(s.end);
    // Reusable only if it closes in the function it opened in (or none), none about to start.
    if (!free() || topFrame() !== top) s.type = -1;
    if (top) {
      s.outerCcn = top.ccn - s.outerCcn;
      s.outerTokens = top.tokens - s.outerTokens;
      s.outerNloc = top.nloc - s.outerNloc;
      s.outerEndRow = top.endRow > s.outerEndRow ? top.endRow : -1;
    }
    s.fnTo = done.length;
    s.tokTo = buffer.length;
    s.nloc = fileNloc - s.nloc;
    s.lastRow = leaves > s.lastRow ? lastRow : -1;
    s.stringOpenAfter = stringOpen;
    s.descendants = segments.length - k - 1;
  };

  return (tree, text, languageSpec, tables, opts) => {
    source = text;
    spec = languageSpec;
    flags = tables.flags;
    anonHash = tables.anonHash;
    explainer = opts.explainLizard ? new LizardExplainer(source, flags, opts.lizardJsxTokens === true) : null;
    buffer = new TokenBuffer(Math.ceil(source.length / 4));
    done = objectArray();
    active = objectArray();
    pending = objectArray();
    typeStack = [];
    fileNloc = 0;
    lastRow = -1;
    stringOpen = false;
    startTokenOf = null;
    cloneSkipEnd = -1;
    leaves = 0;
    spliced = 0;
    starts = lineStarts(source);
    cursorRow = 0;
    segmented = !explainer && (opts.record === true || opts.reuse !== undefined);
    memo = segmented && opts.record ? { segments: objectArray(), done, hashes: new Uint32Array(0), lines: new Uint32Array(0) } : null;
    old = segmented && opts.reuse ? opts.reuse : null;
    excluded = old?.excluded ?? null;
    // A sparse parse splices exactly the statements it left out.
    oldAt = old && !excluded ? segmentsByNewStart(old.memo, old.edits) : null;
    excludedAt = 0;
    nextExcluded = excluded && excluded.length > 0 ? excluded[0]!.start : END_OF_TEXT;
    segments = memo?.segments ?? objectArray();
    open = [];
    openDepth = [];
    openTop = objectArray();
    nestedSplice = !spec.qualifyNested;
    containers = tables.containers;
    noClone = tables.noClone;
    cursor = walkCursor(tree, runtimeCursorExports());
    try {
      return run();
    } finally {
      cursor.delete();
      // Nothing of this file is kept alive until the next one.
      source = "";
      explainer = null;
      memo = null;
      old = null;
      excluded = null;
      oldAt = null;
      done = objectArray();
      active = objectArray();
      pending = objectArray();
      segments = objectArray();
    }
  };

  function run(): WalkResult {
    for (;;) {
      const id = cursor.nodeTypeId;
      const fl = flags[id];
      const depth = typeStack.length;
      if (fl & (F.ATOM_STRING | F.ATOM_REGEX)) {
        leaf(id, fl, cursor.startIndex, cursor.endIndex);
      } else if (segmented && depth > 0 && containers[typeStack[depth - 1]] === 1 && !(fl & F.COMMENT) && atStatement(id, depth)) {
        // Spliced from the previous version: on to the next statement.
      } else if (!(fl & F.COMMENT)) {
        if (fl & F.FUNCTION) {
          // The end first: once the node is out, only Node calls may follow until the walk resumes.
          const end = cursor.endIndex;
          enterFunction(cursor.currentNode, end);
        }
        if (fl & F.EXPRESSION_STATEMENT) subtractStringStatement(cursor);
        if (noClone[id] === 1) cloneSkipEnd = cursor.endIndex;
        if (fl & F.PY_STRING) stringOpen = false;
        if (cursor.gotoFirstChild()) {
          typeStack.push(id);
          explainer?.enter(fl);
          continue;
        }
        const start = cursor.startIndex;
        const end = cursor.endIndex;
        if (end > start) leaf(id, fl, start, end);
      }
      let moved = false;
      for (;;) {
        if (open.length > 0 && openDepth[open.length - 1] === typeStack.length) closeSegment();
        if ((moved = cursor.gotoNextSibling())) break;
        if (!cursor.gotoParent()) break;
        const left = typeStack.pop()!;
        explainer?.exit(flags[left]);
      }
      if (!moved) break;
    }
    if (excluded) spliceExcluded(END_OF_TEXT);
    advance(END_OF_TEXT, lastRow < 0 ? 0 : lastRow);
    while (active.length > 0) finish(active.pop()!);
    const tokens = buffer.finish();
    const ordered = memo ? done.slice() : done;
    ordered.sort((a, b) => a.start - b.start);
    if (memo) {
      memo.hashes = tokens.hashes.slice();
      memo.lines = tokens.lines.slice();
    }
    return { functions: ordered.map((d) => d.fn), nloc: fileNloc, tokens, memo: memo ?? undefined, spliced };
  }
}
