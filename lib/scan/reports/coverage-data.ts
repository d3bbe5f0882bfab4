/**
 * Coverage as the readers collect it, and the union rule used to merge several reports.
 *
 * Merge rule (documented in docs/scanner-reports.md): a line is executable when any report says so
 * and covered when any report saw it run. Branches are merged per line: two reports that name the
 * branches the same way (same format family) are merged branch by branch, covered when covered in
 * either; otherwise, or when a format gives only counts (Cobertura), the line keeps the larger total
 * and the larger covered count, which is the closest lower bound of the union without identities.
 */
export interface FileCoverage {
  coveredLines: number;
  validLines: number;
  coveredBranches: number;
  validBranches: number;
  /** Executable lines no report saw run, ascending. */
  uncoveredLines: number[];
}

/** Branches of one source line as one report describes them. */
export interface BranchLine {
  total: number;
  covered: number;
  /** Branch identity -> taken, when the format names branches; `scheme` says how they are named. */
  taken: Map<string, boolean> | null;
  scheme: string | null;
}

/** One file of one report, before its path is mapped onto the repository. */
export interface RawFileCoverage {
  path: string;
  lines: Map<number, number>;
  branches: Map<number, BranchLine>;
  /**
   * Covered lines (branches) the report lists but its own totals do not count. coverage.py lists
   * executed docstrings in `executed_lines` and as LCOV `DA` records, and executed arcs that are
   * not branch possibilities, without saying which ones; its totals (and ours) leave them out.
   */
  surplusLines: number;
  surplusBranches: number;
}

export function newRawFile(path: string): RawFileCoverage {
  return { path, lines: new Map(), branches: new Map(), surplusLines: 0, surplusBranches: 0 };
}

export function addHits(raw: RawFileCoverage, line: number, hits: number): void {
  raw.lines.set(line, (raw.lines.get(line) ?? 0) + hits);
}

export function addNamedBranch(raw: RawFileCoverage, scheme: string, line: number, key: string, taken: boolean): void {
  let entry = raw.branches.get(line);
  if (!entry) {
    entry = { total: 0, covered: 0, taken: new Map(), scheme };
    raw.branches.set(line, entry);
  }
  mergeBranchLine(entry, { total: 1, covered: taken ? 1 : 0, taken: new Map([[key, taken]]), scheme });
}

export function addCountedBranches(raw: RawFileCoverage, line: number, total: number, covered: number): void {
  const entry = raw.branches.get(line);
  const incoming: BranchLine = { total, covered: Math.min(covered, total), taken: null, scheme: null };
  if (entry) mergeBranchLine(entry, incoming);
  else raw.branches.set(line, incoming);
}

function mergeBranchLine(into: BranchLine, from: BranchLine): void {
  if (into.taken && from.taken && into.scheme === from.scheme) {
    for (const [key, taken] of from.taken) into.taken.set(key, (into.taken.get(key) ?? false) || taken);
    into.total = into.taken.size;
    into.covered = 0;
    for (const taken of into.taken.values()) if (taken) into.covered++;
    return;
  }
  into.total = Math.max(into.total, from.total);
  into.covered = Math.min(into.total, Math.max(into.covered, from.covered));
  into.taken = null;
  into.scheme = null;
}

/** Merges `from` into `into` with the union rule. */
export function mergeRawFile(into: RawFileCoverage, from: RawFileCoverage): void {
  // The uncounted lines are the same few docstrings in every run, so the larger surplus stands for all.
  into.surplusLines = Math.max(into.surplusLines, from.surplusLines);
  into.surplusBranches = Math.max(into.surplusBranches, from.surplusBranches);
  for (const [line, hits] of from.lines) addHits(into, line, hits);
  for (const [line, branch] of from.branches) {
    const entry = into.branches.get(line);
    const copy: BranchLine = { ...branch, taken: branch.taken ? new Map(branch.taken) : null };
    if (entry) mergeBranchLine(entry, copy);
    else into.branches.set(line, copy);
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
  let validBranches = 0;
  let coveredBranches = 0;
  for (const branch of raw.branches.values()) {
    validBranches += branch.total;
    coveredBranches += branch.covered;
  }
  const lineSurplus = Math.min(raw.surplusLines, coveredLines);
  const branchSurplus = Math.min(raw.surplusBranches, coveredBranches);
  return {
    coveredLines: coveredLines - lineSurplus,
    validLines: raw.lines.size - lineSurplus,
    coveredBranches: coveredBranches - branchSurplus,
    validBranches: validBranches - branchSurplus,
    uncoveredLines,
  };
}
