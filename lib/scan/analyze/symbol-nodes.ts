import type { Node } from "web-tree-sitter";

/** The 1-based line a public symbol is reported on. */
export function symbolLine(node: Node): number {
  return node.startPosition.row + 1;
}

/** What a sibling before a declaration is to its documentation: the doc itself, something to look past, or neither. */
export type BeforeDeclaration = "doc" | "skip" | "stop";

/**
 * Whether a doc comment stands before the declaration, looking back past the siblings `classify`
 * skips (plain comments, and in Rust attributes): Javadoc and rustdoc both attach the last doc
 * comment across them.
 */
export function docBefore(decl: Node, classify: (sibling: Node) => BeforeDeclaration): boolean {
  for (let previous = decl.previousSibling; previous; previous = previous.previousSibling) {
    const verdict = classify(previous);
    if (verdict !== "skip") return verdict === "doc";
  }
  return false;
}
