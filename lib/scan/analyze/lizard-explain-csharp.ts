import type { Node } from "web-tree-sitter";
import { csharpSpec } from "./lang-csharp";
import { F, type FunctionHead } from "./node-tables";
import type { ExplainedFunction } from "./frame";

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

interface Owner {
  node: Node;
  /** The walk's name and start line for this function, to find its result. */
  name: string;
  line: number;
  headStart: number;
  delta: Record<string, number>;
  parent: Owner | null;
}

/** The function head of a node the walk reports as a function, else null. */
function functionHeadOf(node: Node): FunctionHead | null {
  if (!Object.hasOwn(csharpSpec.named, node.type) || (csharpSpec.named[node.type]! & F.FUNCTION) === 0) return null;
  const head = csharpSpec.functionHead(node, "");
  return head.bodiless ? null : head;
}

function bump(owner: Owner | null, cause: keyof typeof CAUSES, by: number): void {
  if (!owner) return;
  owner.delta[CAUSES[cause]] = (owner.delta[CAUSES[cause]] ?? 0) + by;
}

function inside(node: Node, types: readonly string[], stop: Node): boolean {
  for (let p = node.parent; p && p.id !== stop.id; p = p.parent) if (types.includes(p.type)) return true;
  return false;
}

/** Fills lizardCcn and quirks of the functions of one C# file (in place). */
export function explainCsharp(root: Node, functions: ExplainedFunction[]): void {
  const owners: Owner[] = [];
  const visit = (node: Node, stack: Owner[]) => {
    let here = stack;
    const head = functionHeadOf(node);
    if (head) {
      const line = (node.tree.rootNode.descendantForIndex(head.startIndex)?.startPosition.row ?? -2) + 1;
      const owner: Owner = { node, name: head.name, line, headStart: head.startIndex, delta: {}, parent: stack[stack.length - 1] ?? null };
      owners.push(owner);
      here = [...stack, owner];
    }
    if (node.childCount === 0) {
      let owner: Owner | null = null;
      for (let k = here.length - 1; k >= 0; k--) if (node.startIndex >= here[k]!.headStart) { owner = here[k]!; break; }
      const type = node.type;
      if (owner && type === "?" && node.parent?.type === "nullable_type" && !inside(node, ["parameter_list", "type_argument_list"], owner.node)) bump(owner, "nullable", 1);
      else if (type === "foreach") bump(owner, "foreach", -1);
      else if (type === "#if" || type === "#elif") bump(owner, "preprocessor", 1);
      else if (owner && (DECIDING.has(type) || (type === "?" && node.parent?.type !== "nullable_type")) && inside(node, ["constructor_initializer"], owner.node)) {
        bump(owner, "initializer", -1);
      }
      return;
    }
    for (const child of node.children) if (child) visit(child, here);
  };
  visit(root, []);

  const byKey = new Map<string, ExplainedFunction[]>();
  for (const fn of functions) {
    const key = `${fn.startLine}:${fn.name}`;
    byKey.set(key, [...(byKey.get(key) ?? []), fn]);
  }
  const fnOf = new Map<Owner, ExplainedFunction>();
  for (const owner of owners) {
    const fn = byKey.get(`${owner.line}:${owner.name}`)?.shift();
    if (fn) fnOf.set(owner, fn);
  }
  for (const [owner, fn] of fnOf) {
    fn.quirks = { ...owner.delta };
    fn.lizardCcn = fn.ccn + Object.values(owner.delta).reduce((a, b) => a + b, 0);
  }
  // Innermost first: a local function's Lizard figure goes to its parent.
  for (const owner of [...owners].reverse()) {
    if (owner.node.type !== "local_function_statement" || !owner.parent) continue;
    const fn = fnOf.get(owner);
    const parent = fnOf.get(owner.parent);
    if (!fn || !parent) continue;
    const moved = fn.lizardCcn - 1;
    if (moved === 0) continue;
    parent.lizardCcn += moved;
    parent.quirks[CAUSES.local] = (parent.quirks[CAUSES.local] ?? 0) + moved;
  }
}
