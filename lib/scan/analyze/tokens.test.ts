import { beforeAll, describe, expect, it } from "vitest";
import { analyzeSource } from "./analyze-source";
import { initAnalyzer } from "./grammars";
import { code } from "./test-helpers";

beforeAll(() => initAnalyzer());

const tokens = (path: string, source: string, lang: "python" | "typescript") => analyzeSource(path, code(source), lang).tokens;

describe("token stream for clone detection", () => {
  it("hashes renamed identifiers and changed literals alike, keywords and operators by text", () => {
    const a = tokens("a.ts", "function add(a, b) { return a + b * 2 + `x${a}y`; } // c", "typescript");
    const b = tokens("b.ts", "function sum(x, y) { return x + y * 7 + `q${x}z`; }", "typescript");
    const c = tokens("c.ts", "function sum(x, y) { return x - y * 7 + `q${x}z`; }", "typescript");
    expect([...a.hashes]).toEqual([...b.hashes]);
    expect([...a.hashes]).not.toEqual([...c.hashes]);
  });

  it("keeps one token per string and skips comments and docstrings' delimiters", () => {
    const t = tokens("a.py", `
      def f(a):
          # comment
          return "abc" + 'd' + f"{a}"
    `, "python");
    // def f ( a ) : | return "abc" + 'd' + f" { a } " (the f-string's pieces around `{a}` are two)
    expect(t.hashes.length).toBe(16);
    expect([...t.lines]).toEqual([1, 1, 1, 1, 1, 1, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3]);
  });

  it("distinguishes literal kinds", () => {
    const s = tokens("a.ts", "f('x');", "typescript");
    const n = tokens("b.ts", "f(1);", "typescript");
    expect([...s.hashes]).not.toEqual([...n.hashes]);
  });

  it("keeps positions right after non-ASCII text", () => {
    const result = analyzeSource("u.ts", "const s = '日本語 😀';\nfunction f(a) {\n  return a ? 1 : 2;\n}\n", "typescript");
    expect(result.functions.map((f) => [f.name, f.startLine, f.endLine, f.ccn])).toEqual([["f", 2, 4, 2]]);
  });
});
