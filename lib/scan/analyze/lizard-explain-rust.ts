import type { Node } from "web-tree-sitter";
import type { ExplainedFunction } from "./frame";
import { rustSpec } from "./lang-rust";
import { bump, explainByLeaves } from "./lizard-explain-tokens";

/**
 * Explain mode for Rust (the parity bench): Lizard 1.24's CCN for each function, rebuilt from ours
 * by the deliberate differences of docs/scanner.md. Lizard's Rust reader counts the words `for`,
 * `where` and `?` wherever they stand, and reads `&&` and `||` as one token where the grammar has
 * two: a double reference `&&x` and a closure without parameters `|| …`.
 */
const CAUSES = {
  where: "`where` clause counted by Lizard",
  for: "`for` outside a loop (`impl … for`, `for<'a>`) counted by Lizard",
  question: "`?` outside the `?` operator (`?Sized`, macro input) counted by Lizard",
  reference: "`&&` of a double reference counted by Lizard",
  closure: "`||` of a closure without parameters counted by Lizard",
} as const;

/** Whether `node` is the second of two one-character tokens `c` written together (`& &` read as `&&`). */
function pairedWithPrevious(node: Node, c: string): boolean {
  const previous = node.previousSibling;
  if (previous?.type === c && previous.endIndex === node.startIndex) return true;
  // `&&x`: the second `&` opens a nested reference.
  const parent = node.parent;
  const outer = parent?.parent;
  return c === "&" && parent?.firstChild?.id === node.id && outer?.firstChild?.type === "&" && outer.firstChild.endIndex === node.startIndex;
}

/** Fills lizardCcn and quirks of the functions of one Rust file (in place). */
export function explainRust(root: Node, functions: ExplainedFunction[]): void {
  explainByLeaves(root, rustSpec, functions, (node, owner) => {
    if (!owner) return;
    const type = node.type;
    const parent = node.parent?.type;
    if (type === "where") bump(owner, CAUSES.where, 1);
    else if (type === "for" && parent !== "for_expression") bump(owner, CAUSES.for, 1);
    else if (type === "?" && parent !== "try_expression") bump(owner, CAUSES.question, 1);
    else if (type === "&" && pairedWithPrevious(node, "&")) bump(owner, CAUSES.reference, 1);
    else if (type === "|" && parent === "closure_parameters" && pairedWithPrevious(node, "|")) bump(owner, CAUSES.closure, 1);
  });
}
