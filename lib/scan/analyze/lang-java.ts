import type { Node } from "web-tree-sitter";
import { C_LIKE_DECISIONS, F, plainHead, type FunctionHead, type LanguageSpec } from "./node-tables";

const CLASS_LIKE = new Set([
  "class_declaration", "interface_declaration", "enum_declaration", "record_declaration", "annotation_type_declaration",
]);

/** The innermost class a member is declared in: its name, or "(anonymous)" for `new T() { … }`. */
function enclosingClass(node: Node): string | null {
  for (let p = node.parent; p; p = p.parent) {
    if (CLASS_LIKE.has(p.type)) return p.childForFieldName("name")?.text ?? null;
    if (p.type === "class_body" && p.parent?.type === "object_creation_expression") return "(anonymous)";
  }
  return null;
}

function functionHead(node: Node): FunctionHead {
  const nameNode = node.childForFieldName("name");
  const params = node.childForFieldName("parameters");
  let count = 0;
  if (params) {
    for (const child of params.namedChildren) {
      // The receiver parameter (`Outer.this`) is not an argument.
      if (child && child.type !== "receiver_parameter" && !child.type.endsWith("comment")) count++;
    }
  }
  const own = nameNode?.text ?? "(anonymous)";
  const cls = enclosingClass(node);
  // Lizard starts a method at its name: modifiers, annotations and the return type are outside.
  const startIndex = nameNode?.startIndex ?? node.startIndex;
  return plainHead(cls ? `${cls}::${own}` : own, startIndex, params, count, node.childForFieldName("body") === null);
}

/**
 * Java as Lizard 1.24 counts it: if, for, while (also of do-while), catch, case, &&, || and the
 * ternary `?`. Methods, constructors and compact record constructors are functions (Lizard skips
 * the last); lambdas are not, so their decisions belong to the enclosing method, as in Lizard.
 * The `?` of a wildcard type is not a decision (nor is it for Lizard).
 */
export const javaSpec: LanguageSpec = {
  named: {
    method_declaration: F.FUNCTION,
    constructor_declaration: F.FUNCTION,
    compact_constructor_declaration: F.FUNCTION,
    line_comment: F.COMMENT,
    block_comment: F.COMMENT,
    identifier: F.IDENTIFIER,
    type_identifier: F.IDENTIFIER,
    decimal_integer_literal: F.NUMBER,
    hex_integer_literal: F.NUMBER,
    octal_integer_literal: F.NUMBER,
    binary_integer_literal: F.NUMBER,
    decimal_floating_point_literal: F.NUMBER,
    hex_floating_point_literal: F.NUMBER,
    string_literal: F.ATOM_STRING,
    character_literal: F.ATOM_STRING,
    ternary_expression: F.TERNARY,
  },
  anonymous: { ...C_LIKE_DECISIONS, "?": F.QUESTION },
  qualifyNested: false,
  longNameOpen: "(",
  functionHead,
  keepParamToken: (text) => text,
  // Class bodies are not reuse units: a method's name carries its class's, which a reused
  // member would not see change.
  containers: ["program"],
  noClone: ["package_declaration", "import_declaration"],
};
