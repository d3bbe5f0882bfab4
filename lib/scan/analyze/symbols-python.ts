import type { Node } from "web-tree-sitter";
import type { PublicSymbol } from "../types";
import { symbolLine } from "./symbol-nodes";

/**
 * What one statement of a module, or of a module-level class's body, says about the public API,
 * before `__all__` and name rules apply. Each entry depends only on its statement's text, so a
 * statement spliced in from a file's previous version brings its entries along (sparse-parse.ts).
 */
export interface PySymbolEntry {
  /** Where the statement starts (UTF-16 code units). */
  start: number;
  line: number;
  kind: "function" | "class" | "method" | "all";
  /** For `all`: the names a `__all__` assignment lists. */
  names: string[];
  name: string;
  documented: boolean;
}

/** A PySymbolEntry, always of one shape (see segment() in segments.ts). */
export function pyEntry(start: number, line: number, kind: PySymbolEntry["kind"], names: string[], name: string, documented: boolean): PySymbolEntry {
  return { start, line, kind, names, name, documented };
}

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

/** The names of a module-level `__all__ = [...]` / `(...)` / `+= [...]`, or null when it is not one. */
function dunderAllNames(statement: Node): string[] | null {
  if (statement.type !== "expression_statement") return null;
  const assignment = statement.firstNamedChild;
  if (!assignment || (assignment.type !== "assignment" && assignment.type !== "augmented_assignment")) return null;
  if (assignment.childForFieldName("left")?.text !== "__all__") return null;
  const names: string[] = [];
  for (const item of assignment.childForFieldName("right")?.namedChildren ?? []) {
    if (item?.type !== "string") continue;
    const content = item.namedChildren.find((part) => part?.type === "string_content");
    if (content) names.push(content.text);
  }
  return names;
}

/** The entry of a class member statement, if it defines a method. */
export function memberEntry(member: Node): PySymbolEntry | null {
  const method = unwrapDecorated(member);
  const name = method.type === "function_definition" ? method.childForFieldName("name") : null;
  if (!name) return null;
  return pyEntry(member.startIndex, symbolLine(name), "method", [], name.text, hasDocstring(method));
}

/** The method entries of a class body, as the tree has them. */
function treeMembers(body: Node | null, out: PySymbolEntry[]): void {
  for (const member of body?.namedChildren ?? []) {
    const entry = member && memberEntry(member);
    if (entry) out.push(entry);
  }
}

/**
 * The entries of one module-level statement; a class's members come from `members` (a sparse
 * parse passes one that merges in spliced members).
 */
export function statementEntries(
  statement: Node, out: PySymbolEntry[], members: (body: Node | null, out: PySymbolEntry[]) => void = treeMembers,
): void {
  const all = dunderAllNames(statement);
  if (all) {
    out.push(pyEntry(statement.startIndex, 0, "all", all, "", false));
    return;
  }
  const definition = unwrapDecorated(statement);
  if (definition.type !== "function_definition" && definition.type !== "class_definition") return;
  const name = definition.childForFieldName("name");
  if (!name) return;
  const isClass = definition.type === "class_definition";
  out.push(pyEntry(statement.startIndex, symbolLine(name), isClass ? "class" : "function", [], name.text, hasDocstring(definition)));
  if (!isClass) return;
  members(definition.childForFieldName("body"), out);
}

/** Every entry of a module, in source order. */
export function pythonSymbolEntries(root: Node): PySymbolEntry[] {
  const out: PySymbolEntry[] = [];
  for (const child of root.namedChildren) if (child) statementEntries(child, out);
  return out;
}

const isPublicName = (name: string) => !name.startsWith("_");

/**
 * Public API of a Python module: module-level functions and classes whose names do not start
 * with `_` (or, when `__all__` is assigned, exactly the names it lists), plus the public
 * methods of those classes (no leading underscore, so dunders including `__init__` are out).
 * Documented = has a docstring.
 */
export function pythonSymbolsFrom(entries: readonly PySymbolEntry[]): PublicSymbol[] {
  let exported: Set<string> | null = null;
  for (const e of entries) {
    if (e.kind !== "all") continue;
    exported ??= new Set();
    for (const name of e.names) exported.add(name);
  }
  const symbols: PublicSymbol[] = [];
  // The class whose methods follow, when it is public.
  let owner: string | null = null;
  for (const e of entries) {
    if (e.kind === "all") continue;
    if (e.kind === "method") {
      if (owner !== null && isPublicName(e.name)) {
        symbols.push({ name: `${owner}.${e.name}`, kind: "method", line: e.line, documented: e.documented });
      }
      continue;
    }
    const listed = exported ? exported.has(e.name) : isPublicName(e.name);
    owner = listed && e.kind === "class" ? e.name : null;
    if (listed) symbols.push({ name: e.name, kind: e.kind, line: e.line, documented: e.documented });
  }
  return symbols;
}

export function pythonSymbols(root: Node): PublicSymbol[] {
  return pythonSymbolsFrom(pythonSymbolEntries(root));
}
