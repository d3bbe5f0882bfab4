import { beforeAll, describe, expect, it } from "vitest";
import { analyzeSource } from "./analyze-source";
import { initAnalyzer } from "./grammars";
import { code } from "./test-helpers";

beforeAll(() => initAnalyzer());

const py = (source: string) => analyzeSource("m.py", code(source), "python").symbols;
const ts = (source: string) => analyzeSource("m.ts", code(source), "typescript").symbols;

describe("Python public symbols", () => {
  it("lists public functions, classes and public non-dunder methods, documented by docstring", () => {
    expect(py(`
      def public():
          """Doc."""
      def _private():
          pass
      @decorator
      class Thing:
          'Doc.'
          def __init__(self):
              pass
          def run(self):
              pass
          @property
          def size(self):
              """Doc."""
          @size.setter
          def size(self, v):
              pass
          def _hidden(self):
              pass
    `)).toEqual([
      { name: "public", kind: "function", line: 1, documented: true },
      { name: "Thing", kind: "class", line: 6, documented: true },
      { name: "Thing.run", kind: "method", line: 10, documented: false },
      { name: "Thing.size", kind: "method", line: 13, documented: true },
    ]);
  });

  it("honours __all__, including names with a leading underscore", () => {
    const names = py(`
      __all__ = ["b", "_c"]
      __all__ += ("d",)
      def a(): pass
      def b(): pass
      def _c(): pass
      class d: pass
    `).map((s) => s.name);
    expect(names).toEqual(["b", "_c", "d"]);
  });
});

describe("TypeScript public symbols", () => {
  it("lists exported declarations with their kinds and JSDoc", () => {
    expect(ts(`
      /** Doc. */
      export function f() {}
      // not JSDoc
      export interface I {}
      /** Doc. */

      export type T = string;
      export enum E { A }
      /** Doc. */
      export const c = 1, g = () => 2;
      export let v = 3;
      export default function () {}
      export { x } from "./elsewhere";
    `)).toEqual([
      { name: "f", kind: "function", line: 2, documented: true },
      { name: "I", kind: "interface", line: 4, documented: false },
      { name: "T", kind: "type", line: 7, documented: false },
      { name: "E", kind: "enum", line: 8, documented: false },
      { name: "c", kind: "const", line: 10, documented: true },
      { name: "g", kind: "function", line: 10, documented: true },
      { name: "v", kind: "variable", line: 11, documented: false },
      { name: "default", kind: "function", line: 12, documented: false },
    ]);
  });

  it("lists public methods of exported classes, past decorators, and export lists of locals", () => {
    expect(ts(`
      /** Doc. */
      class K {
        constructor() {}
        /** Doc. */
        @dec
        run() {}
        private hidden() {}
        #secret() {}
        _internal() {}
        get size() { return 1; }
      }
      function helper() {}
      export { K, helper as renamed };
      export default helper;
    `)).toEqual([
      { name: "K", kind: "class", line: 2, documented: true },
      { name: "K.run", kind: "method", line: 6, documented: true },
      { name: "K.size", kind: "method", line: 10, documented: false },
      { name: "renamed", kind: "function", line: 12, documented: false },
      { name: "helper", kind: "function", line: 12, documented: false },
    ]);
  });

  it("merges overload signatures into one symbol", () => {
    const symbols = ts(`
      export function f(a: string): void;
      /** Doc. */
      export function f(a: number): void;
      export function f(a: unknown) {}
    `);
    expect(symbols).toEqual([{ name: "f", kind: "function", line: 1, documented: true }]);
  });
});
