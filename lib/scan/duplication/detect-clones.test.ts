import { describe, expect, it } from "vitest";
import { detectClones, type CloneInputFile } from "./detect-clones";
import { block, fresh, streamFromLines, tokenize } from "./fixtures/streams";

const py = (path: string, lines: number[][], firstLine = 1): CloneInputFile => ({
  path,
  language: "python",
  tokens: streamFromLines(lines, firstLine),
});

describe("detectClones: basic pairs", () => {
  it("finds an exact clone across two files with its token and line positions", () => {
    const body = block(10, 6); // 60 tokens on 10 lines
    const a = py("a.py", [fresh(4), fresh(3), ...body, fresh(5)]);
    const b = py("b.py", [fresh(2), ...body, fresh(2)]);
    const { clones, duplicatedLinesByFile, codeLinesByFile } = detectClones([b, a]);
    expect(clones).toHaveLength(1);
    const [c] = clones;
    expect(c!.a).toEqual({ path: "a.py", startLine: 3, endLine: 12, startToken: 7, endToken: 67 });
    expect(c!.b).toEqual({ path: "b.py", startLine: 2, endLine: 11, startToken: 2, endToken: 62 });
    expect(c!.tokens).toBe(60);
    expect(c!.lines).toBe(10);
    expect(c!.language).toBe("python");
    expect(c!.fingerprint).toMatch(/^[0-9a-f]{32}$/);
    expect(duplicatedLinesByFile).toEqual(new Map([["a.py", 10], ["b.py", 10]]));
    expect(codeLinesByFile).toEqual(new Map([["a.py", 13], ["b.py", 12]]));
  });

  it("counts two identical files as wholly duplicated, not half", () => {
    const body = block(9, 7);
    const { clones, duplicatedLinesByFile, codeLinesByFile } = detectClones([py("a.py", body), py("b.py", body)]);
    expect(clones).toHaveLength(1);
    expect(duplicatedLinesByFile).toEqual(codeLinesByFile);
    expect(duplicatedLinesByFile.get("a.py")).toBe(9);
  });

  it("extends a match maximally instead of reporting one clone per window", () => {
    const body = block(30, 10); // 300 tokens
    const { clones } = detectClones([py("a.py", [fresh(1), ...body]), py("b.py", [...body, fresh(1)])]);
    expect(clones.map((c) => c.tokens)).toEqual([300]);
  });

  it("still finds a clone whose identifiers and literals were renamed", () => {
    const original = [
      "def load ( path , mode ) :",
      "  if not path :",
      "    return None",
      "  handle = open ( path , 'r' )",
      "  data = handle . read ( 4096 )",
      "  handle . close ( )",
      "  log ( 'loaded' , path , len ( data ) )",
      "  return parse ( data , mode , 'utf8' )",
    ].join("\n");
    const renamed = original
      .replaceAll("path", "fname")
      .replaceAll("handle", "fh")
      .replaceAll("4096", "10")
      .replaceAll("'utf8'", "'latin1'");
    expect(renamed).not.toBe(original);
    const files = [
      { path: "x.py", language: "python", tokens: tokenize(original) },
      { path: "y.py", language: "python", tokens: tokenize(renamed) },
    ];
    expect(files[0]!.tokens.hashes.length).toBeGreaterThanOrEqual(50);
    const { clones } = detectClones(files);
    expect(clones).toHaveLength(1);
    expect(clones[0]!.tokens).toBe(files[0]!.tokens.hashes.length);

    // A changed keyword breaks the run: the same text with "while" for "if" is too short left.
    const changed = { path: "y.py", language: "python", tokens: tokenize(original.replace("if", "while")) };
    expect(detectClones([files[0]!, changed]).clones).toEqual([]);
  });
});

describe("detectClones: thresholds", () => {
  const around = (body: number[][]) => [py("a.py", [fresh(3), ...body, fresh(3)]), py("b.py", [fresh(2), ...body])];

  it("does not report 49 tokens but reports 50", () => {
    const lines49 = [...block(6, 8), fresh(1)]; // 49 tokens on 7 lines
    expect(detectClones(around(lines49)).clones).toEqual([]);
    const lines50 = [...block(6, 8), fresh(2)];
    expect(detectClones(around(lines50)).clones.map((c) => c.tokens)).toEqual([50]);
  });

  it("does not report 50 tokens on 4 lines but reports them on 5", () => {
    expect(detectClones(around(block(4, 13))).clones).toEqual([]); // 52 tokens on 4 lines
    expect(detectClones(around([...block(4, 12), fresh(2)])).clones.map((c) => c.lines)).toEqual([5]);
  });

  it("requires both occurrences to span minLines lines", () => {
    const body = [...block(4, 12), fresh(2)]; // 50 tokens on 5 lines here...
    const squeezed = [body.flat().slice(0, 26), body.flat().slice(26)]; // ...and 2 lines there
    expect(detectClones([py("a.py", body), py("b.py", squeezed)]).clones).toEqual([]);
    expect(detectClones([py("a.py", body), py("b.py", squeezed)], { minLines: 2 }).clones).toHaveLength(1);
  });

  it("honours minTokens and rejects nonsense options", () => {
    const body = block(5, 6); // 30 tokens
    expect(detectClones(around(body)).clones).toEqual([]);
    expect(detectClones(around(body), { minTokens: 30 }).clones).toHaveLength(1);
    expect(() => detectClones([], { minTokens: 0 })).toThrow(RangeError);
    expect(() => detectClones([], { minLines: 1.5 })).toThrow(RangeError);
  });
});

describe("detectClones: several copies and overlaps", () => {
  it("pairs each later copy with the first one and counts each line once", () => {
    const body = block(8, 8);
    const files = [py("c.py", [fresh(1), ...body]), py("a.py", [...body, fresh(1)]), py("b.py", body)];
    const { clones, duplicatedLinesByFile } = detectClones(files);
    expect(clones.map((c) => [c.a.path, c.b.path])).toEqual([
      ["a.py", "b.py"],
      ["a.py", "c.py"],
    ]);
    // a.py is covered by both clones but its 8 lines count once.
    expect(duplicatedLinesByFile).toEqual(new Map([["a.py", 8], ["b.py", 8], ["c.py", 8]]));
    expect(new Set(clones.map((c) => c.fingerprint)).size).toBe(1);
    // Same pairs whatever the input order.
    expect(detectClones([...files].reverse()).clones).toEqual(clones);
  });

  it("merges overlapping clone ranges of one file", () => {
    const [p1, p2, p3] = [block(6, 10), block(6, 10), block(6, 10)];
    const y = py("a.py", [...p1!, ...p2!, fresh(5)]);
    const z = py("b.py", [...p2!, ...p3!, fresh(5)]);
    const x = py("c.py", [...p1!, ...p2!, ...p3!]);
    const { clones, duplicatedLinesByFile } = detectClones([x, y, z]);
    const onA = clones.flatMap((c) => [c.a, c.b]).filter((l) => l.path === "a.py");
    expect(onA.map((l) => [l.startLine, l.endLine])).toEqual([
      [7, 12],
      [1, 12],
    ]);
    expect(duplicatedLinesByFile.get("a.py")).toBe(12);
    expect(duplicatedLinesByFile.get("b.py")).toBe(12);
    expect(duplicatedLinesByFile.get("c.py")).toBe(18);
  });

  it("finds a clone inside one file", () => {
    const body = block(6, 10);
    const { clones } = detectClones([py("a.py", [...body, fresh(3), ...body])]);
    expect(clones).toHaveLength(1);
    expect(clones[0]!.a).toMatchObject({ path: "a.py", startLine: 1, endLine: 6 });
    expect(clones[0]!.b).toMatchObject({ path: "a.py", startLine: 8, endLine: 13 });
  });
});
