import type { Category } from "@/lib/ingest/schema";

/** Raw measures of one module snapshot, or sums over several (a project at one scan). */
export interface SnapshotMeasures {
  lines: number;
  coveredLines: number | null;
  validLines: number | null;
  publicSymbols: number;
  documentedSymbols: number;
  functionsOver: number;
  dupLines: number;
  duplicatedLines: number;
  testDebt: number;
  docsDebt: number;
  complexityDebt: number;
  duplicationDebt: number;
  totalDebt: number;
}

export interface HeadlineMetrics {
  /** Line coverage in percent; null when no coverage report covered it. */
  coveragePct: number | null;
  /** Documented public symbols in percent; null when there are no public symbols. */
  docPct: number | null;
  functionsOver: number;
  duplicatedPct: number | null;
}

const pct = (num: number, den: number | null) => (den && den > 0 ? (100 * num) / den : null);

export function headlineMetrics(m: SnapshotMeasures): HeadlineMetrics {
  return {
    coveragePct: m.validLines == null ? null : pct(m.coveredLines ?? 0, m.validLines),
    docPct: pct(m.documentedSymbols, m.publicSymbols),
    functionsOver: m.functionsOver,
    duplicatedPct: pct(m.duplicatedLines, m.dupLines),
  };
}

export function categoryDebt(m: SnapshotMeasures, c: Category): number {
  switch (c) {
    case "test":
      return m.testDebt;
    case "docs":
      return m.docsDebt;
    case "complexity":
      return m.complexityDebt;
    case "duplication":
      return m.duplicationDebt;
  }
}

/** Which headline metric stands for each category, and whether higher is better. */
export const CATEGORY_METRIC: Record<Category, { key: keyof HeadlineMetrics; label: string; unit: string; higherIsBetter: boolean }> = {
  test: { key: "coveragePct", label: "Line coverage", unit: "%", higherIsBetter: true },
  docs: { key: "docPct", label: "Documented public API", unit: "%", higherIsBetter: true },
  complexity: { key: "functionsOver", label: "Functions over CCN threshold", unit: "functions", higherIsBetter: false },
  duplication: { key: "duplicatedPct", label: "Duplicated lines", unit: "%", higherIsBetter: false },
};

export const CATEGORY_LABEL: Record<Category, string> = {
  test: "Test",
  docs: "Docs",
  complexity: "Complexity",
  duplication: "Duplication",
};
