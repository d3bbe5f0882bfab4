import { dirname, resolve } from "node:path";
import { readCoberturaDocument, type MappedRaw } from "./cobertura";
import { mergeRawFile, newRawFile, summarizeFile, type FileCoverage, type RawFileCoverage } from "./coverage-data";
import { isCoveragePyJson, isIstanbulSummary, readCoveragePyJson, readIstanbulJson } from "./coverage-json";
import { looksLikeGoCover, readGoCover } from "./go-cover";
import { JACOCO_ARRAYS, readJacocoDocument } from "./jacoco";
import { readLcov } from "./lcov";
import type { PathMapper } from "./path-mapper";
import { ReportError } from "./report-error";
import { parseXml } from "./xml";
import { readReport } from "./read-report";

export type { FileCoverage } from "./coverage-data";

export type CoverageFormat = "cobertura" | "jacoco" | "lcov" | "coveragepy-json" | "istanbul-json" | "go-cover";

export interface CoverageResult {
  /** Repository path -> merged coverage of every report that named it. */
  files: Map<string, FileCoverage>;
  /** Report paths that matched no repository file (or more than one), each listed once. */
  unmapped: string[];
  /** Reports that could not be read; only filled with { failFast: false }, otherwise the first one throws. */
  errors: ReportError[];
  /** The detected format of each report read, in input order. */
  formats: Array<{ file: string; format: CoverageFormat }>;
}

/** Tags that repeat in Cobertura and in JaCoCo reports (the parser keeps them as arrays). */
const XML_ARRAYS = new Set(["source", "package", "class", "line", "method", "condition", ...JACOCO_ARRAYS]);

/**
 * Reads coverage reports of any supported format (detected from the content, not the extension)
 * and merges them per repository file with the union rule of coverage-data.ts.
 */
export async function readCoverage(
  reportFiles: string[],
  mapper: PathMapper,
  options: { failFast?: boolean } = {},
): Promise<CoverageResult> {
  const failFast = options.failFast ?? true;
  const merged = new Map<string, RawFileCoverage>();
  const unmapped = new Set<string>();
  const errors: ReportError[] = [];
  const formats: CoverageResult["formats"] = [];
  for (const file of reportFiles) {
    let parsed: { format: CoverageFormat; entries: MappedRaw[] };
    try {
      parsed = parseCoverageReport(file, await readReport(file));
    } catch (error) {
      const reportError = error instanceof ReportError ? error : new ReportError(file, (error as Error).message);
      if (failFast) throw reportError;
      errors.push(reportError);
      continue;
    }
    formats.push({ file, format: parsed.format });
    for (const { raw, context } of parsed.entries) {
      const repoPath = mapper.map(raw.path, context);
      if (repoPath === null) {
        unmapped.add(raw.path);
        continue;
      }
      let target = merged.get(repoPath);
      if (!target) {
        target = newRawFile(repoPath);
        merged.set(repoPath, target);
      }
      mergeRawFile(target, raw);
    }
  }
  const files = new Map<string, FileCoverage>();
  for (const [path, raw] of [...merged].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) files.set(path, summarizeFile(raw));
  return { files, unmapped: [...unmapped], errors, formats };
}

export function parseCoverageReport(file: string, content: string): { format: CoverageFormat; entries: MappedRaw[] } {
  const reportDir = dirname(resolve(file));
  const first = content.trimStart()[0];
  if (first === "<") {
    const doc = parseXml(file, content, XML_ARRAYS);
    // The root element tells the formats apart: <coverage> is Cobertura, <report> JaCoCo.
    if (doc.report !== undefined && doc.coverage === undefined) return { format: "jacoco", entries: readJacocoDocument(file, doc) };
    if (doc.coverage === undefined) {
      const root = Object.keys(doc).find((k) => !k.startsWith("?")) ?? "?";
      throw new ReportError(file, `XML root <${root}> is not a Cobertura or JaCoCo coverage report`);
    }
    const entries = readCoberturaDocument(file, doc, reportDir);
    return { format: "cobertura", entries };
  }
  if (first === "{") {
    const doc = parseJson(file, content);
    if (isCoveragePyJson(doc)) return { format: "coveragepy-json", entries: withDir(readCoveragePyJson(file, doc), reportDir) };
    if (isIstanbulSummary(doc)) {
      throw new ReportError(file, "coverage-summary.json has totals only, no lines; pass coverage-final.json instead");
    }
    return { format: "istanbul-json", entries: withDir(readIstanbulJson(file, doc), reportDir) };
  }
  if (looksLikeGoCover(content)) return { format: "go-cover", entries: withDir(readGoCover(file, content), reportDir) };
  if (looksLikeLcov(content)) return { format: "lcov", entries: withDir(readLcov(file, content), reportDir) };
  throw new ReportError(file, "unrecognised coverage report (expected Cobertura or JaCoCo XML, LCOV, coverage.py JSON, Istanbul JSON or a Go coverage profile)");
}

function withDir(raws: RawFileCoverage[], reportDir: string): MappedRaw[] {
  return raws.map((raw) => ({ raw, context: { reportDir } }));
}

function looksLikeLcov(content: string): boolean {
  for (const line of content.split("\n", 50)) {
    const t = line.trim();
    if (t.startsWith("SF:") || t.startsWith("TN:")) return true;
  }
  // An empty tracefile (no files measured) is a valid, empty LCOV report.
  return content.trim() === "";
}

function parseJson(file: string, content: string): Record<string, unknown> {
  let doc: unknown;
  try {
    doc = JSON.parse(content);
  } catch (error) {
    const message = (error as Error).message;
    const { line, column } = jsonPosition(content, message);
    throw new ReportError(file, `malformed JSON: ${message}`, line, column);
  }
  if (doc === null || typeof doc !== "object" || Array.isArray(doc)) throw new ReportError(file, "JSON report is not an object");
  return doc as Record<string, unknown>;
}

/** V8 names the character offset ("at position 123"); turn it into line and column. */
function jsonPosition(content: string, message: string): { line: number | null; column: number | null } {
  const marker = "position ";
  const at = message.indexOf(marker);
  if (at < 0) return { line: null, column: null };
  const offset = Number.parseInt(message.slice(at + marker.length), 10);
  if (!Number.isFinite(offset)) return { line: null, column: null };
  const before = content.slice(0, offset);
  const line = before.split("\n").length;
  return { line, column: offset - before.lastIndexOf("\n") };
}
