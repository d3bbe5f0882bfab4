import { beforeAll, describe, expect, it } from "vitest";
import { analyzeSource } from "./analyze-source";
import type { ExplainedFunction } from "./frame";
import { initAnalyzer } from "./grammars";
import { code } from "./test-helpers";

beforeAll(() => initAnalyzer(["typescript", "tsx"]));

const explain = (source: string, path = "x.ts") =>
  analyzeSource(path, code(source), path.endsWith(".tsx") ? "tsx" : "typescript", { explainLizard: true })
    .functions as ExplainedFunction[];

// Expected Lizard figures were taken by running Lizard 1.24.0 on each fixture.
describe("explain mode reproduces Lizard 1.24's TypeScript quirks", () => {
  it.each([
    ["decisions inside template literal ${…} are one token", "function f(a, b) {\n  return `${a && b} ${a ? 1 : 2}`;\n}\n", 3, 1],
    ["an arrow body after a line break ends the arrow", "const f = (x) =>\n  x.a || x.b;\n", 2, 1],
    ["x.catch( counts as a catch, as ours does; a `case:` key counts too", "function f(p) {\n  return p.catch({ case: 1 });\n}\n", 2, 3],
    ["`?:` of a mapped type counts", "function f(o: { [K in T]?: 1 }) {\n  return o;\n}\n", 1, 2],
    ["`f(…)` starting a line after `key:` is read as a method and dropped, with the token after `)`",
      "function f(a) {\n  return {\n    k:\n      g(a || 1) || 2,\n  };\n}\n", 3, 1],
    ["`key: f(…)` on one line is a call", "function f(a) {\n  return { k: g(a || 1) || 2 };\n}\n", 3, 3],
    ["`key: key(…)` is read as the method `key(…)` and dropped", "function f(a) {\n  return { line: line(a ?? 0) };\n}\n", 2, 1],
    ["`(` in an object value after a line-starting token is dropped",
      "function f(a, b) {\n  return {\n    k:\n      a || (b ? 1 : 2),\n  };\n}\n", 3, 2],
    ["…but not when the line starts with the `(`", "function f(a, b) {\n  return {\n    k: a ||\n      (b ? 1 : 2),\n  };\n}\n", 3, 3],
    ["…nor after `.name`", "function f(a, b) {\n  return {\n    k:\n      a.b(b ? 1 : 2),\n  };\n}\n", 2, 2],
    ["…nor after a `.` earlier on the line", "function f(a, c) {\n  return {\n    k:\n      a.b || g(c ? 1 : 2),\n  };\n}\n", 3, 3],
    ["…but after a bare name it is", "function f(a, c) {\n  return {\n    k:\n      a || g(c ? 1 : 2),\n  };\n}\n", 3, 2],
    ["an unrecognised regex's keywords count", "function f(s) {\n  return s && /for (x)/.test(s);\n}\n", 2, 3],
    ["`name = (…)` is read as a function and dropped", "function f(a, b) {\n  const m = (a || b) * 2;\n  return m;\n}\n", 2, 1],
    ["an unrecognised regex's ? counts", "function f(s) {\n  return s && /(a)?b/.test(s);\n}\n", 2, 3],
  ])("%s", (_label, source, ours, lizard) => {
    const [fn] = explain(source);
    expect([fn.ccn, fn.lizardCcn]).toEqual([ours, lizard]);
    expect(Object.values(fn.quirks).reduce((a, b) => a + b, 0)).toBe(lizard - ours);
  });

  it("merges a curried arrow into the outer one, as Lizard does", () => {
    const [outer, inner] = explain("const c = (a) =>\n  (b) => {\n    if (a) {}\n    return b;\n  };\n");
    expect([outer.ccn, outer.lizardCcn, inner.ccn, inner.lizardCcn]).toEqual([1, 2, 2, 1]);
  });

  it("moves an anonymous arrow's parameter decisions to the parent and matches its start", () => {
    const [parent, arrow] = explain("function f() {\n  g((\n    a = b || c,\n  ) => a);\n}\n", "x.ts");
    expect([parent.lizardCcn, arrow.lizardCcn, arrow.ccn]).toEqual([2, 1, 2]);
    expect([arrow.startLine, arrow.lizardStartLine]).toEqual([2, 4]);
  });

  it("counts every ? in .tsx, where Lizard's tokenizer has no `word?` token", () => {
    const source = 'function opt(a?: number) {\n  return a?.toString() ?? "";\n}\n';
    expect(explain(source, "x.tsx")[0].lizardCcn).toBe(5);
    expect(explain(source, "x.ts")[0].lizardCcn).toBe(3);
    expect(explain(source, "x.tsx")[0].ccn).toBe(3);
  });

  it("drops `name(…)` and the `&&` after it in a JSX child inside `return (…)`, as Lizard's object reader does", () => {
    const [page] = explain("function Page(m) {\n  return (\n    <div>\n      {m() && <b />}\n    </div>\n  );\n}\n", "x.tsx");
    expect([page.ccn, page.lizardCcn]).toEqual([2, 1]);
    // After any `:` (here the ternary's) Lizard takes `(` for a call again.
    const [p] = explain("function P(o, m) {\n  return (\n    <p>\n      {o ? 1 : (m ?? o)}\n    </p>\n  );\n}\n", "x.tsx");
    expect([p.ccn, p.lizardCcn]).toEqual([3, 4]);
  });

  it("leaves metrics alone when not explaining", () => {
    const plain = analyzeSource("x.ts", "const f = (x) =>\n  x.a || x.b;\n", "typescript").functions[0];
    expect(plain).not.toHaveProperty("lizardCcn");
    expect(plain.ccn).toBe(2);
  });
});
