import type { Edit, Tree } from "web-tree-sitter";
import type { FileAnalysis, Language } from "../types";
import { analyzeTree, unparsed, type SparseInput } from "./analyze-source";
import { parseText, readyParser } from "./grammars";
import { SparseMismatch, type ReuseInput, type TextEdit, type WalkMemo } from "./segments";
import { parseSparse, planSparse } from "./sparse-parse";
import type { PySymbolEntry } from "./symbols-python";
import { textEdits } from "./text-diff";

/**
 * A file's last analysed version, kept to analyse its next version incrementally: with its tree
 * (tree-sitter's incremental parse), or for Python with none (a sparse parse needs only the walk
 * memo and the public-API entries of each statement).
 */
export interface Retained {
  language: Language;
  source: string;
  tree: Tree | null;
  memo: WalkMemo | undefined;
  entries?: PySymbolEntry[];
}

const classTypeIds = new Map<Language, Set<number>>();

/** Statements whose members a sparse parse may leave out one by one. */
function classTypes(language: Language): Set<number> {
  let ids = classTypeIds.get(language);
  if (!ids) {
    const { language: grammar } = readyParser(language);
    ids = new Set(["class_definition", "decorated_definition"].map((type) => grammar.idForNodeType(type, true)).filter((id): id is number => id !== null && id > 0));
    classTypeIds.set(language, ids);
  }
  return ids;
}

/** Row and column (code units, as web-tree-sitter counts them) of `index`, going on from a known point. */
function pointAt(text: string, index: number, from: number, fromRow: number): { row: number; column: number } {
  let row = fromRow;
  let lineStart = from === 0 ? 0 : text.lastIndexOf("\n", from - 1) + 1;
  for (let i = text.indexOf("\n", from); i >= 0 && i < index; i = text.indexOf("\n", i + 1)) {
    row++;
    lineStart = i + 1;
  }
  return { row, column: index - lineStart };
}

/**
 * The tree edits for `edits`, last first: applied in that order, each one's old-text positions
 * are still where it applies.
 */
export function treeEdits(before: string, after: string, edits: TextEdit[]): Edit[] {
  const out: Edit[] = [];
  let from = 0;
  let fromRow = 0;
  for (const e of edits) {
    const startPosition = pointAt(before, e.start, from, fromRow);
    const oldEndPosition = pointAt(before, e.oldEnd, e.start, startPosition.row);
    const inserted = pointAt(after, e.newEnd, e.newStart, 0);
    const newEndPosition = inserted.row === 0
      ? { row: startPosition.row, column: startPosition.column + (e.newEnd - e.newStart) }
      : { row: startPosition.row + inserted.row, column: inserted.column };
    out.push({
      startIndex: e.start, oldEndIndex: e.oldEnd, newEndIndex: e.start + (e.newEnd - e.newStart),
      startPosition, oldEndPosition, newEndPosition,
    });
    from = e.oldEnd;
    fromRow = oldEndPosition.row;
  }
  return out.reverse();
}

/**
 * Analyses a Python file's next version by a sparse parse (sparse-parse.ts); null when the
 * sparse tree cannot stand for the file (the caller parses it whole).
 */
function analyzeSparse(
  path: string, source: string, previous: Retained, keep: boolean,
): { analysis: FileAnalysis; retained?: Retained; spliced: number } | null {
  const memo = previous.memo!;
  const edits = textEdits(previous.source, source);
  const plan = planSparse(memo, edits, previous.source, source, classTypes("python"));
  if (plan.spans.length === 0) return null;
  const { parser } = readyParser("python");
  const tree = parseSparse(parser, source, plan);
  if (!tree) return null;
  try {
    const reuse: ReuseInput = { memo, edits, changed: [], excluded: plan.spans };
    const sparse: SparseInput = { spans: plan.spans, entries: previous.entries! };
    const { analysis, memo: next, entries, spliced } = analyzeTree(path, source, "python", tree, { record: keep, reuse, sparse });
    return { analysis, retained: keep ? { language: "python", source, tree: null, memo: next, entries } : undefined, spliced };
  } catch (error) {
    if (error instanceof SparseMismatch) return null;
    throw error;
  } finally {
    tree.delete();
  }
}

/**
 * Analyses `source` from the path's `previous` version (which this takes over, freeing its
 * tree): Python by a sparse parse, other languages by tree-sitter's incremental parse, either
 * way splicing in the walk results of statements the edit left alone. The result equals
 * analyzeSource's. With `keep`, returns the new version to retain (never a tree with errors:
 * error recovery is where an incremental parse may differ from a fresh one).
 */
export function analyzeRetaining(
  path: string, source: string, language: Language, previous: Retained | undefined, keep: boolean,
): { analysis: FileAnalysis; retained?: Retained; spliced?: number } {
  if (language === "python" && previous?.language === "python" && previous.memo && previous.entries) {
    try {
      const sparse = analyzeSparse(path, source, previous, keep);
      if (sparse) return sparse;
    } catch (error) {
      return { analysis: unparsed(path, language, `parse failed: ${String(error)}`) };
    }
    previous = undefined;
  }
  const { parser } = readyParser(language);
  let tree: Tree | null = null;
  try {
    let reuse: ReuseInput | undefined;
    try {
      if (previous?.tree && previous.language === language) {
        const edits = textEdits(previous.source, source);
        for (const edit of treeEdits(previous.source, source, edits)) previous.tree.edit(edit);
        tree = parseText(parser, source, previous.tree);
        if (tree?.rootNode.hasError) {
          tree.delete();
          tree = null;
        } else if (tree && previous.memo) {
          const changed = previous.tree.getChangedRanges(tree).flatMap((r) => [r.startIndex, r.endIndex]);
          reuse = { memo: previous.memo, edits, changed };
        }
      }
      tree ??= parseText(parser, source);
    } catch (error) {
      tree?.delete();
      return { analysis: unparsed(path, language, `parse failed: ${String(error)}`) };
    }
    if (!tree) return { analysis: unparsed(path, language, "parse failed") };
    const retain = keep && !tree.rootNode.hasError;
    const { analysis, memo, entries, spliced } = analyzeTree(path, source, language, tree, { record: retain, reuse });
    if (!retain) return { analysis, spliced };
    // Python needs no tree to analyse its next version.
    const retained: Retained = { language, source, tree: language === "python" ? null : tree, memo, entries };
    if (retained.tree) tree = null;
    return { analysis, retained, spliced };
  } finally {
    tree?.delete();
    // Only now: the walk matched subtrees of the new tree against this one's by address.
    previous?.tree?.delete();
  }
}
