import { beforeAll, describe, expect, it } from "vitest";
import { analyzeSource } from "./analyze-source";
import { initAnalyzer } from "./grammars";
import { ccnOf, code, functionsOf } from "./test-helpers";

beforeAll(() => initAnalyzer(["go"]));

const fn = (body: string) => `package x\n\nfunc f(a int, b string) int {\n${body}\n}\n`;

// Each figure was checked against Lizard 1.24.0 on the same source.
describe("Go cyclomatic complexity (Lizard 1.24 rules)", () => {
  it.each([
    ["if / else if / else", "if a > 0 {\n} else if a < 0 {\n} else {\n}\nreturn 0", 3],
    ["for and for range", "for i := 0; i < a; i++ {\n}\nfor range b {\n}\nreturn 0", 3],
    ["&& and ||", "if a > 0 && b != \"\" || a < 0 {\n}\nreturn 0", 4],
    ["switch: each case clause, not default", "switch a {\ncase 1, 2:\ncase 3:\ndefault:\n}\nreturn 0", 3],
    // Lizard reads the `type` of `v.(type)` as a type declaration and ends the function at the
    // switch's `}`: code after a type switch is lost to it (a boundary difference).
    ["type switch cases", "var v interface{} = a\nswitch v.(type) {\ncase int:\ncase string:\n}\nreturn 0", 3],
    ["select cases, not default", "select {\ncase <-ch:\ndefault:\n}\nreturn 0", 2],
    ["defer, go and goto add nothing", "defer g()\ngo g()\nreturn 0", 1],
  ])("%s", (_label, body, ccn) => {
    expect(ccnOf("go", fn(body))).toBe(ccn);
  });

  it("reports function literals as functions of their own, and names methods as Go's tools do", () => {
    const fns = functionsOf("go", `
      package x

      func (t *T) Get(a, b int, rest ...string) int {
        f := func(x int) int {
          if x > 0 {
            return x
          }
          return -x
        }
        return f(a)
      }

      func (s Set[K]) Len() int { return len(s) }

      func oneLine() int { return 1 }

      func asm(x int) int
    `);
    expect(fns.map((f) => [f.name, f.ccn, f.params, f.startLine, f.endLine])).toEqual([
      ["(*T).Get", 1, 3, 3, 11],
      ["(anonymous)", 2, 1, 4, 9],
      ["Set.Len", 1, 0, 13, 13],
      ["oneLine", 1, 0, 15, 15],
    ]);
  });

  it("lists exported functions, methods of exported types, types, constants and variables, with doc comments", () => {
    const { symbols } = analyzeSource("x.go", code(`
      package x

      // Get is documented.
      func Get() {}

      func Bare() {}

      func private() {}

      // T is documented.
      type T struct{}

      // Method is documented.
      func (t *T) Method() {}

      func (t *T) bare() {}

      func (h *hidden) Exported() {}

      // Limits are documented as a group.
      const (
        Max = 10
        min = 1
      )

      var (
        // Debug is documented on its own.
        Debug = false
        Level = 1
      )
    `), "go");
    expect(symbols.map((s) => [s.name, s.kind, s.documented])).toEqual([
      ["Get", "function", true],
      ["Bare", "function", false],
      ["T", "type", true],
      ["T.Method", "method", true],
      ["Max", "const", true],
      ["Debug", "variable", true],
      ["Level", "variable", false],
    ]);
  });

  it("treats _test.go files as having no public API", () => {
    expect(analyzeSource("x_test.go", "package x\n\nfunc TestIt(t *testing.T) {}\n", "go").symbols).toEqual([]);
  });

  it("leaves the package clause and imports out of the clone tokens", () => {
    const body = "func f() int { return 1 }\n";
    const bare = analyzeSource("a.go", body, "go");
    const withImports = analyzeSource("a.go", 'package a\n\nimport (\n\t"fmt"\n\t"os"\n)\n\n' + body, "go");
    expect(withImports.tokens.hashes).toEqual(bare.tokens.hashes);
  });
});
