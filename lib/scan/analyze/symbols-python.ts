import type { Node } from "web-tree-sitter";
import type { PublicSymbol } from "../types";
import { symbolLine } from "./symbol-nodes";

function unwrapDecorated(node: Node): Node {
  return node.type === "decorated_definition" ? (node.childForFieldName("definition") ?? node) : node;
}

function hasDocstring(definition: Node): boolean {
  // Sibling by sibling: a body's whole child list would be built only to read its first statement.
  let first = definition.childForFieldName("body")?.firstNamedChild ?? null;
  while (first && first.type === "comment") first = first.nextNamedSibling;
  if (!first || first.type !== "expression_statement") return false;
  return first.namedChildCount === 1 && first.firstNamedChild?.type === "string";
}

/** Names listed in a module-level `__all__ = [...]` / `(...)` / `+= [...]`, or null without one. */
function dunderAll(root: Node): Set<string> | null {
  let names: Set<string> | null = null;
  for (const statement of root.namedChildren) {
    if (statement?.type !== "expression_statement") continue;
    const assignment = statement.firstNamedChild;
    if (!assignment || (assignment.type !== "assignment" && assignment.type !== "augmented_assignment")) continue;
    if (assignment.childForFieldName("left")?.text !== "__all__") continue;
    const right = assignment.childForFieldName("right");
    names ??= new Set();
    for (const item of right?.namedChildren ?? []) {
      if (item?.type !== "string") continue;
      const content = item.namedChildren.find((part) => part?.type === "string_content");
      if (content) names.add(content.text);
    }
  }
  return names;
}

const isPublicName = (name: string) => !name.startsWith("_");

/**
 * Public API of a Python module: module-level functions and classes whose names do not start
 * with `_` (or, when `__all__` is assigned, exactly the names it lists), plus the public
 * methods of those classes (no leading underscore, so dunders including `__init__` are out).
 * Documented = has a docstring.
 */
export function pythonSymbols(root: Node): PublicSymbol[] {
  const exported = dunderAll(root);
  const symbols: PublicSymbol[] = [];
  for (const child of root.namedChildren) {
    if (!child) continue;
    const definition = unwrapDecorated(child);
    if (definition.type !== "function_definition" && definition.type !== "class_definition") continue;
    const nameNode = definition.childForFieldName("name");
    if (!nameNode) continue;
    const name = nameNode.text;
    if (exported ? !exported.has(name) : !isPublicName(name)) continue;
    const isClass = definition.type === "class_definition";
    symbols.push({ name, kind: isClass ? "class" : "function", line: symbolLine(nameNode), documented: hasDocstring(definition) });
    if (!isClass) continue;
    for (const member of definition.childForFieldName("body")?.namedChildren ?? []) {
      if (!member) continue;
      const method = unwrapDecorated(member);
      const methodName = method.type === "function_definition" ? method.childForFieldName("name") : null;
      if (!methodName || !isPublicName(methodName.text)) continue;
      symbols.push({
        name: `${name}.${methodName.text}`,
        kind: "method",
        line: symbolLine(methodName),
        documented: hasDocstring(method),
      });
    }
  }
  return symbols;
}
