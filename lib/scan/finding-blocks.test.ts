import { describe, expect, it } from "vitest";
import type { Finding, ScanDocument } from "../ingest/schema";
import type { Clone } from "./duplication/detect-clones";
import { cloneFindingInput, finalizeChecked, moduleFindings } from "./file-findings";
import { blockFindings } from "./finding-blocks";
import { complexFunctionFinding, missingReadmeFinding, type FindingInput } from "./findings";
import { serializeDocument } from "./serialize-document";

const clone = (a: string, aLine: number, b: string, bLine: number, fingerprint: string): Clone => ({
  language: "python",
  a: { path: a, startLine: aLine, endLine: aLine + 5, startToken: aLine * 10, endToken: aLine * 10 + 60 },
  b: { path: b, startLine: bLine, endLine: bLine + 5, startToken: bLine * 10, endToken: bLine * 10 + 60 },
  tokens: 60, lines: 6, fingerprint,
});

/** A file's complexity findings, final as fileFindings makes them. */
function complexity(file: string, lines: number[]): Finding[] {
  return finalizeChecked(lines.map((l) => complexFunctionFinding(file, { name: `f${l}`, longName: `f${l}()`, startLine: l, endLine: l + 20, nloc: 20, ccn: 12, tokens: 90, params: 0 }, 10)), true);
}

/** One README input object, as buildDocument keeps one per module path while reusing. */
const README_INPUT = missingReadmeFinding("pkg");

function inputsOf(clones: Clone[]): FindingInput[] {
  const out: FindingInput[] = [];
  for (const c of clones) out.push(cloneFindingInput(c, "a", true), cloneFindingInput(c, "b", true));
  out.push(README_INPUT);
  return out;
}

function docWith(findings: Finding[]): ScanDocument {
  return {
    schemaVersion: 1,
    commit: { sha: "a".repeat(40), branch: "main", committedAt: null, message: null },
    scannedAt: "2026-01-01T00:00:00.000Z",
    scanner: { name: "paydown-scan", version: "0.1.0" },
    modules: [{
      name: "pkg", path: "pkg", owners: [], files: 3, lines: 100,
      test: { coverage: null, results: null }, docs: { readme: false, publicSymbols: 0, documentedSymbols: 0 },
      complexity: { threshold: 10, functions: 0, overThreshold: 0, maxCcn: 0, meanCcn: 0, nloc: 0, overThresholdNloc: 0 },
      duplication: { lines: 100, duplicatedLines: 0, clones: 0 }, churn: null, findings,
    }],
    skipped: [],
    unmappedReportPaths: [],
  } as ScanDocument;
}

describe("blockFindings", () => {
  it("gives moduleFindings' findings and JSON.stringify's bytes, point after point", () => {
    const same = "f".repeat(32);
    const c1 = clone("pkg/a.py", 40, "pkg/b.py", 3, same);
    const c2 = clone("pkg/a.py", 10, "pkg/c.py", 7, "e".repeat(32));
    const c3 = clone("pkg/b.py", 30, "pkg/c.py", 30, same);
    const lists = [complexity("pkg/c.py", [1, 50]), complexity("pkg/a.py", [5])];
    const points: Clone[][] = [
      [c1, c2, c3],
      [c1, c2, c3],
      // A same-content clone earlier in the module order: later ones become "#2", "#3".
      [clone("pkg/a.py", 2, "pkg/a.py", 60, same), c1, c2, c3],
      // One moves, one goes.
      [clone("pkg/a.py", 41, "pkg/b.py", 3, same), c3],
      [],
    ];
    let previous: Finding[] | null = null;
    for (const [i, clones] of points.entries()) {
      const inputs = inputsOf(clones);
      const got = blockFindings("pkg", inputs, lists)!;
      expect(got, `point ${i}`).toEqual(moduleFindings(`reference ${i}`, inputsOf(clones), lists, false));
      const doc = docWith(got);
      expect(serializeDocument(doc).toString("utf8"), `point ${i}`).toBe(JSON.stringify(doc));
      if (i === 1) got.forEach((f, k) => expect(f).toBe(previous![k]));
      previous = got;
    }
  });

  it("gives a module whose inputs and lists are the same objects its last findings, and rebuilds one that changed", () => {
    const readme = missingReadmeFinding("pkg");
    const c1 = clone("pkg/a.py", 40, "pkg/b.py", 3, "c".repeat(32));
    const c2 = clone("pkg/a.py", 10, "pkg/c.py", 7, "b".repeat(32));
    const lists = [complexity("pkg/c.py", [1, 50])];
    const inputs = (clones: Clone[]) => [...clones.flatMap((c) => [cloneFindingInput(c, "a", true), cloneFindingInput(c, "b", true)]), readme];
    const first = blockFindings("same", inputs([c1, c2]), [...lists])!;
    expect(blockFindings("same", inputs([c1, c2]), [...lists])).toBe(first);
    const changed = blockFindings("same", inputs([c1]), [...lists])!;
    expect(changed).toEqual(moduleFindings("same reference", inputs([c1]), lists, false));
    // Back to the first point's objects, after a different one: built again, not the stale array.
    const again = blockFindings("same", inputs([c1, c2]), [...lists])!;
    expect(again).toEqual(first);
    expect(again).not.toBe(changed);
    expect(blockFindings("same", inputs([c1, c2]), [complexity("pkg/c.py", [1, 50])])).not.toBe(again);
  });

  it("numbers repeats across files and runs as the module-wide order does", () => {
    const same = "d".repeat(32);
    const inputs = inputsOf([clone("z.py", 1, "z.py", 40, same), clone("a.py", 9, "m.py", 2, same), clone("a.py", 9, "b.py", 2, same)]);
    const got = blockFindings("numbering", inputs, [])!;
    expect(got).toEqual(moduleFindings("numbering reference", [...inputs], [], false));
    expect(got.filter((f) => f.kind === "clone").map((f) => `${f.file}:${f.startLine} ${f.fingerprint!.slice(30)}`)).toEqual([
      "a.py:9 dd", "a.py:9 dd#2", "b.py:2 dd#3", "m.py:2 dd#4", "z.py:1 dd#5", "z.py:40 dd#6",
    ]);
  });

  it("leaves to moduleFindings lists that are not one file's run, or that share a run with the inputs", () => {
    const mixed = [...complexity("pkg/a.py", [5]), ...complexity("pkg/b.py", [1])];
    expect(blockFindings("fallback", [], [mixed])).toBeNull();
    const unordered = [...complexity("pkg/a.py", [50]), ...complexity("pkg/a.py", [5])];
    expect(blockFindings("fallback", [], [unordered])).toBeNull();
    const a = complexity("pkg/a.py", [5]);
    expect(blockFindings("fallback", [], [a, complexity("pkg/a.py", [9])])).toBeNull();
    expect(blockFindings("fallback", [...a], [a])).toBeNull();
    expect(blockFindings("fallback", [], [[], a])).toEqual(a);
  });
});
