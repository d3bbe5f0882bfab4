import type { Node } from "web-tree-sitter";
import { C_LIKE_DECISIONS, F, type FunctionHead, type LanguageSpec } from "./node-tables";

const NAMEABLE_KEY = new Set(["property_identifier", "private_property_identifier", "identifier"]);
// Lizard leaves these TypeScript type keywords out of a function's long name.
const TYPE_KEYWORDS = new Set(["string", "number", "boolean", "void", "any", "object", "unknown", "never"]);

function isDottedName(text: string): boolean {
  if (text.length === 0) return false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const ok =
      (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 36 || c === 46 || c === 35;
    if (!ok) return false;
  }
  const first = text.charCodeAt(0);
  return !(first >= 48 && first <= 57) && first !== 46;
}

/** Lizard's naming: own name, else the variable, property, field or assignment target it is the value of. */
function contextName(node: Node): string | null {
  const parent = node.parent;
  if (!parent) return null;
  const isValue = (field: string) => parent.childForFieldName(field)?.id === node.id;
  switch (parent.type) {
    case "variable_declarator": {
      const name = parent.childForFieldName("name");
      return name?.type === "identifier" && isValue("value") ? name.text : null;
    }
    case "pair": {
      const key = parent.childForFieldName("key");
      return key && NAMEABLE_KEY.has(key.type) && isValue("value") ? key.text : null;
    }
    case "public_field_definition":
    case "field_definition": {
      const key = parent.childForFieldName("name") ?? parent.childForFieldName("property");
      return key && NAMEABLE_KEY.has(key.type) && isValue("value") ? key.text : null;
    }
    case "assignment_expression": {
      const left = parent.childForFieldName("left");
      return left && isValue("right") && isDottedName(left.text) ? left.text : null;
    }
    default:
      return null;
  }
}

function methodName(node: Node): string {
  const name = node.childForFieldName("name");
  let text = name ? name.text : "(anonymous)";
  if (name?.type === "computed_property_name") text = text.slice(1, -1);
  for (const child of node.children) {
    if (!child || child.id === name?.id) break;
    if (child.type === "get" || child.type === "set") return `${child.type} ${text}`;
  }
  return text;
}

function functionHead(node: Node): FunctionHead {
  let name: string | null;
  let fromContext = false;
  if (node.type === "method_definition") name = methodName(node);
  else {
    name = node.childForFieldName("name")?.text ?? null;
    if (name === null) {
      name = contextName(node);
      fromContext = name !== null;
    }
  }
  const body = node.childForFieldName("body");
  const isArrow = node.type === "arrow_function";
  const params = node.childForFieldName("parameters") ?? node.childForFieldName("parameter");
  let count = 0;
  if (params?.type === "formal_parameters") {
    for (const child of params.namedChildren) {
      if (!child || child.type === "comment") continue;
      // TypeScript's `this: T` pseudo-parameter is a type annotation, not an argument.
      if (child.type === "required_parameter" && child.childForFieldName("pattern")?.type === "this") continue;
      count++;
    }
  } else if (params) count = 1;
  const startIndex = params?.startIndex ?? body?.startIndex ?? node.startIndex;
  // Lizard starts an arrow at its `(` only when a `name =` or `name:` precedes it.
  const lizardAtParams = !isArrow || (fromContext && params?.type === "formal_parameters");
  return {
    name: name ?? "(anonymous)",
    startIndex,
    lizardStartIndex: lizardAtParams ? startIndex : (body?.startIndex ?? startIndex),
    exprBodyStart: isArrow && body && body.type !== "statement_block" ? body.startIndex : -1,
    isArrow,
    paramsStart: params?.type === "formal_parameters" ? params.startIndex : -1,
    paramsEnd: params?.type === "formal_parameters" ? params.endIndex : -1,
    params: count,
  };
}

function keepParamToken(text: string, state: { genericDepth: number }): string | null {
  if (text === "<") state.genericDepth++;
  else if (text === ">") state.genericDepth = Math.max(0, state.genericDepth - 1);
  if (state.genericDepth > 0) return null;
  if (text === ",") return ",";
  if (TYPE_KEYWORDS.has(text)) return null;
  const first = text.charCodeAt(0);
  const alpha = (first >= 65 && first <= 90) || (first >= 97 && first <= 122);
  return alpha && isDottedName(text) && !text.includes(".") ? text : null;
}

const named: Record<string, number> = {
  function_declaration: F.FUNCTION,
  function_expression: F.FUNCTION,
  function: F.FUNCTION,
  generator_function_declaration: F.FUNCTION,
  generator_function: F.FUNCTION,
  arrow_function: F.FUNCTION,
  method_definition: F.FUNCTION,
  comment: F.COMMENT,
  html_comment: F.COMMENT,
  hash_bang_line: F.COMMENT,
  identifier: F.IDENTIFIER,
  property_identifier: F.IDENTIFIER | F.PROPERTY,
  shorthand_property_identifier: F.IDENTIFIER,
  shorthand_property_identifier_pattern: F.IDENTIFIER,
  private_property_identifier: F.IDENTIFIER,
  type_identifier: F.IDENTIFIER,
  statement_identifier: F.IDENTIFIER,
  number: F.NUMBER,
  string: F.ATOM_STRING,
  jsx_text: F.ATOM_STRING,
  regex: F.ATOM_REGEX,
  string_fragment: F.TEMPLATE_PART,
  escape_sequence: F.TEMPLATE_PART,
  ternary_expression: F.TERNARY,
  template_string: F.PY_STRING,
  template_substitution: F.TEMPLATE_SUBST,
  pair: F.PAIR | F.OBJECT_PAIR,
  call_expression: F.CALL,
  variable_declarator: F.PAIR,
  assignment_expression: F.PAIR,
  public_field_definition: F.PAIR,
  field_definition: F.PAIR,
  object: F.OBJECT,
  // Lizard's TSX reader hands a JSX child's `{…}` to its object reader too.
  jsx_expression: F.OBJECT,
  spread_element: F.SPREAD_ELEMENT,
  arguments: F.ARGUMENTS,
  parenthesized_expression: F.PAREN_EXPR,
};

// Lizard's TypeScriptStates._state_global handles these before it checks for a line break.
const NO_CUT = [
  ".", "function", "if", "switch", "for", "while", "catch", "else", "do", "try", "=>", "=",
  "static", "async", "new", "type", "declare", "interface",
];

const anonymous: Record<string, number> = {
  ...C_LIKE_DECISIONS,
  "&&=": F.DECISION,
  "||=": F.DECISION,
  "?": F.QUESTION,
  // Mapped-type modifiers `]?:`, `]-?:`, `]+?:`: one token here, a counted `?` for Lizard.
  "?:": F.QUESTION,
  "-?:": F.QUESTION,
  "+?:": F.QUESTION,
  "??": F.NULLISH,
  "??=": F.NULLISH,
  "?.": F.OPTIONAL_CHAIN,
  "`": F.TEMPLATE_PART,
  "(": F.OPEN | F.NO_CUT,
  "{": F.OPEN | F.NO_CUT,
  ")": F.CLOSE | F.NO_CUT,
  "}": F.CLOSE | F.NO_CUT,
  ":": F.COLON,
  "=": F.COLON,
  "...": F.SPREAD,
};
for (const token of NO_CUT) anonymous[token] = (anonymous[token] ?? 0) | F.NO_CUT;

/**
 * JavaScript/TypeScript as Lizard 1.24 counts them: if, for, while (also of do-while), catch,
 * case, &&, ||, the ternary `?`, each `?.` and `x.catch`. Deliberate differences (`??` once, `?`
 * of types and optional parameters, logical assignment…) are listed in docs/scanner.md.
 */
export const jsSpec: LanguageSpec = {
  named,
  anonymous,
  qualifyNested: false,
  longNameOpen: " (",
  functionHead,
  keepParamToken,
  containers: ["program", "class_body", "statement_block"],
};
