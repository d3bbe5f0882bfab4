import type { AnalysisSummary, FileAnalysis } from "./types";

/** The sums of an analysis's functions and symbols. */
export function summarize(f: FileAnalysis, threshold: number): AnalysisSummary {
  const t: AnalysisSummary = {
    threshold, functions: f.functions.length, ccnSum: 0, fnNloc: 0, maxCcn: 0, overThreshold: 0, overNloc: 0,
    publicSymbols: f.symbols.length, documented: 0,
  };
  for (const fn of f.functions) {
    t.ccnSum += fn.ccn;
    t.fnNloc += fn.nloc;
    if (fn.ccn > t.maxCcn) t.maxCcn = fn.ccn;
    if (fn.ccn > threshold) {
      t.overThreshold++;
      t.overNloc += fn.nloc;
    }
  }
  for (const s of f.symbols) if (s.documented) t.documented++;
  return t;
}

/**
 * The analysis a history backfill's document needs, made where the analysis is (the worker): only
 * the functions over `threshold` and the undocumented symbols (the findings), with the sums of all.
 * Every version of every changed file crosses to the main thread, which builds each point's
 * document and is the backfill's busiest thread; copying (and collecting) every function and
 * symbol there was a large share of its allocations.
 */
export function slimAnalysis(f: FileAnalysis, threshold: number): FileAnalysis {
  return {
    ...f,
    functions: f.functions.filter((fn) => fn.ccn > threshold),
    symbols: f.symbols.filter((s) => !s.documented),
    summary: summarize(f, threshold),
  };
}
