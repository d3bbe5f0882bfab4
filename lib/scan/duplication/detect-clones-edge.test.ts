import { describe, expect, it } from "vitest";
import { detectClones, type Clone, type CloneInputFile } from "./detect-clones";
import { block, fresh, streamFromLines } from "./fixtures/streams";

const file = (path: string, lines: number[][], language = "python", firstLine = 1): CloneInputFile => ({
  path,
  language,
  tokens: streamFromLines(lines, firstLine),
});

function expectNoOverlapWithinFile(clones: Clone[]): void {
  for (const c of clones) {
    if (c.a.path === c.b.path) expect(c.a.endToken).toBeLessThanOrEqual(c.b.startToken);
  }
}

describe("detectClones: repetition inside one file", () => {
  it("covers a repeated 30-token pattern with a few non-overlapping clones", () => {
    const period = block(3, 10); // 30 tokens on 3 lines
    const lines = Array.from({ length: 10 }, () => period).flat(); // 300 tokens, 30 lines
    const { clones, duplicatedLinesByFile } = detectClones([file("rep.py", lines)]);
    expectNoOverlapWithinFile(clones);
    expect(clones.map((c) => [c.a.startToken, c.a.endToken, c.b.startToken, c.b.endToken])).toEqual([
      [0, 60, 60, 120],
      [0, 120, 120, 240],
      [0, 60, 240, 300],
    ]);
    expect(duplicatedLinesByFile.get("rep.py")).toBe(30);
  });

  it("handles a long run of one token without overlapping or exploding", () => {
    const same = 7;
    const lines = Array.from({ length: 5000 }, () => [same]);
    const { clones, duplicatedLinesByFile } = detectClones([file("run.py", lines)]);
    expectNoOverlapWithinFile(clones);
    expect(clones.length).toBeLessThanOrEqual(12); // doubling: O(log n) clones
    expect(duplicatedLinesByFile.get("run.py")).toBe(5000);
    // The later sides never overlap each other: each token is copied "from" one place only.
    const bs = clones.map((c) => [c.b.startToken, c.b.endToken] as const).sort((x, y) => x[0] - y[0]);
    for (let i = 1; i < bs.length; i++) expect(bs[i]![0]).toBeGreaterThanOrEqual(bs[i - 1]![1]);
  });
});

describe("detectClones: languages, collisions, fingerprints", () => {
  it("never matches files of different languages", () => {
    const body = block(8, 8);
    const files = [file("a.py", body, "python"), file("a.js", body, "javascript"), file("b.ts", body, "typescript")];
    expect(detectClones(files).clones).toEqual([]);
    const withTwin = [...files, file("c.js", body, "javascript")];
    expect(detectClones(withTwin).clones.map((c) => [c.language, c.a.path, c.b.path])).toEqual([
      ["javascript", "a.js", "c.js"],
    ]);
  });

  it("gives the same result when every window hash collides", () => {
    const shared = block(7, 9);
    const other = block(6, 10);
    const files = [
      file("a.py", [fresh(5), ...shared, ...other]),
      file("b.py", [...other, fresh(2), ...shared]),
      file("c.py", block(20, 5)),
      file("d.py", [...Array.from({ length: 4 }, () => block(2, 10)[0]!), ...shared]),
    ];
    const honest = detectClones(files);
    expect(honest.clones.length).toBeGreaterThan(0);
    for (const mask of [0, 1, 0xff]) {
      const colliding = detectClones(files, { hashMask: mask });
      expect(colliding.clones).toEqual(honest.clones);
      expect(colliding.duplicatedLinesByFile).toEqual(honest.duplicatedLinesByFile);
    }
    // With every hash equal, unrelated code still yields no clone.
    expect(detectClones([file("x.py", block(20, 5)), file("y.py", block(20, 5))], { hashMask: 0 }).clones).toEqual([]);
  });

  it("keeps the fingerprint when the clone moves to other lines", () => {
    const body = block(6, 10);
    const before = detectClones([file("a.py", body), file("b.py", [fresh(3), ...body])]).clones[0]!;
    const after = detectClones([file("a.py", body, "python", 40), file("b.py", [fresh(9), fresh(9), ...body], "python", 7)])
      .clones[0]!;
    expect(after.a.startLine).not.toBe(before.a.startLine);
    expect(after.fingerprint).toBe(before.fingerprint);
    const otherBody = block(6, 10);
    const different = detectClones([file("a.py", otherBody), file("b.py", otherBody)]).clones[0]!;
    expect(different.fingerprint).not.toBe(before.fingerprint);
    const inJs = detectClones([file("a.js", body, "javascript"), file("b.js", body, "javascript")]).clones[0]!;
    expect(inJs.fingerprint).not.toBe(before.fingerprint);
  });
});

describe("detectClones: inputs it cannot use", () => {
  it("lists malformed streams and repeated paths as skipped and still analyses the rest", () => {
    const body = block(6, 10);
    const broken: CloneInputFile = {
      path: "broken.py",
      language: "python",
      tokens: { hashes: new Uint32Array(3), lines: new Uint32Array(2) },
    };
    const backwards: CloneInputFile = {
      path: "backwards.py",
      language: "python",
      tokens: { hashes: new Uint32Array(2), lines: Uint32Array.from([3, 2]) },
    };
    const result = detectClones([file("a.py", body), broken, backwards, file("a.py", fresh(60).map((t) => [t])), file("b.py", body)]);
    expect(result.skipped.map((s) => s.path)).toEqual(["broken.py", "backwards.py", "a.py"]);
    expect(result.skipped[0]!.reason).toContain("3 hashes but 2 line numbers");
    expect(result.clones).toHaveLength(1);
    expect([...result.duplicatedLinesByFile.keys()].sort()).toEqual(["a.py", "b.py"]);
  });

  it("reports files too short for any clone with zero duplicated lines", () => {
    const result = detectClones([file("tiny.py", [fresh(3)]), file("empty.py", [])]);
    expect(result.duplicatedLinesByFile).toEqual(new Map([["empty.py", 0], ["tiny.py", 0]]));
    expect(result.codeLinesByFile.get("tiny.py")).toBe(1);
    expect(result.skipped).toEqual([]);
  });
});

describe("detectClones: inputs large enough for several hash buckets", () => {
  it("finds the same clones with and without forced collisions across buckets", () => {
    // > 16k windows per language, so windows are partitioned into buckets.
    const shared = block(12, 10);
    const files = Array.from({ length: 6 }, (_, i) =>
      file(`f${i}.py`, [...block(400, 8), ...(i % 2 === 0 ? shared : []), ...block(100, 8)]),
    );
    const honest = detectClones(files);
    expect(honest.clones.map((c) => [c.a.path, c.b.path, c.tokens])).toEqual([
      ["f0.py", "f2.py", 120],
      ["f0.py", "f4.py", 120],
    ]);
    expect(detectClones(files, { hashMask: 0xf0f0 }).clones).toEqual(honest.clones);
  });
});
