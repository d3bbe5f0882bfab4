import { ReportError } from "./report-error";
import { addHits, addNamedBranch, declareBranchTotal, newRawFile, type RawFileCoverage } from "./coverage-data";

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

export function isCoveragePyJson(doc: Json): boolean {
  return isObject(doc.meta) && isObject(doc.files);
}

/** coverage-summary.json has totals only: no lines, so nothing to attribute or list as uncovered. */
export function isIstanbulSummary(doc: Json): boolean {
  return isObject(doc.total) && isObject((doc.total as Json).lines);
}

/**
 * coverage.py `coverage json`. Statements are missing_lines plus executed_lines; executed lines that
 * coverage.py also lists as excluded are not statements (it reports them as run but never counts them).
 * With --branch, executed_branches/missing_branches are [from, to] arcs, grouped on the from line.
 * coverage.py (6.5 at least) also lists executed docstring lines and executed arcs that are not
 * branch possibilities; the file's summary says how many statements and branches there really are,
 * and the difference is kept as a surplus of covered items (see RawFileCoverage).
 */
export function readCoveragePyJson(file: string, doc: Json): RawFileCoverage[] {
  const out: RawFileCoverage[] = [];
  for (const [path, value] of Object.entries(doc.files as Json)) {
    if (!isObject(value)) throw new ReportError(file, `files["${path}"] is not an object`);
    const raw = newRawFile(path);
    const excluded = new Set(numbers(file, path, value.excluded_lines, "excluded_lines"));
    for (const line of numbers(file, path, value.missing_lines, "missing_lines")) addHits(raw, line, 0);
    for (const line of numbers(file, path, value.executed_lines, "executed_lines")) {
      if (!excluded.has(line)) addHits(raw, line, 1);
    }
    for (const [arcs, taken] of [
      [value.executed_branches, true],
      [value.missing_branches, false],
    ] as const) {
      if (arcs === undefined) continue;
      if (!Array.isArray(arcs)) throw new ReportError(file, `files["${path}"] branches are not a list`);
      for (const arc of arcs) {
        if (!Array.isArray(arc) || arc.length !== 2 || !arc.every(Number.isInteger)) {
          throw new ReportError(file, `files["${path}"] has an invalid branch arc ${JSON.stringify(arc)}`);
        }
        addNamedBranch(raw, "coveragepy", arc[0], `${arc[0]}>${arc[1]}`, taken);
      }
    }
    const summary = isObject(value.summary) ? value.summary : {};
    if (typeof summary.num_statements === "number") raw.surplusLines = Math.max(0, raw.lines.size - summary.num_statements);
    if (typeof summary.num_branches === "number") declareBranchTotal(raw, "coveragepy", summary.num_branches);
    out.push(raw);
  }
  return out;
}

function numbers(file: string, path: string, value: unknown, field: string): number[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || !value.every((n) => Number.isInteger(n) && n > 0)) {
    throw new ReportError(file, `files["${path}"].${field} is not a list of line numbers`);
  }
  return value as number[];
}

/**
 * Istanbul coverage-final.json (nyc, c8, vitest, jest). Lines follow istanbul-lib-coverage's
 * getLineCoverage: a line's count is the highest count of the statements that start on it, so a
 * line is covered when any statement starting there ran, and lines with no statement start are not
 * executable. Branches are every entry of `b`, as its summary counts them.
 */
export function readIstanbulJson(file: string, doc: Json): RawFileCoverage[] {
  const out: RawFileCoverage[] = [];
  for (const [key, value] of Object.entries(doc)) {
    if (!isObject(value)) throw new ReportError(file, `entry "${key}" is not an Istanbul file coverage object`);
    const path = typeof value.path === "string" && value.path !== "" ? value.path : key;
    const raw = newRawFile(path);
    const statementMap = isObject(value.statementMap) ? value.statementMap : null;
    const counts = isObject(value.s) ? value.s : null;
    if (statementMap && counts) {
      const lineMax = new Map<number, number>();
      for (const [id, count] of Object.entries(counts)) {
        const loc = statementMap[id];
        const line = isObject(loc) && isObject(loc.start) ? loc.start.line : undefined;
        if (typeof line !== "number") continue; // istanbul skips statements missing from the map
        if (typeof count !== "number") throw new ReportError(file, `"${key}": statement ${id} has a non-numeric count`);
        const prev = lineMax.get(line);
        if (prev === undefined || prev < count) lineMax.set(line, count);
      }
      for (const [line, count] of lineMax) addHits(raw, line, Math.max(0, count));
    } else if (isObject(value.l)) {
      // Pre-1.0 istanbul wrote a ready line map.
      for (const [line, count] of Object.entries(value.l)) addHits(raw, Number(line), Math.max(0, Number(count) || 0));
    } else {
      throw new ReportError(file, `entry "${key}" has neither statementMap/s nor l`);
    }
    const branchMap = isObject(value.branchMap) ? value.branchMap : {};
    const branches = isObject(value.b) ? value.b : {};
    for (const [id, list] of Object.entries(branches)) {
      if (!Array.isArray(list)) throw new ReportError(file, `"${key}": branch ${id} counts are not a list`);
      const line = branchLine(branchMap[id]);
      list.forEach((count, i) => addNamedBranch(raw, "lcov", line, `${id},${i}`, typeof count === "number" && count > 0));
    }
    out.push(raw);
  }
  return out;
}

function branchLine(meta: unknown): number {
  if (!isObject(meta)) return 0;
  if (isObject(meta.loc) && isObject(meta.loc.start) && typeof meta.loc.start.line === "number") return meta.loc.start.line;
  if (typeof meta.line === "number") return meta.line;
  return 0;
}
