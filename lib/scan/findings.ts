import { createHash } from "node:crypto";
import type { Finding } from "../ingest/schema";
import type { Clone } from "./duplication/detect-clones";
import type { FileCoverage } from "./reports/coverage";
import type { FunctionMetrics, PublicSymbol } from "./types";
import { mapObjects } from "./object-array";

export type FindingInput = Omit<Finding, "startLine" | "endLine" | "symbol" | "threshold" | "message" | "fingerprint" | "other"> &
  Partial<Pick<Finding, "startLine" | "endLine" | "symbol" | "threshold" | "message" | "fingerprint" | "other">>;

/**
 * Identity of a finding across scans: category, kind, file and symbol, never line numbers, so a
 * function that moves down a file keeps its history. Same recipe as the server's fallback.
 */
export function fingerprint(parts: { category: string; kind: string; file: string | null; symbol: string | null }): string {
  return createHash("sha256")
    .update([parts.category, parts.kind, parts.file ?? "", parts.symbol ?? ""].join("\u0000"))
    .digest("hex")
    .slice(0, 32);
}

// Plain code-unit comparison: localeCompare is ~50x slower and 30k findings are common.
const cmp = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);

/** A module's finding order: category, kind, file, start line. */
export function compareFindings(x: FindingInput, y: FindingInput): number {
  return cmp(x.category, y.category) || cmp(x.kind, y.kind) || cmp(x.file ?? "", y.file ?? "") || (x.startLine ?? 0) - (y.startLine ?? 0);
}

/** A finding's own fingerprint, or the one derived from what identifies it; repeats get "#n". */
export function baseFingerprint(f: FindingInput): string {
  return f.fingerprint ?? fingerprint({ category: f.category, kind: f.kind, file: f.file, symbol: f.symbol ?? null });
}

/** The `n`th finding with fingerprint `base` in a module: the first keeps it, later ones get "#n". */
export function numberedFingerprint(base: string, n: number): string {
  return n === 1 ? base : `${base}#${n}`;
}

/**
 * The findings in module order, each with a fingerprint unique within its module: repeats (two
 * nested functions named `wrapper` in one file) get "#2", "#3" in line order, which is what the
 * server would do too.
 */
export function numberFindings(findings: FindingInput[]): Array<[FindingInput, string]> {
  const sorted = [...findings].sort(compareFindings);
  const seen = new Map<string, number>();
  return mapObjects(sorted, (f): [FindingInput, string] => {
    const base = baseFingerprint(f);
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return [f, numberedFingerprint(base, n)];
  });
}

/** A numbered finding with every optional field present. */
export function finalFinding(f: FindingInput, fingerprint: string): Finding {
  return { startLine: null, endLine: null, symbol: null, threshold: null, message: null, other: null, ...f, fingerprint };
}

/** Findings in module order with their final fingerprints (see numberFindings). */
export function finalizeFindings(findings: FindingInput[]): Finding[] {
  return mapObjects(numberFindings(findings), ([f, fp]) => finalFinding(f, fp));
}

export function complexFunctionFinding(file: string, fn: FunctionMetrics, threshold: number): FindingInput {
  return {
    category: "complexity",
    kind: "complex-function",
    file,
    startLine: fn.startLine,
    endLine: Math.max(fn.endLine, fn.startLine),
    symbol: fn.name,
    value: fn.ccn,
    threshold,
    message: `${fn.name} has cyclomatic complexity ${fn.ccn} (threshold ${threshold}, ${fn.nloc} NLOC)`,
  };
}

export function undocumentedFinding(file: string, s: PublicSymbol): FindingInput {
  return {
    category: "docs",
    kind: "undocumented-symbol",
    file,
    startLine: s.line,
    endLine: s.line,
    symbol: s.name,
    value: 1,
    message: `public ${s.kind} ${s.name} has no documentation`,
  };
}

export function missingReadmeFinding(modulePath: string): FindingInput {
  return {
    category: "docs",
    kind: "missing-readme",
    file: null,
    symbol: modulePath || null,
    value: 1,
    message: `no README in ${modulePath || "the repository root"}`,
  };
}

/** One clone finding per side that lies in the module; `other` is the opposite occurrence. */
export function cloneFinding(clone: Clone, side: "a" | "b"): FindingInput {
  const here = side === "a" ? clone.a : clone.b;
  const there = side === "a" ? clone.b : clone.a;
  return {
    category: "duplication",
    kind: "clone",
    file: here.path,
    startLine: here.startLine,
    endLine: here.endLine,
    value: here.endLine - here.startLine + 1,
    message: `${clone.tokens} tokens duplicated at ${there.path}:${there.startLine}-${there.endLine}`,
    fingerprint: clone.fingerprint.slice(0, 120),
    other: { file: there.path, startLine: there.startLine, endLine: there.endLine },
  };
}

export function uncoveredFileFinding(file: string, cov: FileCoverage, minimum: number): FindingInput | null {
  if (cov.validLines === 0) return null;
  const ratio = cov.coveredLines / cov.validLines;
  if (ratio >= minimum) return null;
  const uncovered = cov.validLines - cov.coveredLines;
  return {
    category: "test",
    kind: "uncovered-file",
    file,
    startLine: cov.uncoveredLines[0] ?? null,
    endLine: cov.uncoveredLines[0] ?? null,
    value: uncovered,
    message: `${Math.round(ratio * 100)}% of ${cov.validLines} lines covered (minimum ${Math.round(minimum * 100)}%); ${uncovered} uncovered`,
  };
}
