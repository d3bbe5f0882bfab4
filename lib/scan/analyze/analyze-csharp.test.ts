import { beforeAll, describe, expect, it } from "vitest";
import { analyzeSource } from "./analyze-source";
import { initAnalyzer } from "./grammars";
import type { ExplainedFunction } from "./frame";
import { ccnOf, code, functionsOf } from "./test-helpers";

beforeAll(() => initAnalyzer(["csharp"]));

const method = (body: string, params = "string s, int y") => `class B\n{\n    int P(${params})\n    {\n${body}\n    }\n}\n`;

// "Lizard" is Lizard 1.24.0's figure for the same source; where it differs, docs/scanner.md says why.
describe("C# cyclomatic complexity", () => {
  it.each([
    ["if, &&, ||", "if (y > 0 && y < 9 || s == null) return 1; return 0;", 4, 4],
    ["for, while, do-while", "for (int i = 0; i < y; i++) { } while (y > 0) y--; do { y++; } while (y < 0); return 0;", 4, 4],
    ["switch: each case, not default", "switch (y) { case 1: break; case 2: case 3: break; default: break; } return 0;", 4, 4],
    ["catch, not finally or when", "try { y = 1 / y; } catch (DivideByZeroException) { } catch (Exception e) when (e != null) { } finally { } return 0;", 3, 3],
    ["?., ?[ and ?? count once each", "return (s?.Length ?? 0) + (s?[0] ?? 0);", 5, 5],
    ["??= counts", "s ??= \"\"; return 0;", 2, 2],
    ["ternary and a lambda's ternary (lambdas are not functions)", "System.Func<int, int> f = x => x > 0 ? x : 0; return y > 0 ? f(y) : 0;", 3, 3],
    ["foreach counts (Lizard misses it)", "foreach (var c in s) { } return 0;", 2, 1],
    ["a nullable type's `?` does not (Lizard counts it in bodies)", "object? a = null; var b = (string?)a; return 0;", 1, 3],
    ["switch expression arms and query `where` add nothing (as Lizard)", "var r = y switch { 1 => 2, _ => 0 }; var q = from c in s where c > 'a' select c; return r;", 1, 1],
  ])("%s", (_label, body, ours, lizard) => {
    expect(ccnOf("csharp", method(body))).toBe(ours);
    const [fn] = analyzeSource("B.cs", method(body), "csharp", { explainLizard: true }).functions as ExplainedFunction[];
    expect(fn!.lizardCcn).toBe(lizard);
  });

  it("reports methods, constructors, local functions, accessors with a body and expression-bodied members", () => {
    const fns = functionsOf("csharp", `
      namespace Demo
      {
          public class A
          {
              public A(int n) { if (n > 0) { } }
              public int Auto { get; set; }
              public int Computed => n > 0 ? n : -n;
              public int Full
              {
                  get { if (n > 0) return n; return 0; }
                  set { n = value; }
              }
              public int G(int k) => k > 0 ? 1 : 2;
              int Local(int k)
              {
                  int Inner(int z) { if (z > 0) return z; return 0; }
                  return Inner(k);
              }
              public abstract int Abstract();
          }
          public struct S { public int V() { return 1; } }
      }
    `);
    expect(fns.map((f) => [f.name, f.ccn])).toEqual([
      ["A::A", 2], ["A::Computed", 2], ["A::Full.get", 2], ["A::Full.set", 1], ["A::G", 2], ["A::Local", 1], ["Inner", 2], ["S::V", 1],
    ]);
  });

  it("explains Lizard's figure cause by cause (parity bench)", () => {
    const source = method("object? a = null; foreach (var c in s) { }\n#if DEBUG\n        y++;\n#endif\n        int L(int z) { if (z > 0) return z; return 0; }\n        return L(y);");
    const [fn] = analyzeSource("B.cs", source, "csharp", { explainLizard: true }).functions as ExplainedFunction[];
    // Lizard 1.24.0 on this source: 4 (nullable `?` +1, `#if` +1, foreach -1, local function's `if` +1).
    expect([fn!.ccn, fn!.lizardCcn]).toEqual([2, 4]);
    expect(Object.keys(fn!.quirks).sort()).toHaveLength(4);
  });

  it("lists public types and their public and protected members with /// docs, not test projects", () => {
    const source = code(`
      namespace Demo;

      /// <summary>A.</summary>
      public class A
      {
          /// <summary>Documented.</summary>
          public void Documented() { }
          public int Prop { get; set; }
          protected void Bare() { }
          internal void Hidden() { }
          public override string ToString() => "a";
          public A() { }
          public interface I { void Call(); }
      }

      internal class NotPublic { public void X() { } }
    `);
    expect(analyzeSource("src/Demo/A.cs", source, "csharp").symbols.map((s) => [s.name, s.kind, s.documented])).toEqual([
      ["A", "class", true],
      ["A.Documented", "method", true],
      ["A.Prop", "variable", false],
      ["A.Bare", "method", false],
      ["A.I", "interface", false],
      ["A.I.Call", "method", false],
    ]);
    expect(analyzeSource("test/Demo.Tests/ATests.cs", source, "csharp").symbols).toEqual([]);
  });

  it("leaves using directives out of the clone tokens", () => {
    const body = "class A { int F() { return 1; } }\n";
    expect(analyzeSource("A.cs", "using System;\nusing System.Linq;\n\n" + body, "csharp").tokens.hashes).toEqual(analyzeSource("A.cs", body, "csharp").tokens.hashes);
  });
});
