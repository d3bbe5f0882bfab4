import type { Node } from "web-tree-sitter";
import { F, type FunctionHead, type LanguageSpec } from "./node-tables";

const NOT_PARAMETERS = new Set(["keyword_separator", "positional_separator", "comment"]);

function functionHead(node: Node): FunctionHead {
  const name = node.childForFieldName("name");
  const params = node.childForFieldName("parameters");
  let count = 0;
  if (params) {
    for (const child of params.namedChildren) if (child && !NOT_PARAMETERS.has(child.type)) count++;
  }
  return {
    name: name?.text ?? "(anonymous)",
    startIndex: name?.startIndex ?? node.startIndex,
    paramsStart: params?.startIndex ?? -1,
    paramsEnd: params?.endIndex ?? -1,
    params: count,
    lizardStartIndex: name?.startIndex ?? node.startIndex,
    exprBodyStart: -1,
    isArrow: false,
  };
}

/**
 * Python as Lizard 1.24 counts it: if, elif, for, while, except, and, or, case (comprehension
 * `for`/`if` and the conditional expression's `if` are the same tokens). Lambdas are not
 * functions: their decisions belong to the enclosing function, as in Lizard.
 */
export const pythonSpec: LanguageSpec = {
  named: {
    function_definition: F.FUNCTION,
    comment: F.COMMENT,
    line_continuation: F.COMMENT,
    identifier: F.IDENTIFIER,
    integer: F.NUMBER,
    float: F.NUMBER,
    string: F.PY_STRING,
    string_start: F.STRING_PART,
    string_content: F.STRING_PART,
    string_end: F.STRING_PART,
    escape_sequence: F.STRING_PART,
    escape_interpolation: F.STRING_PART,
    expression_statement: F.EXPRESSION_STATEMENT,
  },
  anonymous: {
    if: F.DECISION,
    elif: F.DECISION,
    for: F.DECISION,
    while: F.DECISION,
    except: F.DECISION,
    "except*": F.DECISION,
    and: F.DECISION,
    or: F.DECISION,
    case: F.DECISION,
    finally: F.FINALLY,
    "//": F.FLOOR_DIV,
    "//=": F.FLOOR_DIV,
  },
  qualifyNested: true,
  longNameOpen: "(",
  functionHead,
  keepParamToken: (text) => text,
  containers: ["module", "block"],
};
