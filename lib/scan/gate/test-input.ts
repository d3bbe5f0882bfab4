import type { GateBaseline, ModuleReport, ScanDocument } from "../../ingest/schema";
import type { GateInput } from "./context";
import { gateConfigSchema } from "./gate-config";

type FindingIn = Partial<ModuleReport["findings"][number]> & Pick<ModuleReport["findings"][number], "kind" | "category" | "value">;

/** A finding with the scanner's defaults filled in. */
export function finding(f: FindingIn): ModuleReport["findings"][number] {
  return { file: null, startLine: null, endLine: null, symbol: null, threshold: null, message: null, fingerprint: null, other: null, ...f };
}

/** A module of a scan document: no findings, no coverage unless given. */
export function mod(name: string, path: string, extra: Partial<ModuleReport> = {}): ModuleReport {
  return {
    name,
    path,
    owners: [],
    files: 1,
    lines: 100,
    test: { coverage: null, results: null },
    docs: { readme: true, publicSymbols: 0, documentedSymbols: 0 },
    complexity: { threshold: 10, functions: 1, overThreshold: 0, maxCcn: 1, meanCcn: 1, nloc: 100, overThresholdNloc: 0 },
    duplication: { lines: 100, duplicatedLines: 0, clones: 0 },
    churn: null,
    findings: [],
    ...extra,
  };
}

export function doc(modules: ModuleReport[]): ScanDocument {
  return {
    schemaVersion: 1,
    commit: { sha: "b".repeat(40), branch: "feature", committedAt: null, message: null },
    scannedAt: "2026-11-20T10:00:00Z",
    scanner: { name: "paydown-scan", version: "test" },
    modules,
    skipped: [],
    unmappedReportPaths: [],
  };
}

/** A baseline holding the given scan's modules, priced with the default complexity and clone rules. */
export function baselineOf(scan: ScanDocument, extra: Partial<GateBaseline> = {}): GateBaseline {
  return {
    project: { org: "acme", slug: "shop", url: "https://paydown.test/orgs/acme/projects/shop", coverageMinimum: 0.8 },
    scan: { id: "s1", commitSha: "a".repeat(40), branch: "main", committedAt: null, scannedAt: "2026-11-19T10:00:00Z" },
    debtModel: { rules: { "complex-function": { base: 10, step: 5 }, clone: { base: 10, step: 1 }, "undocumented-symbol": { base: 5, step: 0 }, "uncovered-file": { base: 0, step: 5 } } },
    modules: scan.modules.map((m) => ({
      name: m.name,
      path: m.path,
      lines: m.lines,
      coverage: m.test.coverage ? { coveredLines: m.test.coverage.coveredLines, validLines: m.test.coverage.validLines } : null,
      testResults: m.test.results != null,
      debtMinutes: { test: 0, docs: 0, complexity: 0, duplication: 0, total: 0 },
      findings: m.findings.map((f) => ({ ...f, fingerprint: f.fingerprint ?? `${f.kind}:${f.file}:${f.symbol}` })),
    })),
    teams: [],
    plans: [],
    ...extra,
  };
}

export function input(parts: Partial<GateInput> & Pick<GateInput, "baseline" | "current">): GateInput {
  return {
    changed: new Map(),
    previous: new Map(),
    sourceFiles: [],
    coverage: null,
    config: gateConfigSchema.parse({}),
    ...parts,
  };
}

export const lines = (...ls: number[]) => new Set(ls);
