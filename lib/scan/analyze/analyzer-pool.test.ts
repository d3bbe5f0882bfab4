import { describe, expect, it } from "vitest";
import { createAnalyzerPool } from "./analyzer-pool";

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
});
