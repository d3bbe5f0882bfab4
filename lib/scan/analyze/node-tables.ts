import type { Language as TsLanguage, Node } from "web-tree-sitter";

/** Per node-type flags, looked up by type id so the walk never compares type strings. */
export const F = {
  FUNCTION: 1 << 0,
  COMMENT: 1 << 1,
  IDENTIFIER: 1 << 2,
  NUMBER: 1 << 3,
  /** Literal that is one token; the walk does not descend into it. */
  ATOM_STRING: 1 << 4,
  ATOM_REGEX: 1 << 5,
  /** Piece of a string literal; consecutive pieces merge into one token. */
  STRING_PART: 1 << 6,
  TEMPLATE_PART: 1 << 7,
  /** +1 to CCN, the same in Lizard. */
  DECISION: 1 << 8,
  /**
   * A decision only when its parent node has TERNARY: the `?` of a JS, Java or C# ternary (not of
   * optional parameters or types), Rust's `?` operator and the `for` of a Rust loop.
   */
  QUESTION: 1 << 9,
  /** `??` and `??=`. */
  NULLISH: 1 << 10,
  /** `?.` */
  OPTIONAL_CHAIN: 1 << 11,
  /** Python `finally`, which Lizard counts. */
  FINALLY: 1 << 12,
  /** Python `//` and `//=`, which Lizard's tokenizer reads as a comment to the end of the line. */
  FLOOR_DIV: 1 << 13,
  /** Python expression statement: a string statement (docstring) is not code. */
  EXPRESSION_STATEMENT: 1 << 14,
  /** A string literal container: its pieces start a new token. Python strings may be docstrings. */
  PY_STRING: 1 << 15,
  TERNARY: 1 << 16,
  /** Named node type: its leaves' text varies, so it is never cached per type. */
  NAMED: 1 << 17,
  /** JS `${…}` inside a template literal: Lizard reads its text as one token (no decisions). */
  TEMPLATE_SUBST: 1 << 18,
  /** JS `(` and `{`, `)` and `}`: Lizard's state machine nests on these (explain mode only). */
  OPEN: 1 << 19,
  CLOSE: 1 << 20,
  /** JS property name: Lizard counts `x.catch(` as a `catch` decision (explain mode only). */
  PROPERTY: 1 << 21,
  /** Tokens Lizard's TS state machine handles before its line-break check (no arrow cut). */
  NO_CUT: 1 << 22,
  /**
   * JS `key: value`, `name = value` (pair, declarator, assignment, field), the `:`/`=` in them,
   * and a parenthesized expression (explain mode only).
   */
  PAIR: 1 << 23,
  PAREN_EXPR: 1 << 24,
  COLON: 1 << 25,
  /** JS `...`, spread_element, object and arguments (explain mode only). */
  SPREAD: 1 << 26,
  SPREAD_ELEMENT: 1 << 27,
  OBJECT: 1 << 28,
  ARGUMENTS: 1 << 29,
  /** JS object-literal `key: value` and call expressions (explain mode only). */
  OBJECT_PAIR: 1 << 30,
  CALL: 2 ** 31,
} as const;

export interface FunctionHead {
  /** Own name, or null when anonymous (the walk then names it from context or "(anonymous)"). */
  name: string;
  /** Source index at which the function starts owning tokens (Lizard's start token). */
  startIndex: number;
  /** Parameter list span, for the long name; null when the function has none written. */
  paramsStart: number;
  paramsEnd: number;
  params: number;
  /**
   * Where Lizard 1.24 starts the function (explain mode): an anonymous arrow starts after its
   * `=>`, so its parameters' decisions are the enclosing function's for Lizard.
   */
  lizardStartIndex: number;
  /** Start of an arrow function's expression body, else -1 (Lizard ends those at a line break). */
  exprBodyStart: number;
  isArrow: boolean;
  /** A declaration without a body (Java abstract/interface/native method, Go assembly stub): not a function. */
  bodiless?: boolean;
}

/**
 * Lizard's default conditions for C-like languages (code_reader.py: control flow, logical
 * operators, case), which its Java, Go, C# and JS readers share; the ternary `?` is per language.
 */
export const C_LIKE_DECISIONS: Record<string, number> = {
  if: F.DECISION,
  for: F.DECISION,
  while: F.DECISION,
  catch: F.DECISION,
  case: F.DECISION,
  "&&": F.DECISION,
  "||": F.DECISION,
};

/** A function head with no Lizard-specific start: it starts, for Lizard too, at `startIndex`. */
export function plainHead(name: string, startIndex: number, params: Node | null, count: number, bodiless = false): FunctionHead {
  return {
    name, startIndex, lizardStartIndex: startIndex,
    paramsStart: params?.startIndex ?? -1, paramsEnd: params?.endIndex ?? -1, params: count,
    exprBodyStart: -1, isArrow: false, bodiless,
  };
}

export interface LanguageSpec {
  /** Named node types → flags; anonymous tokens → flags (by their text). */
  named: Record<string, number>;
  anonymous: Record<string, number>;
  /** Dotted names for nested functions (Python) or bare names (JS). */
  qualifyNested: boolean;
  /** Lizard's long-name style: Python "f( a , b )", JS "f ( a , b )". */
  longNameOpen: string;
  functionHead(node: Node, source: string): FunctionHead;
  /** Filters the tokens of a parameter list the way Lizard's long name does. */
  keepParamToken(text: string, state: { genericDepth: number }): string | null;
  /**
   * Node types whose children are statements (module, class and block bodies): those are the
   * units an incremental walk may reuse. None of them may name a function written in them.
   */
  containers: string[];
  /**
   * Node types whose tokens stay out of the clone-detection stream (still counted for NLOC):
   * package and import declarations, which SonarQube's copy-paste detection ignores too.
   */
  noClone?: string[];
}

export interface Tables {
  flags: Uint32Array;
  /** Cached text hash per anonymous type id (0 = not yet computed). */
  anonHash: Uint32Array;
  /** 1 for the spec's container types. */
  containers: Uint8Array;
  /** 1 for the spec's noClone types. */
  noClone: Uint8Array;
}

const cache = new WeakMap<TsLanguage, Tables>();

export function tablesFor(language: TsLanguage, spec: LanguageSpec): Tables {
  let tables = cache.get(language);
  if (tables) return tables;
  const count = language.nodeTypeCount;
  /*
   * Every 16-bit symbol has an entry: an ERROR node's id is 65535, far past the grammar's types,
   * and reading past a typed array's end deoptimized the walk in each file with a syntax error.
   */
  const size = Math.max(count + 1, 0x10000);
  const flags = new Uint32Array(size);
  for (let id = 0; id < count; id++) {
    const type = language.nodeTypeForId(id);
    if (type === null) continue;
    const named = language.nodeTypeIsNamed(id);
    const table = named ? spec.named : spec.anonymous;
    flags[id] = (Object.hasOwn(table, type) ? table[type] : 0) | (named ? F.NAMED : 0);
  }
  const typeSet = (types: readonly string[]) => {
    const set = new Uint8Array(size);
    for (let id = 0; id < count; id++) if (language.nodeTypeIsNamed(id) && types.includes(language.nodeTypeForId(id) ?? "")) set[id] = 1;
    return set;
  };
  tables = { flags, anonHash: new Uint32Array(size), containers: typeSet(spec.containers), noClone: typeSet(spec.noClone ?? []) };
  cache.set(language, tables);
  return tables;
}
