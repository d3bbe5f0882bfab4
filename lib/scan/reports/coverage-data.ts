/**
 * Coverage as the readers collect it, and the union rule used to merge several reports.
 *
 * Merge rule (documented in docs/scanner-reports.md): a line is executable when any report says so
 * and covered when any report saw it run. Branches merge within a branch scheme: named branches
 * (LCOV/Istanbul ids, coverage.py arcs) branch by branch, covered when covered in either; Cobertura's
 * per-line counts by the larger total and larger covered count per line. Across schemes branches
 * cannot be matched, so a file's branch figures are those of the scheme with the most covered.
 */
export interface FileCoverage {
  coveredLines: number;
  validLines: number;
  coveredBranches: number;
  validBranches: number;
  /** Executable lines no report saw run, ascending. */
  uncoveredLines: number[];
}

/** Branches of one source line as one or more reports of one branch scheme describe them. */
export interface BranchLine {
  total: number;
  covered: number;
  /** Branch identity -> taken, when the scheme names branches; null for per-line counts. */
  taken: Map<string, boolean> | null;
}

/**
 * How a format identifies branches. Identities are comparable only within one scheme: LCOV and
 * Istanbul JSON share "block,branch" ids, coverage.py JSON names arcs, Cobertura gives counts.
 */
export type BranchScheme = "lcov" | "coveragepy" | "counts";

export interface BranchGroup {
  lines: Map<number, BranchLine>;
  /** Covered branches the report lists but does not count (see RawFileCoverage.surplusLines). */
  surplus: number;
}

/** One file of one report (or of several merged), before or after its path is mapped. */
export interface RawFileCoverage {
  path: string;
  lines: Map<number, number>;
  branches: Map<BranchScheme, BranchGroup>;
  /**
   * Covered lines the report lists but its own totals do not count. coverage.py lists executed
   * docstrings in `executed_lines` and as LCOV `DA` records (and executed arcs that are not branch
   * possibilities) without saying which; its totals, and ours, leave them out.
   */
  surplusLines: number;
}

export function newRawFile(path: string): RawFileCoverage {
  return { path, lines: new Map(), branches: new Map(), surplusLines: 0 };
}

export function addHits(raw: RawFileCoverage, line: number, hits: number): void {
  raw.lines.set(line, (raw.lines.get(line) ?? 0) + hits);
}

function group(raw: RawFileCoverage, scheme: BranchScheme): BranchGroup {
  let g = raw.branches.get(scheme);
  if (!g) {
    g = { lines: new Map(), surplus: 0 };
    raw.branches.set(scheme, g);
  }
  return g;
}

export function addNamedBranch(raw: RawFileCoverage, scheme: Exclude<BranchScheme, "counts">, line: number, key: string, taken: boolean): void {
  mergeBranchLine(group(raw, scheme).lines, line, { total: 1, covered: taken ? 1 : 0, taken: new Map([[key, taken]]) });
}

export function addCountedBranches(raw: RawFileCoverage, line: number, total: number, covered: number): void {
  mergeBranchLine(group(raw, "counts").lines, line, { total, covered: Math.min(covered, total), taken: null });
}

/** The producer's own branch count: branches listed beyond it are covered extras (coverage.py). */
export function declareBranchTotal(raw: RawFileCoverage, scheme: BranchScheme, declared: number): void {
  const g = raw.branches.get(scheme);
  if (!g) return;
  let listed = 0;
  for (const branch of g.lines.values()) listed += branch.total;
  g.surplus = Math.max(0, listed - declared);
}

function mergeBranchLine(lines: Map<number, BranchLine>, line: number, from: BranchLine): void {
  const into = lines.get(line);
  if (!into) {
    lines.set(line, { ...from, taken: from.taken ? new Map(from.taken) : null });
    return;
  }
  if (into.taken && from.taken) {
    for (const [key, taken] of from.taken) into.taken.set(key, (into.taken.get(key) ?? false) || taken);
    into.total = into.taken.size;
    into.covered = 0;
    for (const taken of into.taken.values()) if (taken) into.covered++;
    return;
  }
  into.total = Math.max(into.total, from.total);
  into.covered = Math.min(into.total, Math.max(into.covered, from.covered));
  into.taken = null;
}

/** Merges `from` into `into` with the union rule. */
export function mergeRawFile(into: RawFileCoverage, from: RawFileCoverage): void {
  // The uncounted lines are the same few docstrings in every run, so the larger surplus stands for all.
  into.surplusLines = Math.max(into.surplusLines, from.surplusLines);
  for (const [line, hits] of from.lines) addHits(into, line, hits);
  for (const [scheme, fromGroup] of from.branches) {
    const g = group(into, scheme);
    g.surplus = Math.max(g.surplus, fromGroup.surplus);
    for (const [line, branch] of fromGroup.lines) mergeBranchLine(g.lines, line, branch);
  }
}

export function summarizeFile(raw: RawFileCoverage): FileCoverage {
  const uncoveredLines: number[] = [];
  let coveredLines = 0;
  for (const [line, hits] of raw.lines) {
    if (hits > 0) coveredLines++;
    else uncoveredLines.push(line);
  }
  uncoveredLines.sort((a, b) => a - b);
  // Branches cannot be matched across schemes, so the scheme that saw the most covered branches speaks.
  let validBranches = 0;
  let coveredBranches = 0;
  for (const g of raw.branches.values()) {
    let valid = 0;
    let covered = 0;
    for (const branch of g.lines.values()) {
      valid += branch.total;
      covered += branch.covered;
    }
    const surplus = Math.min(g.surplus, covered);
    valid -= surplus;
    covered -= surplus;
    if (covered > coveredBranches || (covered === coveredBranches && valid > validBranches)) {
      validBranches = valid;
      coveredBranches = covered;
    }
  }
  const lineSurplus = Math.min(raw.surplusLines, coveredLines);
  return {
    coveredLines: coveredLines - lineSurplus,
    validLines: raw.lines.size - lineSurplus,
    coveredBranches,
    validBranches,
    uncoveredLines,
  };
}
