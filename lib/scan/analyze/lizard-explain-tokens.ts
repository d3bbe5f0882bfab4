import type { Node } from "web-tree-sitter";
import type { ExplainedFunction } from "./frame";
import { F, type FunctionHead, type LanguageSpec } from "./node-tables";

/** A function of the syntax tree, with what Lizard counts differently in it, cause by cause. */
export interface ExplainOwner {
  node: Node;
  /** The walk's name and start line for this function, to find its result. */
  name: string;
  line: number;
  headStart: number;
  delta: Record<string, number>;
  parent: ExplainOwner | null;
}

function functionHeadOf(spec: LanguageSpec, node: Node): FunctionHead | null {
  if (!Object.hasOwn(spec.named, node.type) || (spec.named[node.type]! & F.FUNCTION) === 0) return null;
  const head = spec.functionHead(node, "");
  return head.bodiless ? null : head;
}

export function bump(owner: ExplainOwner | null, cause: string, by: number): void {
  if (!owner) return;
  owner.delta[cause] = (owner.delta[cause] ?? 0) + by;
}

/**
 * Explain mode for the languages whose Lizard quirks are token rules (C#, Rust): visits every leaf
 * with the function that owns it (from its head on, as the walk counts), lets `onLeaf` record
 * Lizard's differences on that owner, then sets each function's lizardCcn and quirks (in place).
 * Returns each owner's function, for moves between functions (a C# local function's figure).
 */
export function explainByLeaves(
  root: Node, spec: LanguageSpec, functions: ExplainedFunction[], onLeaf: (leaf: Node, owner: ExplainOwner | null) => void,
): Map<ExplainOwner, ExplainedFunction> {
  const owners: ExplainOwner[] = [];
  const visit = (node: Node, stack: ExplainOwner[]) => {
    let here = stack;
    const head = functionHeadOf(spec, node);
    if (head) {
      const line = (root.descendantForIndex(head.startIndex)?.startPosition.row ?? -2) + 1;
      const owner: ExplainOwner = { node, name: head.name, line, headStart: head.startIndex, delta: {}, parent: stack[stack.length - 1] ?? null };
      owners.push(owner);
      here = [...stack, owner];
    }
    if (node.childCount === 0) {
      let owner: ExplainOwner | null = null;
      for (let k = here.length - 1; k >= 0; k--) if (node.startIndex >= here[k]!.headStart) { owner = here[k]!; break; }
      onLeaf(node, owner);
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
  const fnOf = new Map<ExplainOwner, ExplainedFunction>();
  for (const owner of owners) {
    const fn = byKey.get(`${owner.line}:${owner.name}`)?.shift();
    if (fn) fnOf.set(owner, fn);
  }
  for (const [owner, fn] of fnOf) {
    fn.quirks = { ...owner.delta };
    fn.lizardCcn = fn.ccn + Object.values(owner.delta).reduce((a, b) => a + b, 0);
  }
  return fnOf;
}
