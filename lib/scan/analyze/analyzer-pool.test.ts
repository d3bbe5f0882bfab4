import { describe, expect, it } from "vitest";
import { analyzeSource } from "./analyze-source";
import { createAnalyzerPool } from "./analyzer-pool";
import { initAnalyzer } from "./grammars";

describe("createAnalyzerPool", () => {
  it("analyses in process with threads: 0", async () => {
    const pool = createAnalyzerPool({ threads: 0 });
    const [py, ts] = await Promise.all([
      pool.analyze("a.py", "def f(a):\n    return a or 1\n", "python"),
      pool.analyze("b.ts", "export const g = (a) => a && 1;\n", "typescript"),
    ]);
    await pool.close();
    expect(py.functions.map((f) => [f.name, f.ccn])).toEqual([["f", 2]]);
    expect(ts.symbols.map((s) => s.name)).toEqual(["g"]);
  });

  it("analyses on a worker thread from TypeScript sources", async () => {
    const pool = createAnalyzerPool({ threads: 1 });
    try {
      const result = await pool.analyze("a.py", "def f(a):\n    return a or 1\n", "python");
      expect(result.functions[0]).toMatchObject({ name: "f", ccn: 2 });
      expect(result.tokens.hashes).toBeInstanceOf(Uint32Array);
    } finally {
      await pool.close();
    }
    await expect(pool.analyze("a.py", "", "python")).rejects.toThrow("closed");
  });

  it("sends a retained path's versions to one worker and analyses them as a fresh analysis would", async () => {
    await initAnalyzer(["python"]);
    const pool = createAnalyzerPool({ threads: 2, retainer: { budget: 1e6 } });
    // Many top-level statements, one changed per version: the rest is spliced only where the
    // previous version is retained, that is, only when the path went back to the same worker.
    const body = (v: number) => Array.from({ length: 40 }, (_, i) => `def f${i}(a):\n    return a ${i === v ? "or" : "and"} ${i}\n`).join("\n");
    try {
      for (let v = 0; v < 4; v++) {
        const source = body(v);
        // Another path first every other version: least-loaded routing alone would then send
        // a.py to the other worker.
        const other = v % 2 === 1 ? [pool.analyze(`other-${v}.py`, source, "python")] : [];
        const [result] = await Promise.all([pool.analyze("a.py", source, "python", { retain: { point: v, nextUse: v + 1 } }), ...other]);
        const { path: _path, ...expected } = analyzeSource("a.py", source, "python");
        expect(result).toMatchObject(expected);
      }
      // Three incremental versions of a.py, each splicing at least 37 of the 38 statements no edit touched (one sent to the other worker would splice none).
      expect(pool.spliced()).toBeGreaterThanOrEqual(3 * 37);
    } finally {
      await pool.close();
    }
  });
});
