import { beforeAll, describe, expect, it } from "vitest";
import { analyzeSource } from "./analyze-source";
import { initAnalyzer } from "./grammars";
import { ccnOf, code, functionsOf } from "./test-helpers";

beforeAll(() => initAnalyzer(["java"]));

const method = (body: string) => `class C {\n  int f(int a, int b) {\n${body}\n  }\n}\n`;

// Each figure was checked against Lizard 1.24.0 on the same source.
describe("Java cyclomatic complexity (Lizard 1.24 rules)", () => {
  it.each([
    ["if / else if / else", "if (a > 0) { b++; } else if (a < 0) { b--; } else { b = 0; }", 3],
    ["for, enhanced for, while, do-while", "for (int i = 0; i < a; i++) {} for (int x : xs) {} while (a > 0) a--; do { a++; } while (a < 0);", 5],
    ["&& and ||", "return a > 0 && b > 0 || a < b ? 1 : 0;", 4],
    ["switch: each case, not default", "switch (a) { case 1: break; case 2: case 3: break; default: break; }", 4],
    ["arrow switch: one case label with two values counts once", "return switch (a) { case 1, 2 -> 3; case 4 -> 5; default -> 0; };", 3],
    ["catch, not finally", "try { a = b / a; } catch (ArithmeticException | NullPointerException e) { a = 0; } finally { b = 1; }", 2],
    ["a wildcard `?` is a type, not a branch", "java.util.List<? extends Number> xs = null; return 0;", 1],
    ["a lambda's decisions belong to the method", "Runnable r = () -> { if (a > 0) b++; }; return 0;", 2],
    ["assert, instanceof and throw add nothing", "assert a > 0 : \"a\"; Object o = a; if (o instanceof Integer i) throw new IllegalStateException(); return 0;", 2],
  ])("%s", (_label, body, ccn) => {
    expect(ccnOf("java", method(body))).toBe(ccn);
  });

  it("names methods Class::method and reports anonymous classes' methods on their own", () => {
    const fns = functionsOf("java", `
      class A {
        A(int n) { if (n > 0) {} }
        int g(int k) {
          Comparable<Integer> c = new Comparable<Integer>() {
            public int compareTo(Integer o) { return o == null ? 0 : 1; }
          };
          return k > 0 ? 1 : 2;
        }
        static class Inner { void h() {} }
        enum E { X; int v(boolean b) { return b ? 1 : 0; } }
      }
    `);
    expect(fns.map((f) => [f.name, f.ccn, f.params])).toEqual([
      ["A::A", 2, 1], ["A::g", 2, 1], ["(anonymous)::compareTo", 2, 1], ["Inner::h", 1, 0], ["E::v", 2, 1],
    ]);
  });

  it("starts a method at its name (annotations and return type are outside) and skips bodiless ones", () => {
    const fns = functionsOf("java", `
      abstract class B {
        @Override
        public String toString() {
          return "b";
        }
        abstract void t();
        native int n();
      }
      interface I {
        int e();
        default int d(int a) { return a > 0 ? a : -a; }
      }
    `);
    expect(fns.map((f) => [f.name, f.startLine, f.endLine, f.nloc])).toEqual([["B::toString", 3, 5, 3], ["I::d", 11, 11, 1]]);
  });

  it("lists public types and their public and protected methods, with Javadoc", () => {
    const { symbols } = analyzeSource("src/main/java/p/A.java", code(`
      package p;

      /** A. */
      public class A {
        /** Documented. */
        public void documented() {}

        // A line comment between a Javadoc and its method still leaves it documented.
        /** Also documented. */
        // note
        protected int alsoDocumented() { return 1; }

        public void bare() {}
        void packagePrivate() {}
        private void hidden() {}
        public A() {}

        @Override
        public String toString() { return ""; }

        /** Nested. */
        public static class Nested { public void inner() {} }

        public interface Api { void call(); private void helper() {} }
      }

      class NotPublic { public void x() {} }
    `), "java");
    expect(symbols.map((s) => [s.name, s.kind, s.documented])).toEqual([
      ["A", "class", true],
      ["A.documented", "method", true],
      ["A.alsoDocumented", "method", true],
      ["A.bare", "method", false],
      ["A.Nested", "class", true],
      ["A.Nested.inner", "method", false],
      ["A.Api", "interface", false],
      ["A.Api.call", "method", false],
    ]);
  });

  it("treats test sources as having no public API", () => {
    const source = "public class ATest { public void testIt() {} }\n";
    expect(analyzeSource("lib/src/test/java/ATest.java", source, "java").symbols).toEqual([]);
    expect(analyzeSource("lib/src/main/java/A.java", source, "java").symbols).toHaveLength(2);
  });

  it("leaves package and import declarations out of the clone tokens, not out of NLOC", () => {
    const body = "class A { int f() { return 1; } }\n";
    const bare = analyzeSource("A.java", body, "java");
    const withImports = analyzeSource("A.java", "package a.b;\n\nimport java.util.List;\nimport java.util.Map;\n\n" + body, "java");
    expect(withImports.tokens.hashes).toEqual(bare.tokens.hashes);
    expect(withImports.nloc).toBe(bare.nloc + 3);
  });
});
