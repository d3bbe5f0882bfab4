import type { ScanDocumentInput } from "./schema";

/**
 * A complete, valid scan document: the example in docs/scan-format.md and a fixture for tests.
 * Each call returns a fresh object so callers can mutate it.
 */
export function sampleScanDocument(sha = "3f2a9c1d4b5e6f708192a3b4c5d6e7f801234567"): ScanDocumentInput {
  return {
    schemaVersion: 1,
    commit: { sha, branch: "main", committedAt: "2026-11-16T09:30:00Z", message: "Split invoice rendering" },
    scannedAt: "2026-11-16T09:42:10Z",
    scanner: { name: "paydown-scan", version: "0.1.0" },
    modules: [
      {
        name: "billing",
        path: "src/billing",
        owners: ["@acme/payments"],
        files: 14,
        lines: 2150,
        test: {
          coverage: { coveredLines: 1320, validLines: 1800, coveredBranches: 210, validBranches: 340 },
          results: {
            tests: 182,
            failures: 1,
            skipped: 3,
            durationMs: 48210,
            slowest: [{ name: "test_invoice_pdf_render", file: "tests/billing/test_pdf.py", durationMs: 6120 }],
            flaky: [{ name: "test_retry_webhook", file: "tests/billing/test_webhooks.py" }],
          },
        },
        docs: { readme: true, publicSymbols: 64, documentedSymbols: 41 },
        complexity: {
          threshold: 10,
          functions: 211,
          overThreshold: 2,
          maxCcn: 23,
          meanCcn: 3.4,
          nloc: 1890,
          overThresholdNloc: 142,
        },
        duplication: { lines: 2150, duplicatedLines: 96, clones: 3 },
        churn: { windowDays: 90, commits: 37, authors: 5, bugfixCommits: 4 },
        findings: [
          {
            category: "complexity",
            kind: "complex-function",
            file: "src/billing/invoice.py",
            startLine: 88,
            endLine: 171,
            symbol: "Invoice.render",
            value: 23,
            threshold: 10,
          },
          {
            category: "duplication",
            kind: "clone",
            file: "src/billing/invoice.py",
            startLine: 200,
            endLine: 231,
            value: 32,
            threshold: 5,
            fingerprint: "clone-5be0d1c2a9",
            other: { file: "src/billing/credit_note.py", startLine: 40, endLine: 71 },
          },
          {
            category: "docs",
            kind: "undocumented-symbol",
            file: "src/billing/tax.py",
            startLine: 12,
            endLine: 12,
            symbol: "vat_rate",
            value: 1,
          },
          {
            category: "test",
            kind: "uncovered-file",
            file: "src/billing/export.py",
            value: 120,
            threshold: 24,
            message: "120 of 120 lines not covered",
          },
          {
            category: "test",
            kind: "flaky-test",
            file: "tests/billing/test_webhooks.py",
            symbol: "test_retry_webhook",
            value: 1,
          },
        ],
      },
      {
        name: "api",
        path: "src/api",
        owners: [],
        files: 6,
        lines: 640,
        test: { coverage: null, results: null },
        docs: { readme: false, publicSymbols: 12, documentedSymbols: 12 },
        complexity: {
          threshold: 10,
          functions: 40,
          overThreshold: 0,
          maxCcn: 7,
          meanCcn: 2.1,
          nloc: 600,
          overThresholdNloc: 0,
        },
        duplication: { lines: 640, duplicatedLines: 0, clones: 0 },
        findings: [{ category: "docs", kind: "missing-readme", file: null, value: 1, message: "No README in src/api" }],
      },
    ],
    skipped: [{ path: "src/vendor/chart.min.js", reason: "minified" }],
    unmappedReportPaths: [],
  };
}
