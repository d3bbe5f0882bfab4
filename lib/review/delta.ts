// Per module, category and metric: the value a week ago, now, and the change. Pure.
import { CATEGORIES, type Category } from "@/lib/ingest/schema";
import type { ChangeRow, ChangeStatus, MetricKey, ModuleState } from "./types";

export type MetricUnit = "%" | "count" | "minutes" | "yes/no";

export interface MetricInfo {
  label: string;
  unit: MetricUnit;
  higherIsBetter: boolean;
}

export const METRIC_INFO: Record<MetricKey, MetricInfo> = {
  coverage: { label: "Line coverage", unit: "%", higherIsBetter: true },
  documented: { label: "Documented public symbols", unit: "%", higherIsBetter: true },
  readme: { label: "README", unit: "yes/no", higherIsBetter: true },
  functionsOver: { label: "Functions over CCN threshold", unit: "count", higherIsBetter: false },
  maxCcn: { label: "Max CCN", unit: "count", higherIsBetter: false },
  duplicated: { label: "Duplicated lines", unit: "%", higherIsBetter: false },
  debt: { label: "Debt", unit: "minutes", higherIsBetter: false },
};

/** The metrics compared per category, in display order. */
export const CATEGORY_METRICS: Record<Category, MetricKey[]> = {
  test: ["coverage", "debt"],
  docs: ["documented", "readme", "debt"],
  complexity: ["functionsOver", "maxCcn", "debt"],
  duplication: ["duplicated", "debt"],
};

const pct = (num: number, den: number) => (den > 0 ? (100 * num) / den : null);

/** Percentages to one decimal, everything else whole: the precision the review shows. */
export function roundMetric(key: MetricKey, value: number): number {
  return METRIC_INFO[key].unit === "%" ? Math.round(value * 10) / 10 : Math.round(value);
}

/**
 * The metric's value, rounded as shown; null when unknown: no coverage report, no public
 * symbols to document, no lines to duplicate. Unknown is never 0.
 */
export function metricValue(m: ModuleState, key: MetricKey, category: Category): number | null {
  let v: number | null;
  switch (key) {
    case "coverage":
      v = m.validLines == null ? null : pct(m.coveredLines ?? 0, m.validLines);
      break;
    case "documented":
      v = pct(m.documentedSymbols, m.publicSymbols);
      break;
    case "readme":
      v = m.readme ? 1 : 0;
      break;
    case "functionsOver":
      v = m.functionsOver;
      break;
    case "maxCcn":
      v = m.maxCcn;
      break;
    case "duplicated":
      v = pct(m.duplicatedLines, m.dupLines);
      break;
    case "debt":
      v = categoryMinutes(m, category);
      break;
  }
  return v == null ? null : roundMetric(key, v);
}

export function categoryMinutes(m: ModuleState, c: Category): number {
  return { test: m.testDebt, docs: m.docsDebt, complexity: m.complexityDebt, duplication: m.duplicationDebt }[c];
}

function statusOf(key: MetricKey, previous: number | null, current: number | null): { status: ChangeStatus; change: number | null } {
  if (previous == null && current == null) return { status: "unchanged", change: null };
  if (previous == null || current == null) return { status: "unknown", change: null };
  const change = roundMetric(key, current - previous);
  if (change === 0) return { status: "unchanged", change: 0 };
  const better = METRIC_INFO[key].higherIsBetter ? change > 0 : change < 0;
  return { status: better ? "better" : "worse", change };
}

/**
 * Every (module, category, metric) of either scan. Modules only in `now` are "added", only in
 * `before` "removed" (their values on the other side are absent, shown as "—"); a value known on
 * one side only is "unknown": no change is computed for it.
 */
export function compareModules(project: string, before: ModuleState[] | null, now: ModuleState[] | null): ChangeRow[] {
  const prev = new Map((before ?? []).map((m) => [m.name, m]));
  const cur = new Map((now ?? []).map((m) => [m.name, m]));
  const names = [...new Set([...cur.keys(), ...prev.keys()])];
  const rows: ChangeRow[] = [];
  for (const name of names) {
    const p = prev.get(name);
    const c = cur.get(name);
    const path = (c ?? p)!.path;
    for (const category of CATEGORIES) {
      const categoryDebtChange = p && c ? categoryMinutes(c, category) - categoryMinutes(p, category) : null;
      for (const metric of CATEGORY_METRICS[category]) {
        const previous = p ? metricValue(p, metric, category) : null;
        const current = c ? metricValue(c, metric, category) : null;
        const base = { project, module: name, path, category, metric, previous, current, categoryDebtChange };
        if (!p) rows.push({ ...base, change: null, status: "added" });
        else if (!c) rows.push({ ...base, change: null, status: "removed" });
        else rows.push({ ...base, ...statusOf(metric, previous, current) });
      }
    }
  }
  return rows;
}

const STATUS_RANK: Record<ChangeStatus, number> = { worse: 0, better: 1, unknown: 2, added: 3, removed: 4, unchanged: 5 };
const METRIC_RANK = new Map<string, number>(CATEGORIES.flatMap((c, i) => CATEGORY_METRICS[c].map((m, j) => [`${c}:${m}`, i * 10 + j])));

/**
 * Regressions first, the module category whose debt grew most on top; then improvements, the
 * largest debt decrease on top; then values that became unknown, added and removed modules.
 * Ties: project, module, category and metric order, so the order is stable everywhere.
 */
export function compareRows(a: ChangeRow, b: ChangeRow): number {
  const rank = STATUS_RANK[a.status] - STATUS_RANK[b.status];
  if (rank !== 0) return rank;
  if (a.status === "worse" || a.status === "better") {
    const sign = a.status === "worse" ? -1 : 1;
    const debt = sign * ((a.categoryDebtChange ?? 0) - (b.categoryDebtChange ?? 0));
    if (debt !== 0) return debt;
  }
  return (
    a.project.localeCompare(b.project) ||
    a.module.localeCompare(b.module) ||
    METRIC_RANK.get(`${a.category}:${a.metric}`)! - METRIC_RANK.get(`${b.category}:${b.metric}`)!
  );
}

/** The changes table (everything but unchanged values, ordered) and how many were unchanged. */
export function changeTable(rows: ChangeRow[]): { changes: ChangeRow[]; unchanged: number } {
  const changes = rows.filter((r) => r.status !== "unchanged").sort(compareRows);
  return { changes, unchanged: rows.length - changes.length };
}
