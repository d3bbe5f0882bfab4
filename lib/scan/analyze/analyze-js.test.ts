import { beforeAll, describe, expect, it } from "vitest";
import { analyzeSource } from "./analyze-source";
import { initAnalyzer } from "./grammars";
import { ccnOf, code, functionsOf } from "./test-helpers";
import type { ExplainedFunction } from "./walker";

beforeAll(() => initAnalyzer(["javascript", "typescript", "tsx"]));

const explain = (source: string, path = "x.ts") =>
  analyzeSource(path, code(source), "typescript", { explainLizard: true }).functions as ExplainedFunction[];

describe("JS/TS cyclomatic complexity (Lizard 1.24 rules)", () => {
  it.each([
    ["if/else if/else", "function f(a) { if (a) {} else if (b) {} else {} }", 3],
    ["for, for-in, for-of", "function f(a) { for (;;) {} for (k in a) {} for (const v of a) {} }", 4],
    ["while and do-while", "function f(a) { while (a) {} do {} while (a); }", 3],
    ["catch, not try/finally", "function f() { try {} catch (e) {} finally {} }", 2],
    ["case, not switch/default", "function f(a) { switch (a) { case 1: break; case 2: break; default: } }", 3],
    ["&& and ||", "function f(a, b, c) { return a && b || c; }", 3],
    ["ternary", "function f(a) { return a ? 1 : 2; }", 2],
    ["?? counts once", "function f(a, b) { return a ?? b; }", 2],
    ["logical assignment counts once", "function f(a) { a.x ||= 1; a.y &&= 2; a.z ??= 3; }", 4],
    ["each ?. counts once (it skips the rest of the chain)", "function f(a) { return a?.b?.(); }", 3],
    ["?. after a call or index counts too", "function f(a) { return a()?.b[0]?.c; }", 3],
    ["p.catch( counts like a catch clause", "function f(p) { return p.then(g).catch(h); }", 2],
    ["catch as an object key or bare name counts nothing", "function f() { const o = { catch: 1 }; return o; }", 1],
    ["mapped-type ?: counts nothing", "function f(o: { [K in T]?: 1 }, p: { [K in T]-?: 1 }) { return o; }", 1],
    ["optional parameter ? counts nothing", "function f(a?: number, b?: string) { return a; }", 1],
    ["conditional type ? counts nothing", "function f<T>(a: T extends string ? 1 : 2) { return a; }", 1],
  ])("%s", (_label, source, ccn) => {
    expect(ccnOf("typescript", source)).toBe(ccn);
  });

  it("treats nested functions and callbacks as separate functions", () => {
    const fns = functionsOf("typescript", `
      function outer(items) {
        if (items) {}
        return items.map((x) => x.a && x.b);
      }
    `);
    expect(fns.map((f) => [f.name, f.ccn])).toEqual([["outer", 2], ["(anonymous)", 2]]);
  });

  it("names functions the way Lizard does", () => {
    const fns = functionsOf("typescript", `
      export const bar = async (x) => { return x; };
      class K {
        handle = (e) => e;
        get v() { return 1; }
        static async m<T>(a: Foo, b?: number) {}
        *gen() {}
      }
      const o = { key: function () {}, k2: () => 3, "quoted": () => 4 };
      a.b.c = function (q) {};
      const named = function inner() {};
      export default function () {}
      function sig(a: string): void;
    `);
    expect(fns.map((f) => [f.name, f.longName, f.params])).toEqual([
      ["bar", "bar ( x )", 1],
      ["handle", "handle ( e )", 1],
      ["get v", "get v ( )", 0],
      ["m", "m ( a Foo , b )", 2],
      ["gen", "gen ( )", 0],
      ["key", "key ( )", 0],
      ["k2", "k2 ( )", 0],
      ["(anonymous)", "(anonymous) ( )", 0],
      ["a.b.c", "a.b.c ( q )", 1],
      ["inner", "inner ( )", 0],
      ["(anonymous)", "(anonymous) ( )", 0],
    ]);
  });

  it("reports one-line functions with their lines and NLOC", () => {
    const [fn] = functionsOf("typescript", "const f = (a) => a ? 1 : 0;\n");
    expect(fn).toMatchObject({ name: "f", startLine: 1, endLine: 1, nloc: 1, ccn: 2 });
  });

  it("counts NLOC without blank and comment lines", () => {
    const [fn] = functionsOf("typescript", `
      function f(a) {
        // comment
        /* block
           comment */

        return a;
      }
    `);
    expect(fn).toMatchObject({ nloc: 3, startLine: 1, endLine: 7 });
  });

  it("explains Lizard's ?? (2), ?. after a call (1) and after a name (0 in .ts)", () => {
    const [fn] = explain("function f(a, b) {\n  return a ?? b()?.c ?? a?.d;\n}\n");
    expect(fn.ccn).toBe(5);
    expect(fn.lizardCcn).toBe(6);
    expect(fn.quirks).toEqual({
      "?? counted twice": 2,
      "?. right after a name (Lizard's TS tokenizer reads `name?` as one token)": -1,
    });
    const [glued] = explain("function g(a) {\n  return a?1:2;\n}\n");
    expect([glued.ccn, glued.lizardCcn]).toEqual([2, 1]);
  });

  it("parses JSX in .tsx and plain JavaScript", () => {
    const tsx = analyzeSource("c.tsx", "export const C = ({ a }) => <div>{a && <b>x</b>}</div>;\n", "tsx");
    expect(tsx.functions.map((f) => [f.name, f.ccn])).toEqual([["C", 2]]);
    const js = analyzeSource("c.js", "module.exports = function (a) { return a || 1; };\n", "javascript");
    expect(js.functions.map((f) => [f.name, f.ccn])).toEqual([["module.exports", 2]]);
  });
});
