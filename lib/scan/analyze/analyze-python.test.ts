import { beforeAll, describe, expect, it } from "vitest";
import { analyzeSource } from "./analyze-source";
import { initAnalyzer } from "./grammars";
import { ccnOf, code, functionsOf } from "./test-helpers";
import type { ExplainedFunction } from "./walker";

beforeAll(() => initAnalyzer(["python"]));

describe("Python cyclomatic complexity (Lizard 1.24 rules)", () => {
  it.each([
    ["if", "def f(a):\n    if a:\n        return 1\n", 2],
    ["if/elif/else", "def f(a):\n    if a:\n        pass\n    elif b:\n        pass\n    else:\n        pass\n", 3],
    ["for", "def f(a):\n    for x in a:\n        pass\n", 2],
    ["async for", "async def f(a):\n    async for x in a:\n        pass\n", 2],
    ["while/else", "def f(a):\n    while a:\n        pass\n    else:\n        pass\n", 2],
    ["try/except/finally", "def f(a):\n    try:\n        pass\n    except E:\n        pass\n    finally:\n        pass\n", 2],
    ["and/or", "def f(a, b, c):\n    return a and b or c\n", 3],
    ["comprehension for and if", "def f(a):\n    return [x for x in a if x]\n", 3],
    ["conditional expression", "def f(a):\n    return 1 if a else 2\n", 2],
    ["match/case", "def f(a):\n    match a:\n        case 1:\n            pass\n        case _:\n            pass\n", 3],
    ["lambda counts for the enclosing function", "def f(a):\n    g = lambda x: x if x else 0\n    return g\n", 2],
    ["not, with, assert add nothing", "def f(a):\n    with a:\n        assert not a\n", 1],
  ])("%s", (_label, source, ccn) => {
    expect(ccnOf("python", source)).toBe(ccn);
  });

  it("keeps a nested function's decisions out of its parent and names it parent.child", () => {
    const fns = functionsOf("python", `
      def outer(a):
          def inner(b):
              if b and a:
                  return 1
          for x in a:
              pass
    `);
    expect(fns.map((f) => [f.name, f.ccn])).toEqual([["outer", 2], ["outer.inner", 3]]);
  });

  it("reports one-line functions, which Lizard drops", () => {
    const [fn] = functionsOf("python", "def f(x): return x or 1\n");
    expect(fn).toMatchObject({ name: "f", startLine: 1, endLine: 1, nloc: 1, ccn: 2 });
  });

  it("names methods bare and decorated functions from their def line, as Lizard does", () => {
    const fns = functionsOf("python", `
      class K:
          @property
          def size(self):
              return 1

          @staticmethod
          async def make(*, a, b=2, **kw):
              yield a
    `);
    expect(fns.map((f) => [f.name, f.longName, f.startLine, f.params])).toEqual([
      ["size", "size( self )", 3, 1],
      ["make", "make( * , a , b = 2 , ** kw )", 7, 3],
    ]);
  });

  it("counts NLOC without blank lines, comments and docstrings", () => {
    const [fn] = functionsOf("python", `
      def f(a):
          """Doc
          string."""

          # comment
          x = 1  # trailing
          return x
    `);
    expect(fn).toMatchObject({ nloc: 3, startLine: 1, endLine: 7 });
  });

  it("counts the nested def line for both functions, like Lizard", () => {
    const fns = functionsOf("python", "def f():\n    def g():\n        return 1\n    return g\n");
    expect(fns.map((f) => f.nloc)).toEqual([3, 2]);
  });

  it("explains where Lizard's count differs: finally and text after //", () => {
    const result = analyzeSource("x.py", code(`
      def f(a):
          try:
              return a // 2 if a else 0
          finally:
              pass
    `), "python", { explainLizard: true });
    const [fn] = result.functions as ExplainedFunction[];
    expect(fn.ccn).toBe(2);
    expect(fn.lizardCcn).toBe(2);
    expect(fn.quirks).toEqual({ finally: 1, "line after // (Lizard reads a comment)": -1 });
  });

  it("counts file NLOC over the whole module", () => {
    const result = analyzeSource("x.py", '"""Module doc."""\n\nimport os\n# c\nX = """a\nb"""\n', "python");
    expect(result.nloc).toBe(3);
  });
});
