import { describe, expect, it } from "vitest";
import { aggregateByModule } from "./aggregate-by-module";
import { detectClones, type CloneInputFile } from "./detect-clones";
import { block, fresh, streamFromLines } from "./fixtures/streams";

const py = (path: string, lines: number[][]): CloneInputFile => ({ path, language: "python", tokens: streamFromLines(lines) });
const moduleOf = (path: string) => (path.startsWith("vendor/") ? null : path.split("/")[0]!);

describe("aggregateByModule", () => {
  const shared = block(6, 10);
  const local = block(5, 10);
  const result = detectClones([
    py("api/a.py", [...shared, fresh(4), ...local]), // 12 code lines
    py("api/b.py", [...local, fresh(4)]), // 6
    py("core/c.py", [fresh(4), fresh(4), ...shared]), // 8
    py("web/d.py", block(9, 3)), // 9, no duplication
    py("vendor/e.py", shared),
  ]);

  it("counts a clone in every module it touches, and once inside one module", () => {
    expect(result.clones.map((c) => [c.a.path, c.b.path])).toEqual([
      ["api/a.py", "api/b.py"],
      ["api/a.py", "core/c.py"],
      ["api/a.py", "vendor/e.py"],
    ]);
    const modules = aggregateByModule(result, moduleOf);
    expect(modules.get("api")).toEqual({ lines: 18, duplicatedLines: 16, clones: 3 });
    expect(modules.get("core")).toEqual({ lines: 8, duplicatedLines: 6, clones: 1 });
    expect(modules.get("web")).toEqual({ lines: 9, duplicatedLines: 0, clones: 0 });
    expect([...modules.keys()].sort()).toEqual(["api", "core", "web"]);
  });

  it("never reports more duplicated lines than lines", () => {
    for (const m of aggregateByModule(result, moduleOf).values()) expect(m.duplicatedLines).toBeLessThanOrEqual(m.lines);
  });

  it("is pure: the same input gives the same answer and is not modified", () => {
    const before = structuredClone(result);
    expect(aggregateByModule(result, moduleOf)).toEqual(aggregateByModule(result, moduleOf));
    expect(result).toEqual(before);
  });
});
