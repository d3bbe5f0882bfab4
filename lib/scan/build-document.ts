import { mapObjects } from "./object-array";
import { SCAN_SCHEMA_VERSION, type Finding, type ModuleReport, type ScanDocument } from "../ingest/schema";
import { CHURN_WINDOW_DAYS, type ModuleChurn } from "./churn";
import type { ScanConfig } from "./config";
import { aggregateByModule, type ModuleDuplication } from "./duplication/aggregate-by-module";
import type { Clone, CloneResult } from "./duplication/detect-clones";
import type { Skipped } from "./files";
import { cloneFindingInput, fileFindings, moduleFindings, validateDocument } from "./file-findings";
import { blockFindings } from "./finding-blocks";
import { missingReadmeFinding, uncoveredFileFinding, type FindingInput } from "./findings";
import { ROOT_MODULE, type ModuleDef } from "./modules";
import { moduleOwners, type Codeowners } from "./owners";
import type { FileCoverage } from "./reports/coverage";
import type { TestCase } from "./reports/junit";
import { summarizeTests } from "./reports/test-summary";
import { testFindings } from "./test-results";
import type { AnalysisSummary, FileAnalysis } from "./types";
import { summarize } from "./analysis-summary";

export const SCANNER_NAME = "paydown-scan";
export const SCANNER_VERSION = "0.1.0";

export interface BuildInput {
  config: ScanConfig;
  modules: ModuleDef[];
  moduleOf: (path: string) => ModuleDef;
  analyses: FileAnalysis[];
  /** Every file of the snapshot (README lookup). */
  allPaths: string[];
  clones: CloneResult;
  /** Null: no coverage report given (every module's coverage is unknown). */
  coverage: Map<string, FileCoverage> | null;
  /** Null: no JUnit report given. */
  tests: TestCase[] | null;
  churn: Map<string, ModuleChurn> | null;
  codeowners: Codeowners | null;
  commit: { sha: string; branch: string | null; committedAt: string | null; message: string | null };
  scannedAt: string;
  skipped: Skipped[];
  unmappedReportPaths: string[];
  /** More documents of neighbouring commits follow (history backfill): keep per-file findings. */
  reuse?: boolean;
}

/** A README, or a package's documentation file in Java (package-info.java) and Go (doc.go). */
const README = /^(readme(\.[a-z0-9]+)?|package-info\.java|doc\.go)$/i;

interface Acc {
  def: ModuleDef;
  files: string[];
  nloc: number;
  functions: number;
  overThreshold: number;
  maxCcn: number;
  ccnSum: number;
  fnNloc: number;
  overNloc: number;
  publicSymbols: number;
  documented: number;
  cov: { coveredLines: number; validLines: number; coveredBranches: number; validBranches: number } | null;
  findings: FindingInput[];
  /** Complexity and docs findings of its files, final already (see fileFindings). */
  fileFindings: Finding[][];
}

/** One missing-README finding object per module path while reusing, so a module's inputs repeat as objects. */
const readmeFindings = new Map<string, FindingInput>();

function readmeFinding(path: string, reuse: boolean): FindingInput {
  if (!reuse) return missingReadmeFinding(path);
  let f = readmeFindings.get(path);
  if (!f) readmeFindings.set(path, (f = missingReadmeFinding(path)));
  return f;
}

interface CloneSides {
  moduleOf: (path: string) => ModuleDef;
  modules: [string, string];
  inputs: [FindingInput, FindingInput];
}

/**
 * Kept per clone object while reusing, for one module assignment (the same function from point
 * to point while the modules stay: see scan-tree.ts): a backfill point asks this of every clone.
 */
const sidesByClone = new WeakMap<Clone, CloneSides>();

/** A clone's sides' modules and finding inputs. */
function cloneSides(clone: Clone, moduleOf: (path: string) => ModuleDef, reuse: boolean): CloneSides {
  const hit = reuse ? sidesByClone.get(clone) : undefined;
  if (hit && hit.moduleOf === moduleOf) return hit;
  const sides: CloneSides = {
    moduleOf,
    modules: [moduleOf(clone.a.path).name, moduleOf(clone.b.path).name],
    inputs: [cloneFindingInput(clone, "a", reuse), cloneFindingInput(clone, "b", reuse)],
  };
  if (reuse) sidesByClone.set(clone, sides);
  return sides;
}

/** Kept per analysis object while reusing: a backfill point sums again only the files that changed. */
const totalsByAnalysis = new WeakMap<FileAnalysis, AnalysisSummary>();

/** A file's function and symbol sums, for its module's: a slim analysis brings its own. */
function fileTotals(f: FileAnalysis, threshold: number, reuse: boolean): AnalysisSummary {
  if (f.summary) {
    if (f.summary.threshold !== threshold) throw new Error(`internal error: ${f.path} was summarized for CCN threshold ${f.summary.threshold}, not ${threshold}`);
    return f.summary;
  }
  const hit = reuse ? totalsByAnalysis.get(f) : undefined;
  if (hit && hit.threshold === threshold) return hit;
  const t = summarize(f, threshold);
  if (reuse) totalsByAnalysis.set(f, t);
  return t;
}

/*
 * buildDocument's parts are functions of their own: as one function (with its callees inlined)
 * it was deoptimized and compiled again ten times in a SQLAlchemy backfill, ~70 ms of compiler
 * time each, as objects of new shapes reached one loop or another.
 */

/** Each module's metrics and per-file findings, from its files' analyses. */
function accumulateFiles(input: BuildInput, threshold: number): Map<string, Acc> {
  const acc = new Map<string, Acc>();
  // Config modules appear even when empty: someone asked for them by name.
  for (const def of input.modules) if (def.origin === "config") entryOf(acc, def);
  for (const f of input.analyses) {
    const a = entryOf(acc, input.moduleOf(f.path));
    a.files.push(f.path);
    a.nloc += f.nloc;
    const t = fileTotals(f, threshold, input.reuse ?? false);
    a.functions += t.functions;
    a.ccnSum += t.ccnSum;
    a.fnNloc += t.fnNloc;
    if (t.maxCcn > a.maxCcn) a.maxCcn = t.maxCcn;
    a.overThreshold += t.overThreshold;
    a.overNloc += t.overNloc;
    a.publicSymbols += t.publicSymbols;
    a.documented += t.documented;
    const ff = fileFindings(f, threshold, input.reuse ?? false);
    if (ff.complexity.length) a.fileFindings.push(ff.complexity);
    if (ff.undocumented.length) a.fileFindings.push(ff.undocumented);
    const cov = input.coverage?.get(f.path);
    if (cov) addCoverage(a, f.path, cov, input.config.thresholds.coverageMinimum);
  }
  if (acc.size === 0) entryOf(acc, input.modules.find((m) => m.origin === "root") ?? { name: ROOT_MODULE, path: "", origin: "root" });
  return acc;
}

function entryOf(acc: Map<string, Acc>, def: ModuleDef): Acc {
  let a = acc.get(def.name);
  if (!a) {
    a = { def, files: [], nloc: 0, functions: 0, overThreshold: 0, maxCcn: 0, ccnSum: 0, fnNloc: 0, overNloc: 0, publicSymbols: 0, documented: 0, cov: null, findings: [], fileFindings: [] };
    acc.set(def.name, a);
  }
  return a;
}

function addCoverage(a: Acc, path: string, cov: FileCoverage, minimum: number): void {
  a.cov ??= { coveredLines: 0, validLines: 0, coveredBranches: 0, validBranches: 0 };
  a.cov.coveredLines += cov.coveredLines;
  a.cov.validLines += cov.validLines;
  a.cov.coveredBranches += cov.coveredBranches;
  a.cov.validBranches += cov.validBranches;
  const finding = uncoveredFileFinding(path, cov, minimum);
  if (finding) a.findings.push(finding);
}

/** Each clone side's finding input into its module's; returns the modules' duplication figures. */
function addClones(input: BuildInput, acc: Map<string, Acc>, moduleName: (path: string) => string): Map<string, ModuleDuplication> {
  const sides = mapObjects(input.clones.clones, (clone) => cloneSides(clone, input.moduleOf, input.reuse ?? false));
  const dup = aggregateByModule(input.clones, moduleName, mapObjects(sides, (s) => s.modules));
  for (const { modules: [a, b], inputs } of sides) {
    acc.get(a)?.findings.push(inputs[0]);
    acc.get(b)?.findings.push(inputs[1]);
  }
  return dup;
}

/** The directories holding a README. */
function readmeDirs(paths: readonly string[]): Set<string> {
  const dirs = new Set<string>();
  for (const p of paths) {
    const slash = p.lastIndexOf("/");
    if (README.test(p.slice(slash + 1))) dirs.add(slash < 0 ? "" : p.slice(0, slash));
  }
  return dirs;
}

function findingsOf(a: Acc, reuse: boolean): Finding[] {
  return (reuse ? blockFindings(a.def.name, a.findings, a.fileFindings) : null) ?? moduleFindings(a.def.name, a.findings, a.fileFindings, reuse);
}

/** Aggregates per-file results into per-module metrics and findings, and validates the result. */
export function buildDocument(input: BuildInput): ScanDocument {
  const threshold = input.config.thresholds.complexity;
  const acc = accumulateFiles(input, threshold);
  const moduleName = (p: string) => input.moduleOf(p).name;
  const dup = addClones(input, acc, moduleName);

  const testsByModule = new Map<string, TestCase[]>();
  for (const t of input.tests ?? []) {
    if (!t.file) continue;
    const name = moduleName(t.file);
    if (!acc.has(name)) continue;
    const list = testsByModule.get(name) ?? [];
    list.push(t);
    testsByModule.set(name, list);
  }

  const dirsWithReadme = readmeDirs(input.allPaths);

  const modules: ModuleReport[] = [];
  for (const a of acc.values()) {
    const readme = dirsWithReadme.has(a.def.path);
    if (!readme) a.findings.push(readmeFinding(a.def.path, input.reuse ?? false));
    const cases = testsByModule.get(a.def.name);
    if (cases) a.findings.push(...testFindings(cases, input.config.thresholds.slowTestMs));
    const d = dup.get(a.def.name) ?? { lines: 0, duplicatedLines: 0, clones: 0 };
    const churn = input.churn ? input.churn.get(a.def.name) ?? { commits: 0, authors: 0, bugfixCommits: 0 } : null;
    const owners =
      a.def.owners ?? input.config.owners?.[a.def.name] ?? (input.codeowners ? moduleOwners(input.codeowners, a.files, a.def.path) : []);
    modules.push({
      name: a.def.name,
      path: a.def.path,
      owners,
      files: a.files.length,
      lines: a.nloc,
      test: { coverage: a.cov, results: cases ? summarizeTests(cases) : null },
      docs: { readme, publicSymbols: a.publicSymbols, documentedSymbols: a.documented },
      complexity: {
        threshold,
        functions: a.functions,
        overThreshold: a.overThreshold,
        maxCcn: a.maxCcn,
        meanCcn: a.functions ? Math.round((a.ccnSum / a.functions) * 100) / 100 : 0,
        nloc: a.fnNloc,
        overThresholdNloc: a.overNloc,
      },
      duplication: { lines: d.lines, duplicatedLines: Math.min(d.duplicatedLines, d.lines), clones: d.clones },
      churn: churn && { windowDays: CHURN_WINDOW_DAYS, ...churn },
      findings: findingsOf(a, input.reuse ?? false),
    });
  }
  modules.sort((x, y) => (x.name === ROOT_MODULE ? 1 : y.name === ROOT_MODULE ? -1 : x.name.localeCompare(y.name)));

  const doc: ScanDocument = {
    schemaVersion: SCAN_SCHEMA_VERSION,
    commit: input.commit,
    scannedAt: input.scannedAt,
    scanner: { name: SCANNER_NAME, version: SCANNER_VERSION },
    modules,
    skipped: input.skipped,
    unmappedReportPaths: input.unmappedReportPaths,
  };
  return validateDocument(doc);
}
