import type { Node } from "web-tree-sitter";
import { C_LIKE_DECISIONS, F, plainHead, type FunctionHead, type LanguageSpec } from "./node-tables";

const TYPE_LIKE = new Set([
  "class_declaration", "struct_declaration", "interface_declaration", "record_declaration", "record_struct_declaration",
]);

/** The innermost type a member is declared in. */
function enclosingType(node: Node): string | null {
  for (let p = node.parent; p; p = p.parent) {
    if (TYPE_LIKE.has(p.type)) return p.childForFieldName("name")?.text ?? null;
  }
  return null;
}

function ownName(node: Node): string {
  switch (node.type) {
    case "accessor_declaration": {
      // `Prop.get`, `this[].set`: the property's (or indexer's) name and the accessor keyword.
      const owner = node.parent?.parent;
      const ownerName = owner?.type === "indexer_declaration" ? "this[]" : (owner?.childForFieldName("name")?.text ?? "?");
      return `${ownerName}.${node.childForFieldName("name")?.text ?? node.firstChild?.text ?? "?"}`;
    }
    case "operator_declaration":
      return `operator ${node.childForFieldName("operator")?.text ?? "?"}`;
    case "conversion_operator_declaration":
      return `operator ${node.childForFieldName("type")?.text ?? "?"}`;
    case "destructor_declaration":
      return `~${node.childForFieldName("name")?.text ?? "?"}`;
    default:
      return node.childForFieldName("name")?.text ?? "(anonymous)";
  }
}

function functionHead(node: Node): FunctionHead {
  const params = node.childForFieldName("parameters");
  let count = 0;
  for (const child of params?.namedChildren ?? []) if (child && child.type !== "comment") count++;
  // A property is a function only when expression-bodied (`int P => …;`); otherwise its accessors are.
  const body = node.type === "property_declaration" ? node.childForFieldName("value") : node.childForFieldName("body");
  const local = node.type === "local_function_statement";
  const type = local ? null : enclosingType(node);
  const own = ownName(node);
  // Lizard starts a method at its name; an accessor at its keyword.
  const start = (node.type === "accessor_declaration" ? node.childForFieldName("name") ?? node.firstChild : node.childForFieldName("name"))?.startIndex ?? node.startIndex;
  return plainHead(type ? `${type}::${own}` : own, start, params, count, body === null);
}

/**
 * C# as Lizard 1.24 counts it: if, for, while (also of do-while), catch, case, &&, ||, `??`
 * (and `??=`), the ternary `?` and the `?` of `?.` / `?[`. Not counted, as in Lizard: the `?` of
 * nullable types, `when` filters, switch expression arms, query `where`. Deliberately counted
 * (docs/scanner.md): `foreach`. Methods, constructors, destructors, operators, local functions,
 * accessors with a body and expression-bodied properties are functions; lambdas are not.
 */
export const csharpSpec: LanguageSpec = {
  named: {
    method_declaration: F.FUNCTION,
    constructor_declaration: F.FUNCTION,
    destructor_declaration: F.FUNCTION,
    operator_declaration: F.FUNCTION,
    conversion_operator_declaration: F.FUNCTION,
    local_function_statement: F.FUNCTION,
    accessor_declaration: F.FUNCTION,
    property_declaration: F.FUNCTION,
    comment: F.COMMENT,
    identifier: F.IDENTIFIER,
    integer_literal: F.NUMBER,
    real_literal: F.NUMBER,
    string_literal: F.ATOM_STRING,
    verbatim_string_literal: F.ATOM_STRING,
    raw_string_literal: F.ATOM_STRING,
    interpolated_string_expression: F.ATOM_STRING,
    character_literal: F.ATOM_STRING,
    conditional_expression: F.TERNARY,
    // `a?.b`, `a?[i]`: the `?` under it is a decision (as Lizard counts it).
    conditional_access_expression: F.TERNARY,
  },
  anonymous: { ...C_LIKE_DECISIONS, foreach: F.DECISION, "??": F.NULLISH, "??=": F.NULLISH, "?": F.QUESTION },
  qualifyNested: false,
  longNameOpen: "(",
  functionHead,
  keepParamToken: (text) => text,
  // Type bodies are not reuse units (a member's name carries its type's); namespaces share their node type.
  containers: ["compilation_unit"],
  noClone: ["using_directive"],
};
