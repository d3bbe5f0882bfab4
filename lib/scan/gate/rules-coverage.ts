import type { GateItem, GateRuleResult, ScanDocument } from "../../ingest/schema";
import { item, lineRanges, pct, ruleResult, skipped, type GateInput } from "./context";

/** The module a path belongs to: the one with the longest matching path prefix. */
export function moduleOfFile(doc: ScanDocument, file: string): string | null {
  let best: { name: string; len: number } | null = null;
  for (const m of doc.modules) {
    const prefix = m.path === "" || m.path === "." ? "" : m.path.replace(/\/?$/, "/");
    if ((prefix === "" || file.startsWith(prefix)) && (!best || prefix.length > best.len)) best = { name: m.name, len: prefix.length };
  }
  return best?.name ?? null;
}

/**
 * Changed-lines coverage: of the added lines the coverage report calls executable, the share that
 * ran must reach the minimum. Changed source files the report does not know are listed, never
 * counted as covered.
 */
export function changedLinesCoverage(input: GateInput): GateRuleResult {
  const { severity, minimum: configured, missingData } = input.config.changedLinesCoverage;
  if (severity === "off") return skipped("changed-lines-coverage", "rule turned off in paydown.config.json");
  if (!input.coverage) return skipped("changed-lines-coverage", "no coverage report given (--coverage)");
  const minimum = configured ?? input.baseline.project.coverageMinimum;
  const items: GateItem[] = [];
  const unknown: string[] = [];
  let executable = 0;
  let covered = 0;
  for (const file of [...input.sourceFiles].sort()) {
    const added = input.changed.get(file);
    if (!added) continue;
    const cov = input.coverage.get(file);
    if (!cov) {
      unknown.push(file);
      continue;
    }
    const exec = [...added].filter((l) => cov.executable.has(l)).sort((a, b) => a - b);
    const missed = exec.filter((l) => !cov.covered.has(l));
    executable += exec.length;
    covered += exec.length - missed.length;
    if (missed.length) {
      items.push(item("info", moduleOfFile(input.current, file), file, missed[0]!, `${file}: ${exec.length - missed.length} of ${exec.length} changed lines covered; not covered: ${lineRanges(missed)}`));
    }
  }
  for (const file of unknown) {
    items.push(item(missingData, moduleOfFile(input.current, file), file, null, `${file}: no coverage data for this changed file (not counted as covered)`));
  }
  if (executable === 0) {
    return ruleResult("changed-lines-coverage", severity, items, `no executable changed lines in the coverage report (minimum ${pct(minimum)})`);
  }
  const ratio = covered / executable;
  const summary = `${pct(ratio)} of ${executable} changed executable lines covered (minimum ${pct(minimum)})`;
  if (ratio < minimum) {
    const short = Math.ceil(minimum * executable - covered);
    items.unshift(item("fail", null, null, null, `changed-lines coverage ${pct(ratio)} is below the minimum ${pct(minimum)}: cover ${short} more of the ${executable - covered} uncovered changed lines`));
  }
  return ruleResult("changed-lines-coverage", severity, items, summary);
}

/** No module's line coverage may drop by more than the tolerance (percentage points). */
export function moduleCoverageDrop(input: GateInput): GateRuleResult {
  const { severity, tolerance } = input.config.moduleCoverageDrop;
  if (severity === "off") return skipped("module-coverage-drop", "rule turned off in paydown.config.json");
  const before = new Map(input.baseline.modules.map((m) => [m.name, m.coverage]));
  const items: GateItem[] = [];
  let compared = 0;
  for (const m of input.current.modules) {
    const now = m.test.coverage;
    const was = before.get(m.name);
    if (!now || !was || now.validLines === 0 || was.validLines === 0) continue;
    compared++;
    const from = (100 * was.coveredLines) / was.validLines;
    const to = (100 * now.coveredLines) / now.validLines;
    const drop = from - to;
    if (drop > tolerance + 1e-9) {
      items.push(item("fail", m.name, null, null, `module ${m.name}: line coverage fell ${drop.toFixed(1)} points, ${from.toFixed(1)}% → ${to.toFixed(1)}% (tolerance ${tolerance} points)`));
    }
  }
  if (compared === 0) return skipped("module-coverage-drop", "no module has coverage in both the baseline and this change");
  const summary = items.length ? `${items.length} module(s) lost more than ${tolerance} points of coverage` : `${compared} module(s) compared, none lost more than ${tolerance} points`;
  return ruleResult("module-coverage-drop", severity, items, summary);
}
