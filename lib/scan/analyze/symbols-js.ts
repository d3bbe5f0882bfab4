import type { Node } from "web-tree-sitter";
import type { PublicSymbol } from "../types";
import { symbolLine } from "./symbol-nodes";

type Kind = PublicSymbol["kind"];
interface Declared { name: string; kind: Kind; line: number; documented: boolean; methods: PublicSymbol[] }

const FUNCTION_VALUES = new Set(["arrow_function", "function_expression", "function", "generator_function"]);
const CLASS_TYPES = new Set(["class_declaration", "abstract_class_declaration", "class"]);
const METHOD_TYPES = new Set(["method_definition", "method_signature", "abstract_method_signature"]);

/** A JSDoc block (`/** … *\/`) ending on the line before the node (or the same line), past decorators. */
export function hasJsDoc(node: Node): boolean {
  let first = node;
  let previous = node.previousSibling;
  while (previous?.type === "decorator") {
    first = previous;
    previous = previous.previousSibling;
  }
  if (previous?.type !== "comment" || !previous.text.startsWith("/**")) return false;
  return first.startPosition.row - previous.endPosition.row <= 1;
}

function publicMethods(classNode: Node, className: string): PublicSymbol[] {
  const methods: PublicSymbol[] = [];
  for (const member of classNode.childForFieldName("body")?.namedChildren ?? []) {
    if (!member || !METHOD_TYPES.has(member.type)) continue;
    const nameNode = member.childForFieldName("name");
    if (!nameNode || nameNode.type === "private_property_identifier") continue;
    const name = nameNode.text;
    if (name === "constructor" || name.startsWith("_")) continue;
    const access = member.namedChildren.find((c) => c?.type === "accessibility_modifier")?.text;
    if (access === "private" || access === "protected") continue;
    methods.push({ name: `${className}.${name}`, kind: "method", line: symbolLine(nameNode), documented: hasJsDoc(member) });
  }
  return methods;
}

/** The names a declaration introduces; `anchor` is the statement a JSDoc would precede. */
function declarations(decl: Node, anchor: Node, fallbackName: string | null): Declared[] {
  const documented = hasJsDoc(anchor);
  const one = (kind: Kind, nameNode: Node | null): Declared[] => {
    const name = nameNode?.text ?? fallbackName;
    if (!name) return [];
    const methods = CLASS_TYPES.has(decl.type) ? publicMethods(decl, name) : [];
    return [{ name, kind, line: symbolLine(nameNode ?? decl), documented, methods }];
  };
  switch (decl.type) {
    case "function_declaration":
    case "generator_function_declaration":
    case "function_signature":
    case "function_expression":
    case "function":
    case "generator_function":
    case "arrow_function":
      return one("function", decl.childForFieldName("name"));
    case "class_declaration":
    case "abstract_class_declaration":
    case "class":
      return one("class", decl.childForFieldName("name"));
    case "interface_declaration":
      return one("interface", decl.childForFieldName("name"));
    case "type_alias_declaration":
      return one("type", decl.childForFieldName("name"));
    case "enum_declaration":
      return one("enum", decl.childForFieldName("name"));
    case "ambient_declaration": {
      const inner = decl.namedChildren.find((c) => c && c.type !== "comment");
      return inner ? declarations(inner, anchor, fallbackName) : [];
    }
    case "lexical_declaration":
    case "variable_declaration": {
      const isConst = decl.firstChild?.type === "const";
      const result: Declared[] = [];
      for (const declarator of decl.namedChildren) {
        if (declarator?.type !== "variable_declarator") continue;
        const nameNode = declarator.childForFieldName("name");
        if (nameNode?.type !== "identifier") continue;
        const value = declarator.childForFieldName("value");
        const kind: Kind = value && FUNCTION_VALUES.has(value.type) ? "function" : isConst ? "const" : "variable";
        result.push({ name: nameNode.text, kind, line: symbolLine(nameNode), documented, methods: [] });
      }
      return result;
    }
    default:
      return fallbackName ? [{ name: fallbackName, kind: "const", line: symbolLine(decl), documented, methods: [] }] : [];
  }
}

function emit(out: PublicSymbol[], declared: Declared, name = declared.name): void {
  out.push({ name, kind: declared.kind, line: declared.line, documented: declared.documented });
  out.push(...declared.methods);
}

/**
 * Public API of a JS/TS module: what it exports itself (export declarations, `export default`,
 * `export { local as name }`), plus the public methods of exported classes. Re-exports from
 * other modules are not this file's symbols. Documented = a JSDoc block right before the
 * declaration or its export statement.
 */
export function jsSymbols(root: Node): PublicSymbol[] {
  const locals = new Map<string, Declared>();
  const out: PublicSymbol[] = [];
  const later: { local: string; exported: string }[] = [];
  for (const statement of root.namedChildren) {
    if (!statement || statement.type === "comment") continue;
    if (statement.type !== "export_statement") {
      for (const declared of declarations(statement, statement, null)) locals.set(declared.name, declared);
      continue;
    }
    if (statement.childForFieldName("source")) continue;
    const isDefault = statement.children.some((c) => c?.type === "default");
    const decl = statement.childForFieldName("declaration") ?? statement.childForFieldName("value");
    if (decl?.type === "identifier") {
      later.push({ local: decl.text, exported: "default" });
    } else if (decl) {
      for (const declared of declarations(decl, statement, isDefault ? "default" : null)) emit(out, declared);
    } else {
      const clause = statement.namedChildren.find((c) => c?.type === "export_clause");
      for (const spec of clause?.namedChildren ?? []) {
        if (spec?.type !== "export_specifier") continue;
        const local = spec.childForFieldName("name")?.text;
        if (local) later.push({ local, exported: spec.childForFieldName("alias")?.text ?? local });
      }
    }
  }
  for (const { local, exported } of later) {
    const declared = locals.get(local);
    if (declared) emit(out, declared, exported === "default" ? declared.name : exported);
  }
  return out;
}
