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
    const versions = ["def f(a):\n    return a\n", "def f(a):\n    return a or 1\n\n\ndef g():\n    pass\n", "x = 1\ndef f(a):\n    return a or 1\n"];
    try {
      for (const source of versions) {
        // Other paths in between, so least-loaded routing alone would alternate workers.
        const [result] = await Promise.all([
          pool.analyze("a.py", source, "python", { nextUse: 1 }),
          pool.analyze("b.py", source, "python", { nextUse: 1 }),
          pool.analyze("c.py", source, "python"),
        ]);
        const { path: _path, ...expected } = analyzeSource("a.py", source, "python");
        expect(result).toMatchObject(expected);
      }
    } finally {
      await pool.close();
    }
  });
});
