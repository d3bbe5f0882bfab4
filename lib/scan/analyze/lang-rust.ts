import type { Node } from "web-tree-sitter";
import { F, plainHead, type FunctionHead, type LanguageSpec } from "./node-tables";

/** The type an `impl` block is for, without its path and type arguments (`impl<T> Foo for a::Bar<T>` → `Bar`). */
export function implType(impl: Node): string | null {
  let type = impl.childForFieldName("type");
  for (;;) {
    if (type?.type === "generic_type") type = type.childForFieldName("type");
    else if (type?.type === "scoped_type_identifier") type = type.childForFieldName("name");
    else if (type?.type === "reference_type") type = type.childForFieldName("type");
    else break;
  }
  return type?.text ?? null;
}

/** The `impl` or `trait` a function item is a member of, if it is one. */
export function memberOf(fn: Node): Node | null {
  const list = fn.parent;
  const owner = list?.type === "declaration_list" ? list.parent : null;
  return owner && (owner.type === "impl_item" || owner.type === "trait_item") ? owner : null;
}

function functionHead(node: Node): FunctionHead {
  const own = node.childForFieldName("name")?.text ?? "(anonymous)";
  const owner = memberOf(node);
  const ownerName = owner?.type === "impl_item" ? implType(owner) : owner?.childForFieldName("name")?.text;
  const params = node.childForFieldName("parameters");
  let count = 0;
  for (const p of params?.namedChildren ?? []) if (p && p.type !== "line_comment" && p.type !== "block_comment" && p.type !== "attribute_item") count++;
  // Lizard starts a Rust function at `fn`: `pub`, `async`, `unsafe` and `extern` before it are outside.
  const fnToken = node.children.find((c) => c?.type === "fn");
  return plainHead(ownerName ? `${ownerName}::${own}` : own, fnToken?.startIndex ?? node.startIndex, params, count, node.childForFieldName("body") === null);
}

/**
 * Rust as Lizard 1.24 counts it: if (also `if let` and match guards), for, while, match (once,
 * not per arm), && and ||, and the `?` operator (an early return). Closures are not functions,
 * as in Lizard; nested `fn` items are. Deliberately not counted (docs/scanner.md): `where`, the
 * `for` of `impl … for` and `for<'a>`, and the `?` of `?Sized`; `&&`/`||` are counted only as
 * operators (the grammar reads `&&x` and an empty closure's `||` as two tokens).
 */
export const rustSpec: LanguageSpec = {
  named: {
    function_item: F.FUNCTION,
    line_comment: F.COMMENT,
    block_comment: F.COMMENT,
    identifier: F.IDENTIFIER,
    field_identifier: F.IDENTIFIER,
    type_identifier: F.IDENTIFIER,
    shorthand_field_identifier: F.IDENTIFIER,
    metavariable: F.IDENTIFIER,
    integer_literal: F.NUMBER,
    float_literal: F.NUMBER,
    string_literal: F.ATOM_STRING,
    raw_string_literal: F.ATOM_STRING,
    char_literal: F.ATOM_STRING,
    // The `?` of a try expression and the `for` of a loop are decisions; elsewhere they are not.
    try_expression: F.TERNARY,
    for_expression: F.TERNARY,
  },
  anonymous: {
    if: F.DECISION,
    while: F.DECISION,
    match: F.DECISION,
    "&&": F.DECISION,
    "||": F.DECISION,
    for: F.QUESTION,
    "?": F.QUESTION,
  },
  qualifyNested: false,
  longNameOpen: "(",
  functionHead,
  keepParamToken: (text) => text,
  // Top-level items only: a method's name comes from its `impl`, so an impl block is one unit.
  containers: ["source_file"],
  noClone: ["use_declaration", "extern_crate_declaration"],
};
