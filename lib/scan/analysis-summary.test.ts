import { describe, expect, it } from "vitest";
import { slimAnalysis, summarize } from "./analysis-summary";
import type { FileAnalysis, FunctionMetrics } from "./types";

const fn = (name: string, ccn: number, nloc: number): FunctionMetrics => ({ name, longName: `${name}()`, startLine: 1, endLine: nloc, nloc, ccn, tokens: 10 * nloc, params: 1 });

const analysis: FileAnalysis = {
  path: "pkg/a.py",
  language: "python",
  nloc: 120,
  functions: [fn("small", 3, 10), fn("edge", 10, 20), fn("big", 11, 40), fn("huge", 25, 50)],
  symbols: [
    { name: "A", kind: "class", line: 1, documented: true },
    { name: "b", kind: "function", line: 9, documented: false },
    { name: "c", kind: "function", line: 20, documented: false },
  ],
  tokens: { hashes: new Uint32Array(3), lines: new Uint32Array(3) },
};

describe("slimAnalysis", () => {
  it("keeps the findings' functions and symbols and the sums of all of them", () => {
    const slim = slimAnalysis(analysis, 10);
    expect(slim.functions.map((f) => f.name)).toEqual(["big", "huge"]);
    expect(slim.symbols.map((s) => s.name)).toEqual(["b", "c"]);
    expect(slim.summary).toEqual({
      threshold: 10, functions: 4, ccnSum: 49, fnNloc: 120, maxCcn: 25, overThreshold: 2, overNloc: 90, publicSymbols: 3, documented: 1,
    });
    expect(slim.summary).toEqual(summarize(analysis, 10));
    expect(slim.tokens).toBe(analysis.tokens);
    // The analysis itself (a worker may retain it) is left whole.
    expect(analysis.functions).toHaveLength(4);
    expect(analysis.summary).toBeUndefined();
  });
});
