import { describe, expect, it } from "vitest";
import { scanDocumentSchema } from "../ingest/schema";
import { buildDocument, type BuildInput } from "./build-document";
import { DEFAULT_CONFIG } from "./config";
import type { Clone } from "./duplication/detect-clones";
import { cloneFinding, complexFunctionFinding, finalizeFindings, missingReadmeFinding, undocumentedFinding } from "./findings";
import { createModuleAssigner, rootModule, type ModuleDef } from "./modules";
import type { FileAnalysis, FunctionMetrics } from "./types";

const fn = (name: string, startLine: number, ccn: number): FunctionMetrics => ({
  name, longName: `${name}()`, startLine, endLine: startLine + 3, nloc: 4, ccn, tokens: 20, params: 0,
});
const tokens = { hashes: new Uint32Array(), lines: new Uint32Array() };
const fileA: FileAnalysis = {
  path: "pkg/a.py", language: "python", nloc: 40, tokens,
  // Two nested functions named `wrapper`: the second gets "#2", in line order, not input order.
  functions: [fn("wrapper", 30, 12), fn("outer", 1, 3), fn("wrapper", 10, 15)],
  symbols: [{ name: "outer", kind: "function", line: 1, documented: false }, { name: "K", kind: "const", line: 50, documented: true }],
};
const fileB: FileAnalysis = {
  path: "pkg/b.py", language: "python", nloc: 10, tokens,
  functions: [fn("big", 2, 30)],
  symbols: [{ name: "Big", kind: "class", line: 1, documented: false }],
};
const clone: Clone = {
  language: "python", tokens: 60, lines: 6, fingerprint: "f".repeat(32),
  a: { path: "pkg/a.py", startLine: 20, endLine: 25, startToken: 0, endToken: 60 },
  b: { path: "pkg/b.py", startLine: 3, endLine: 8, startToken: 0, endToken: 60 },
};
const pkg: ModuleDef = { name: "pkg", path: "pkg", origin: "python-package" };
const modules = [pkg, rootModule()];

function input(analyses: FileAnalysis[], threshold = 10, reuse = true): BuildInput {
  return {
    reuse,
    config: { ...DEFAULT_CONFIG, thresholds: { ...DEFAULT_CONFIG.thresholds, complexity: threshold } },
    modules, moduleOf: createModuleAssigner(modules), analyses, allPaths: analyses.map((a) => a.path),
    clones: { clones: [clone], duplicatedLinesByFile: new Map(), codeLinesByFile: new Map(), skipped: [] },
    coverage: null, tests: null, churn: null, codeowners: null,
    commit: { sha: "abc1234", branch: "main", committedAt: null, message: null },
    scannedAt: "2025-01-01T00:00:00.000Z", skipped: [], unmappedReportPaths: [],
  };
}

/** What the module's findings were before per-file caching: all inputs finalized together. */
function reference(analyses: FileAnalysis[], threshold: number) {
  const all = analyses.flatMap((f) => [
    ...f.functions.filter((x) => x.ccn > threshold).map((x) => complexFunctionFinding(f.path, x, threshold)),
    ...f.symbols.filter((s) => !s.documented).map((s) => undocumentedFinding(f.path, s)),
  ]);
  return finalizeFindings([...all, cloneFinding(clone, "a"), cloneFinding(clone, "b"), missingReadmeFinding("pkg")]);
}

describe("buildDocument", () => {
  it("gives the findings and the document that finalizing and parsing everything at once gives", () => {
    const doc = buildDocument(input([fileB, fileA]));
    const findings = doc.modules.find((m) => m.name === "pkg")!.findings;
    expect(findings).toEqual(reference([fileB, fileA], 10));
    expect(findings.filter((f) => f.symbol === "wrapper").map((f) => [f.startLine, f.fingerprint!.slice(32)])).toEqual([[10, ""], [30, "#2"]]);
    expect(scanDocumentSchema.parse(doc)).toEqual(doc);
    expect(buildDocument(input([fileB, fileA], 10, false))).toEqual(doc);
  });

  it("reuses per-file findings across documents but follows a threshold change", () => {
    const first = buildDocument(input([fileA, fileB]));
    const again = buildDocument(input([fileA, fileB]));
    expect(again).toEqual(first);
    const stricter = buildDocument(input([fileA, fileB], 13)).modules.find((m) => m.name === "pkg")!;
    expect(stricter.findings).toEqual(reference([fileA, fileB], 13));
    expect(stricter.findings.filter((f) => f.kind === "complex-function").map((f) => f.symbol)).toEqual(["wrapper", "big"]);
  });

  it("still refuses an invalid finding", () => {
    const bad: FileAnalysis = { ...fileB, path: "pkg/c.py", symbols: [{ name: "a\u0000b", kind: "function", line: 1, documented: false }] };
    expect(() => buildDocument(input([bad]))).toThrow(/internal error: scan document invalid.*NUL/);
    expect(() => buildDocument(input([bad], 10, false))).toThrow(/internal error: scan document invalid.*NUL/);
  });
});

describe("buildDocument finding reuse", () => {
  it("does not let a reused finding hide a difference (null vs undefined file, NaN vs null)", () => {
    const doc = buildDocument(input([fileA]));
    const again = buildDocument(input([fileA]));
    const clones = (d: typeof doc) => d.modules.find((m) => m.name === "pkg")!.findings.filter((f) => f.kind === "clone");
    // Equal content: the same validated object is handed out again.
    expect(clones(again)[0]).toBe(clones(doc)[0]);
    const nan: Clone = { ...clone, a: { ...clone.a, startLine: Number.NaN } };
    const bad = input([fileA]);
    bad.clones = { ...bad.clones, clones: [nan] };
    expect(() => buildDocument(bad)).toThrow(/internal error/);
  });
});
