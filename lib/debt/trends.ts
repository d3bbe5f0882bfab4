import { CATEGORIES, type Category } from "@/lib/ingest/schema";
import { debtRatio, gradeFor } from "./model";
import { categoryDebt, headlineMetrics, type HeadlineMetrics, type SnapshotMeasures } from "./metrics";
import type { DebtModel, Grade } from "./schema";

export interface TrendPoint extends HeadlineMetrics {
  /** Epoch milliseconds of the scan, the chart's x value. */
  t: number;
  commit: string;
  test: number;
  docs: number;
  complexity: number;
  duplication: number;
  total: number;
}

export type MeasuredAt = SnapshotMeasures & { scannedAt: Date; commitSha: string };

/** One chart point per scan, oldest first; debt in minutes. */
export function trendPoints(rows: MeasuredAt[]): TrendPoint[] {
  return [...rows]
    .sort((a, b) => a.scannedAt.getTime() - b.scannedAt.getTime())
    .map((r) => ({
      t: r.scannedAt.getTime(),
      commit: r.commitSha.slice(0, 7),
      test: r.testDebt,
      docs: r.docsDebt,
      complexity: r.complexityDebt,
      duplication: r.duplicationDebt,
      total: r.totalDebt,
      ...headlineMetrics(r),
    }));
}

export interface ModuleSnapshotRow extends SnapshotMeasures {
  moduleId: string;
  name: string;
  path: string;
  owners: string[];
  scanId: string;
  scannedAt: Date;
}

export interface ModuleDelta {
  total: number;
  byCategory: Record<Category, number>;
}

export interface ModuleTableRow {
  moduleId: string;
  name: string;
  path: string;
  owners: string[];
  current: SnapshotMeasures & HeadlineMetrics;
  ratio: number;
  grade: Grade;
  /** Against the module's previous scan; null when this is its first. */
  sincePrevious: ModuleDelta | null;
  /** Against its first scan in the range; null when the range holds only one. */
  overRange: ModuleDelta | null;
  /** Total debt minutes per scan in the range, oldest first. */
  sparkline: number[];
}

function delta(now: SnapshotMeasures, then: SnapshotMeasures): ModuleDelta {
  const byCategory = Object.fromEntries(CATEGORIES.map((c) => [c, categoryDebt(now, c) - categoryDebt(then, c)])) as Record<
    Category,
    number
  >;
  return { total: now.totalDebt - then.totalDebt, byCategory };
}

/**
 * The module table: modules of the latest scan with their current values and changes.
 * `rows` are the range's snapshots plus, per module, at most the one before the range
 * (`previousOutsideRange`), so "since previous" works even for a one-scan range.
 */
export function moduleTable(
  rows: ModuleSnapshotRow[],
  latestScanId: string,
  model: DebtModel,
  rangeStartAt: Date | null,
): ModuleTableRow[] {
  const byModule = new Map<string, ModuleSnapshotRow[]>();
  for (const r of rows) {
    const list = byModule.get(r.moduleId) ?? [];
    list.push(r);
    byModule.set(r.moduleId, list);
  }
  const out: ModuleTableRow[] = [];
  for (const list of byModule.values()) {
    list.sort((a, b) => a.scannedAt.getTime() - b.scannedAt.getTime());
    const latest = list[list.length - 1];
    if (latest.scanId !== latestScanId) continue; // module gone from the latest scan
    const inRange = rangeStartAt ? list.filter((r) => r.scannedAt >= rangeStartAt) : list;
    const previous = list.length > 1 ? list[list.length - 2] : null;
    const first = inRange[0];
    const ratio = debtRatio(latest.totalDebt, latest.lines, model);
    out.push({
      moduleId: latest.moduleId,
      name: latest.name,
      path: latest.path,
      owners: latest.owners,
      current: { ...latest, ...headlineMetrics(latest) },
      ratio,
      grade: gradeFor(ratio, model),
      sincePrevious: previous ? delta(latest, previous) : null,
      overRange: first && first !== latest ? delta(latest, first) : null,
      sparkline: inRange.map((r) => r.totalDebt),
    });
  }
  return out;
}

export const MODULE_SORT_KEYS = ["name", "debt", "ratio", ...CATEGORIES, "change", "rangeChange"] as const;
export type ModuleSortKey = (typeof MODULE_SORT_KEYS)[number];

function sortValue(r: ModuleTableRow, key: ModuleSortKey): number | string {
  switch (key) {
    case "name":
      return r.name;
    case "debt":
      return r.current.totalDebt;
    case "ratio":
      return r.ratio;
    case "change":
      return r.sincePrevious?.total ?? 0;
    case "rangeChange":
      return r.overRange?.total ?? 0;
    default:
      return categoryDebt(r.current, key);
  }
}

export function sortModuleRows(rows: ModuleTableRow[], key: ModuleSortKey, dir: "asc" | "desc"): ModuleTableRow[] {
  const sign = dir === "asc" ? 1 : -1;
  return [...rows].sort((a, b) => {
    const va = sortValue(a, key);
    const vb = sortValue(b, key);
    const cmp = typeof va === "string" ? va.localeCompare(vb as string) : va - (vb as number);
    return cmp !== 0 ? sign * cmp : a.name.localeCompare(b.name);
  });
}
