// Hotspot verdicts with their evidence. Pure; the rules are documented in docs/weekly-review.md.
import { formatMinutes } from "@/lib/debt/model";
import { metricValue } from "./delta";
import type { Hotspot, ModuleState } from "./types";

/** More than this many bug-fix commits in the churn window (a quarter) means "refactor". */
export const BUGFIX_LIMIT = 3;
/** Relative classes ("often", "rarely", "high") need this many modules to compare against. */
export const MIN_MODULES_FOR_QUARTILES = 4;

/** Nearest-rank percentile of ascending values (p in 0..1). */
export function percentile(sortedAsc: number[], p: number): number {
  return sortedAsc[Math.max(0, Math.ceil(p * sortedAsc.length) - 1)];
}

const commits = (n: number | null) => `${n} commit${n === 1 ? "" : "s"} in the last 90 days`;

interface Quartiles {
  q1: number;
  q3: number;
}

function quartiles(values: number[]): Quartiles | null {
  if (values.length < MIN_MODULES_FOR_QUARTILES) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return { q1: percentile(sorted, 0.25), q3: percentile(sorted, 0.75) };
}

/**
 * Relative to the project: "often" = commits in the top quartile (≥ Q3, and above Q1 so a
 * project where every module changes equally has no outliers); "rarely" = bottom quartile
 * (≤ Q1 and below Q3); "high" debt = total debt minutes in the top quartile and above zero.
 */
export function hotspots(project: string, modules: ModuleState[], coverageMinimum: number): Hotspot[] {
  const churnQ = quartiles(modules.flatMap((m) => (m.churnCommits == null ? [] : [m.churnCommits])));
  const debtQ = quartiles(modules.map((m) => m.totalDebt));
  const minPct = Math.round(coverageMinimum * 1000) / 10;
  const out: Array<Hotspot & { rank: [number, number, number] }> = [];
  for (const m of modules) {
    const churn = m.churnCommits;
    const bugfixes = m.bugfixCommits;
    const high = debtQ != null && m.totalDebt > 0 && m.totalDebt >= debtQ.q3 && m.totalDebt > debtQ.q1;
    const often = churnQ != null && churn != null && churn >= churnQ.q3 && churn > churnQ.q1;
    const rarely = churnQ != null && churn != null && churn <= churnQ.q1 && churn < churnQ.q3;
    const coverage = metricValue(m, "coverage", "test");
    const tested = coverage != null && coverage >= minPct;
    const stable = bugfixes === 0;
    const debtText = debtQ ? `debt ${formatMinutes(m.totalDebt)} (top quartile of the project: ≥ ${formatMinutes(debtQ.q3)})` : "";

    const evidence: string[] = [];
    if (bugfixes != null && bugfixes > BUGFIX_LIMIT) evidence.push(`${bugfixes} bug-fix commits in the last 90 days (more than ${BUGFIX_LIMIT})`);
    if (often && high) evidence.push(`${commits(churn)} (top quartile of the project: ≥ ${churnQ!.q3})`, debtText);
    if (evidence.length > 0) {
      out.push({ project, module: m.name, owners: m.owners, verdict: "refactor", evidence, rank: [0, -(bugfixes ?? 0), -m.totalDebt] });
      continue;
    }
    if (high && rarely && tested && stable) {
      out.push({
        project,
        module: m.name,
        owners: m.owners,
        verdict: "live with it",
        evidence: [
          `${commits(churn)} (bottom quartile of the project: ≤ ${churnQ!.q1})`,
          `line coverage ${coverage.toFixed(1)}% (minimum ${minPct.toFixed(1)}%)`,
          "no bug-fix commits in the last 90 days",
          debtText,
        ],
        rank: [1, 0, -m.totalDebt],
      });
    }
  }
  return out
    .sort((a, b) => a.rank[0] - b.rank[0] || a.rank[1] - b.rank[1] || a.rank[2] - b.rank[2] || a.module.localeCompare(b.module))
    .map(({ rank: _rank, ...h }) => h);
}
