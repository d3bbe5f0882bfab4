import { describe, expect, it } from "vitest";
import type { Finding, ScanDocument } from "../ingest/schema";
import { findingsJoined, serializeDocument } from "./serialize-document";

const finding = (file: string, line: number, message = "x"): Finding => ({
  category: "duplication", kind: "clone", file, startLine: line, endLine: line + 5, symbol: null, value: 6, threshold: null,
  message, fingerprint: `fp-${file}-${line}`, other: { file: "b.py", startLine: 1, endLine: 6 },
});

function doc(findings: Finding[][]): ScanDocument {
  return {
    schemaVersion: 1,
    commit: { sha: "a".repeat(40), branch: "main", committedAt: "2026-01-01T00:00:00.000Z", message: 'fix: "quotes", \\ and \u2028' },
    scannedAt: "2026-01-01T00:00:00.000Z",
    scanner: { name: "paydown-scan", version: "0.1.0" },
    modules: findings.map((f, i) => ({
      name: `m${i} "findings"`, path: `m${i}`, owners: ["@team"], files: 1, lines: 10,
      test: { coverage: null, results: null }, docs: { readme: false, publicSymbols: 0, documentedSymbols: 0 },
      complexity: { threshold: 10, functions: 0, overThreshold: 0, maxCcn: 0, meanCcn: 0, nloc: 0, overThresholdNloc: 0 },
      duplication: { lines: 10, duplicatedLines: 6, clones: f.length }, churn: null, findings: f,
    })),
    skipped: [{ path: "gen.py", reason: "generated" }],
    unmappedReportPaths: [],
  } as ScanDocument;
}

describe("serializeDocument", () => {
  it("is exactly JSON.stringify's UTF-8, with special characters, empty modules and no modules", () => {
    for (const d of [doc([[finding("a.py", 1, "tab\there, emoji 😀, nul \u0000")], [], [finding("c.py", 3)]]), doc([])]) {
      expect(serializeDocument(d).toString("utf8")).toBe(JSON.stringify(d));
    }
  });

  it("stays exact when findings objects are reused across documents and new ones appear", () => {
    const shared = [finding("a.py", 1), finding("a.py", 9)];
    const first = doc([shared]);
    expect(serializeDocument(first).toString("utf8")).toBe(JSON.stringify(first));
    const second = doc([[...shared, finding("z.py", 2, "new")], [shared[0]!]]);
    expect(serializeDocument(second).toString("utf8")).toBe(JSON.stringify(second));
  });

  it("reuses a module's bytes only for the very same findings in the same order", () => {
    const [x, y] = [finding("a.py", 1), finding("a.py", 9)];
    const check = (d: ScanDocument) => expect(serializeDocument(d).toString("utf8")).toBe(JSON.stringify(d));
    check(doc([[x, y]]));
    check(doc([[x, y]]));
    check(doc([[y, x]]));
    // Equal content, new objects, one changed: same length, different bytes.
    check(doc([[finding("a.py", 9), finding("a.py", 1, "changed")]]));
    check(doc([[]]));
  });

  it("is not fooled by a module whose own fields look like the placeholder", () => {
    const d = doc([[finding("a.py", 1)]]);
    d.modules[0]!.name = '"\\u0000paydown-findings:"';
    expect(serializeDocument(d).toString("utf8")).toBe(JSON.stringify(d));
  });
});

describe("findingsJoined", () => {
  it("is the findings array's JSON without its brackets, one finding seen before or not", () => {
    const seen = finding("a.py", 1, "ü, \u2028 and 😀");
    serializeDocument(doc([[seen]]));
    for (const list of [[], [seen], [seen, finding("b.py", 2, "\"quoted\"")], [finding("c.py", 3), seen, finding("c.py", 9)]]) {
      expect(findingsJoined(list).toString("utf8")).toBe(JSON.stringify(list).slice(1, -1));
    }
  });
});
