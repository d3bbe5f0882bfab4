import type { Node } from "web-tree-sitter";
import type { PublicSymbol } from "../types";
import { docBefore, symbolLine } from "./symbol-nodes";
import { implType } from "./lang-rust";

const ITEM_KINDS: Record<string, PublicSymbol["kind"]> = {
  function_item: "function",
  struct_item: "type",
  union_item: "type",
  type_item: "type",
  enum_item: "enum",
  trait_item: "interface",
  const_item: "const",
  static_item: "variable",
};

/** `pub` exactly: `pub(crate)`, `pub(super)` and `pub(in …)` are not the crate's public API. */
function isPub(item: Node): boolean {
  return item.namedChildren.some((c) => c?.type === "visibility_modifier" && c.text === "pub");
}

function isDocComment(node: Node): boolean {
  return node.namedChildren.some((c) => c?.type === "outer_doc_comment_marker");
}

/**
 * Outer documentation before the item, as rustdoc attaches it: `///` or `/** … *\/` comments, or
 * a `#[doc = …]` attribute, with other attributes and plain comments allowed in between.
 */
function hasDoc(item: Node): boolean {
  return docBefore(item, (previous) => {
    if (previous.type === "line_comment" || previous.type === "block_comment") return isDocComment(previous) ? "doc" : "skip";
    if (previous.type === "attribute_item") return /^#\[\s*doc\b/.test(previous.text) ? "doc" : "skip";
    return "stop";
  });
}

function visit(list: Node, out: PublicSymbol[]): void {
  for (const item of list.namedChildren) {
    if (!item || !isPub(item)) continue;
    const name = item.childForFieldName("name");
    if (item.type === "mod_item") {
      const body = item.childForFieldName("body");
      if (body) visit(body, out);
      continue;
    }
    const kind = ITEM_KINDS[item.type];
    if (!kind || !name) continue;
    out.push({ name: name.text, kind, line: symbolLine(name), documented: hasDoc(item) });
    if (item.type === "trait_item") {
      // A public trait's methods are its API, each with its own docs.
      for (const member of item.childForFieldName("body")?.namedChildren ?? []) {
        if (member?.type !== "function_item" && member?.type !== "function_signature_item") continue;
        const own = member.childForFieldName("name");
        if (own) out.push({ name: `${name.text}::${own.text}`, kind: "method", line: symbolLine(own), documented: hasDoc(member) });
      }
    }
  }
  for (const impl of list.namedChildren) {
    // Inherent impls only: a trait impl's methods are documented by the trait.
    if (impl?.type !== "impl_item" || impl.childForFieldName("trait")) continue;
    const type = implType(impl);
    for (const member of impl.childForFieldName("body")?.namedChildren ?? []) {
      if (!member || !isPub(member)) continue;
      const own = member.childForFieldName("name");
      const kind = member.type === "function_item" ? "method" : ITEM_KINDS[member.type];
      if (own && kind && type) out.push({ name: `${type}::${own.text}`, kind, line: symbolLine(own), documented: hasDoc(member) });
    }
  }
}

/**
 * Public API of a Rust file, as rustdoc's `missing_docs` lint reads it: `pub` functions, structs,
 * unions, enums, traits (and their methods), type aliases, constants and statics, in the file and
 * in its `pub mod` blocks, and `pub` methods and associated constants of inherent `impl` blocks.
 * Fields, variants and macros are left out. (Test code has none: see test-sources.ts.)
 */
export function rustSymbols(root: Node): PublicSymbol[] {
  const out: PublicSymbol[] = [];
  visit(root, out);
  return out;
}
