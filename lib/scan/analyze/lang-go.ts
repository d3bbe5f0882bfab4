import type { Node } from "web-tree-sitter";
import { C_LIKE_DECISIONS, F, plainHead, type FunctionHead, type LanguageSpec } from "./node-tables";

/** A method's receiver type name, without `*` and type parameters, and whether it is a pointer. */
export function receiverType(method: Node): { name: string | null; pointer: boolean } {
  const receiver = method.childForFieldName("receiver")?.namedChildren.find((c) => c?.type === "parameter_declaration");
  let type = receiver?.childForFieldName("type") ?? null;
  const pointer = type?.type === "pointer_type";
  if (pointer) type = type!.namedChildren[0] ?? null;
  if (type?.type === "generic_type") type = type.childForFieldName("type");
  return { name: type?.text ?? null, pointer };
}

/** `T.M` or `(*T).M`, as Go's tools name methods. */
function methodName(node: Node, own: string): string {
  const { name, pointer } = receiverType(node);
  return pointer ? `(*${name ?? "?"}).${own}` : `${name ?? "?"}.${own}`;
}

function functionHead(node: Node): FunctionHead {
  const nameNode = node.childForFieldName("name");
  const params = node.childForFieldName("parameters");
  let count = 0;
  for (const decl of params?.namedChildren ?? []) {
    if (!decl || decl.type === "comment") continue;
    // `a, b int` declares two parameters; `int` alone (unnamed) one.
    const names = decl.childrenForFieldName("name").length;
    count += Math.max(1, names);
  }
  const own = nameNode?.text ?? "(anonymous)";
  // Lizard starts a Go function at `func`.
  const name = node.type === "method_declaration" ? methodName(node, own) : own;
  return plainHead(name, node.startIndex, params, count, node.childForFieldName("body") === null);
}

/**
 * Go as Lizard 1.24 counts it: if, for, case (of switch, type switch and select), && and ||.
 * Function literals are functions of their own, as in Lizard.
 */
export const goSpec: LanguageSpec = {
  named: {
    function_declaration: F.FUNCTION,
    method_declaration: F.FUNCTION,
    func_literal: F.FUNCTION,
    comment: F.COMMENT,
    identifier: F.IDENTIFIER,
    field_identifier: F.IDENTIFIER,
    type_identifier: F.IDENTIFIER,
    package_identifier: F.IDENTIFIER,
    label_name: F.IDENTIFIER,
    int_literal: F.NUMBER,
    float_literal: F.NUMBER,
    imaginary_literal: F.NUMBER,
    interpreted_string_literal: F.ATOM_STRING,
    raw_string_literal: F.ATOM_STRING,
    rune_literal: F.ATOM_STRING,
  },
  // Go has no `while` or `catch`: those entries of the shared table never match a Go token.
  anonymous: { ...C_LIKE_DECISIONS },
  qualifyNested: false,
  longNameOpen: "(",
  functionHead,
  keepParamToken: (text) => text,
  containers: ["source_file"],
  noClone: ["package_clause", "import_declaration"],
};
