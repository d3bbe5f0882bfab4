import type { Node } from "web-tree-sitter";
import type { PublicSymbol } from "../types";
import { symbolLine } from "./symbol-nodes";

const TYPE_KINDS: Record<string, PublicSymbol["kind"]> = {
  class_declaration: "class",
  struct_declaration: "class",
  record_declaration: "class",
  record_struct_declaration: "class",
  interface_declaration: "interface",
  enum_declaration: "enum",
  delegate_declaration: "type",
};
const MEMBER_KINDS: Record<string, PublicSymbol["kind"]> = {
  method_declaration: "method",
  property_declaration: "variable",
  event_declaration: "variable",
  indexer_declaration: "method",
  operator_declaration: "method",
};

function modifiers(decl: Node): Set<string> {
  const out = new Set<string>();
  for (const child of decl.children) if (child?.type === "modifier") out.add(child.text);
  return out;
}

/** `///` XML documentation right before the declaration (its attributes are inside it). */
function hasXmlDoc(decl: Node): boolean {
  const previous = decl.previousSibling;
  return previous?.type === "comment" && previous.text.startsWith("///") && decl.startPosition.row - previous.endPosition.row <= 1;
}

function memberName(member: Node): string | null {
  if (member.type === "indexer_declaration") return "this[]";
  if (member.type === "operator_declaration") return `operator ${member.childForFieldName("operator")?.text ?? "?"}`;
  return member.childForFieldName("name")?.text ?? null;
}

function declareType(decl: Node, name: string, out: PublicSymbol[]): void {
  out.push({ name, kind: TYPE_KINDS[decl.type]!, line: symbolLine(decl.childForFieldName("name") ?? decl), documented: hasXmlDoc(decl) });
  const inInterface = decl.type === "interface_declaration";
  for (const member of decl.childForFieldName("body")?.namedChildren ?? []) {
    if (!member) continue;
    const isType = Object.hasOwn(TYPE_KINDS, member.type);
    if (!isType && !Object.hasOwn(MEMBER_KINDS, member.type)) continue;
    const words = modifiers(member);
    const visible = words.has("public") || (words.has("protected") && !words.has("private")) || (inInterface && !words.has("private"));
    // An override's documentation is the overridden member's (`<inheritdoc/>`).
    if (!visible || words.has("override")) continue;
    const own = memberName(member);
    if (!own) continue;
    if (isType) declareType(member, `${name}.${own}`, out);
    else out.push({ name: `${name}.${own}`, kind: MEMBER_KINDS[member.type]!, line: symbolLine(member.childForFieldName("name") ?? member), documented: hasXmlDoc(member) });
  }
}

/**
 * Public API of a C# file, as the compiler's missing-XML-comment warning (CS1591) sees it: public
 * types, in namespaces or not, and their public and protected methods, properties, events,
 * indexers, operators and member types (every non-private member of an interface). Constructors
 * and overrides are left out, as in the other languages (test projects have none: see
 * test-sources.ts). Documented = a `///` comment right before.
 */
export function csharpSymbols(root: Node): PublicSymbol[] {
  const out: PublicSymbol[] = [];
  const visit = (container: Node) => {
    for (const decl of container.namedChildren) {
      if (!decl) continue;
      if (decl.type === "namespace_declaration") {
        const body = decl.childForFieldName("body");
        if (body) visit(body);
      } else if (decl.type === "file_scoped_namespace_declaration") visit(decl);
      else if (Object.hasOwn(TYPE_KINDS, decl.type) && modifiers(decl).has("public")) {
        const nameNode = decl.childForFieldName("name");
        if (nameNode) declareType(decl, nameNode.text, out);
      }
    }
  };
  visit(root);
  return out;
}
