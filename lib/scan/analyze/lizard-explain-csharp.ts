import type { Node } from "web-tree-sitter";
import { csharpSpec } from "./lang-csharp";
import type { ExplainedFunction } from "./frame";
import { bump, explainByLeaves } from "./lizard-explain-tokens";

/**
 * Explain mode for C# (the parity bench): Lizard 1.24's CCN for each function, rebuilt from ours
 * by the deliberate differences of docs/scanner.md, cause by cause. Lizard counts the `?` of a
 * nullable type in a body (not in parameter or type-argument lists), `#if` and `#elif`; it does not
 * count `foreach` or decisions in a constructor's `: this(…)`/`: base(…)` initializer; it does not
 * see local functions, so their decisions are their parent's.
 */
const CAUSES = {
  nullable: "`?` of a nullable type counted by Lizard",
  foreach: "`foreach` not counted by Lizard",
  preprocessor: "`#if`/`#elif` counted by Lizard",
  initializer: "constructor initializer not read by Lizard",
  local: "local function merged into its parent by Lizard",
} as const;

const DECIDING = new Set(["if", "for", "while", "catch", "case", "&&", "||", "??", "??="]);

function inside(node: Node, types: readonly string[], stop: Node): boolean {
  for (let p = node.parent; p && p.id !== stop.id; p = p.parent) if (types.includes(p.type)) return true;
  return false;
}

/** Fills lizardCcn and quirks of the functions of one C# file (in place). */
export function explainCsharp(root: Node, functions: ExplainedFunction[]): void {
  const fnOf = explainByLeaves(root, csharpSpec, functions, (node, owner) => {
    const type = node.type;
    if (owner && type === "?" && node.parent?.type === "nullable_type" && !inside(node, ["parameter_list", "type_argument_list"], owner.node)) bump(owner, CAUSES.nullable, 1);
    else if (type === "foreach") bump(owner, CAUSES.foreach, -1);
    else if (type === "#if" || type === "#elif") bump(owner, CAUSES.preprocessor, 1);
    else if (owner && (DECIDING.has(type) || (type === "?" && node.parent?.type !== "nullable_type")) && inside(node, ["constructor_initializer"], owner.node)) {
      bump(owner, CAUSES.initializer, -1);
    }
  });
  // Innermost first: a local function's Lizard figure goes to its parent.
  for (const [owner, fn] of [...fnOf].reverse()) {
    if (owner.node.type !== "local_function_statement" || !owner.parent) continue;
    const parent = fnOf.get(owner.parent);
    if (!parent) continue;
    const moved = fn.lizardCcn - 1;
    if (moved === 0) continue;
    parent.lizardCcn += moved;
    parent.quirks[CAUSES.local] = (parent.quirks[CAUSES.local] ?? 0) + moved;
  }
}
