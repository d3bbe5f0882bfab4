import type { Node } from "web-tree-sitter";
import type { PublicSymbol } from "../types";
import { docBefore, symbolLine } from "./symbol-nodes";

const TYPE_KINDS: Record<string, PublicSymbol["kind"]> = {
  class_declaration: "class",
  record_declaration: "class",
  interface_declaration: "interface",
  annotation_type_declaration: "interface",
  enum_declaration: "enum",
};

function modifierWords(decl: Node): { words: Set<string>; override: boolean } {
  const words = new Set<string>();
  let override = false;
  const modifiers = decl.namedChildren.find((c) => c?.type === "modifiers");
  for (const m of modifiers?.children ?? []) {
    if (!m) continue;
    if (m.type === "marker_annotation" || m.type === "annotation") {
      const name = m.childForFieldName("name")?.text;
      if (name === "Override" || name === "java.lang.Override") override = true;
    } else words.add(m.type);
  }
  return { words, override };
}

/**
 * A Javadoc block (`/** … *\/`) before the declaration, other comments allowed in between (javac
 * keeps the last doc comment across them); annotations are inside the declaration node.
 */
function hasJavadoc(decl: Node): boolean {
  return docBefore(decl, (previous) =>
    previous.type === "block_comment" && previous.text.startsWith("/**") ? "doc"
    : previous.type === "line_comment" || previous.type === "block_comment" ? "skip"
    : "stop");
}

/**
 * `inInterface`: members of an interface are public unless declared private. `prefix` is the
 * dotted name of the enclosing types.
 */
function members(body: Node, prefix: string, inInterface: boolean, out: PublicSymbol[]): void {
  for (const member of body.namedChildren) {
    if (!member) continue;
    // An enum's methods sit after its constants, in an enum_body_declarations node.
    if (member.type === "enum_body_declarations") {
      members(member, prefix, false, out);
      continue;
    }
    const isType = Object.hasOwn(TYPE_KINDS, member.type);
    if (member.type !== "method_declaration" && !isType) continue;
    const { words, override } = modifierWords(member);
    const visible = words.has("public") || words.has("protected") || (inInterface && !words.has("private"));
    if (!visible) continue;
    const nameNode = member.childForFieldName("name");
    if (!nameNode) continue;
    if (isType) {
      declareType(member, `${prefix}.${nameNode.text}`, out);
      continue;
    }
    // An override is documented where it is declared first (Javadoc inherits the comment).
    if (override) continue;
    out.push({ name: `${prefix}.${nameNode.text}`, kind: "method", line: symbolLine(nameNode), documented: hasJavadoc(member) });
  }
}

function declareType(decl: Node, name: string, out: PublicSymbol[]): void {
  const nameNode = decl.childForFieldName("name")!;
  out.push({ name, kind: TYPE_KINDS[decl.type]!, line: symbolLine(nameNode), documented: hasJavadoc(decl) });
  const body = decl.childForFieldName("body");
  if (body) members(body, name, decl.type === "interface_declaration" || decl.type === "annotation_type_declaration", out);
}

/**
 * Public API of a Java file, as Javadoc documents it by default: public top-level types, and
 * their public and protected methods and member types (every member of an interface that is not
 * private). Constructors are left out, as `__init__` and `constructor` are for Python and TS;
 * `@Override` methods too, since Javadoc copies the overridden method's comment. Documented = a
 * `/** … *\/` block before the declaration. (Test sources have none: see test-sources.ts.)
 */
export function javaSymbols(root: Node): PublicSymbol[] {
  const out: PublicSymbol[] = [];
  for (const decl of root.namedChildren) {
    if (!decl || !Object.hasOwn(TYPE_KINDS, decl.type)) continue;
    if (!modifierWords(decl).words.has("public")) continue;
    const nameNode = decl.childForFieldName("name");
    if (nameNode) declareType(decl, nameNode.text, out);
  }
  return out;
}
