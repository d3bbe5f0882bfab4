import type { Node } from "web-tree-sitter";
import type { PublicSymbol } from "../types";
import { symbolLine } from "./symbol-nodes";
import { receiverType } from "./lang-go";

/** Go exports a name by its first letter: upper case. */
function exported(name: string): boolean {
  const c = name.charAt(0);
  return c !== "" && c === c.toUpperCase() && c !== c.toLowerCase();
}

/** A comment ending on the line right before the node (a doc comment, as go doc reads it). */
function hasDocComment(node: Node): boolean {
  const previous = node.previousSibling;
  return previous?.type === "comment" && node.startPosition.row - previous.endPosition.row === 1;
}

/** The specs of a `type`, `const` or `var` declaration, grouped or not. */
function specs(decl: Node): Node[] {
  const out: Node[] = [];
  for (const child of decl.namedChildren) {
    if (!child) continue;
    if (child.type.endsWith("_spec") || child.type === "type_alias") out.push(child);
    else if (child.type.endsWith("_spec_list")) for (const s of child.namedChildren) if (s && s.type.endsWith("_spec")) out.push(s);
  }
  return out;
}

/**
 * Public API of a Go file, as golint reads it: exported functions, methods of exported types,
 * and exported types, constants and variables. Documented = a comment on the line right before
 * the declaration; in a `const (…)` / `var (…)` / `type (…)` group, before the spec or before
 * the group. (Test files have none: see test-sources.ts.)
 */
export function goSymbols(root: Node): PublicSymbol[] {
  const out: PublicSymbol[] = [];
  for (const decl of root.namedChildren) {
    if (!decl) continue;
    if (decl.type === "function_declaration") {
      const nameNode = decl.childForFieldName("name");
      if (nameNode && exported(nameNode.text)) out.push({ name: nameNode.text, kind: "function", line: symbolLine(nameNode), documented: hasDocComment(decl) });
    } else if (decl.type === "method_declaration") {
      const nameNode = decl.childForFieldName("name");
      const type = receiverType(decl).name;
      if (nameNode && type && exported(nameNode.text) && exported(type)) {
        out.push({ name: `${type}.${nameNode.text}`, kind: "method", line: symbolLine(nameNode), documented: hasDocComment(decl) });
      }
    } else if (decl.type === "type_declaration" || decl.type === "const_declaration" || decl.type === "var_declaration") {
      const groupDoc = hasDocComment(decl);
      const kind: PublicSymbol["kind"] = decl.type === "type_declaration" ? "type" : decl.type === "const_declaration" ? "const" : "variable";
      for (const spec of specs(decl)) {
        const documented = groupDoc || hasDocComment(spec);
        for (const nameNode of spec.childrenForFieldName("name")) {
          if (nameNode && exported(nameNode.text)) out.push({ name: nameNode.text, kind, line: symbolLine(nameNode), documented });
        }
      }
    }
  }
  return out;
}
