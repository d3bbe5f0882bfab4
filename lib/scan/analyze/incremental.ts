import type { Edit, Tree } from "web-tree-sitter";
import type { FileAnalysis, Language } from "../types";
import { analyzeTree, unparsed } from "./analyze-source";
import { parseText, readyParser } from "./grammars";
import type { ReuseInput, TextEdit, WalkMemo } from "./segments";
import { textEdits } from "./text-diff";

/** A file's last analysed version, kept to analyse its next version incrementally. */
export interface Retained {
  language: Language;
  source: string;
  tree: Tree;
  memo: WalkMemo | undefined;
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
 * Analyses `source`, reparsing incrementally from `previous` (whose tree this takes over and
 * frees) and splicing in the walk results of statements the edit left alone. The result equals
 * analyzeSource's. With `keep`, returns the new version to retain (never a tree with errors:
 * error recovery is where an incremental parse may differ from a fresh one).
 */
export function analyzeRetaining(
  path: string, source: string, language: Language, previous: Retained | undefined, keep: boolean,
): { analysis: FileAnalysis; retained?: Retained; spliced?: number } {
  const { parser } = readyParser(language);
  let tree: Tree | null = null;
  try {
    let reuse: ReuseInput | undefined;
    try {
      if (previous && previous.language === language) {
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
    const { analysis, memo, spliced } = analyzeTree(path, source, language, tree, { record: retain, reuse });
    if (!retain) return { analysis, spliced };
    const retained: Retained = { language, source, tree, memo };
    tree = null;
    return { analysis, retained, spliced };
  } finally {
    tree?.delete();
    // Only now: the walk matched subtrees of the new tree against this one's by address.
    previous?.tree.delete();
  }
}
