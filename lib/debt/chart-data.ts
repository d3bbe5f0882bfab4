import type { Category } from "@/lib/ingest/schema";
import { CATEGORY_METRIC } from "./metrics";
import type { TrendPoint } from "./trends";

export interface CategoryChartPoint {
  t: number;
  commit: string;
  debt: number;
  metric: number | null;
}

/** The plain array a category chart draws: debt minutes and the category's headline metric. */
export function categoryChartData(points: TrendPoint[], category: Category): CategoryChartPoint[] {
  const key = CATEGORY_METRIC[category].key;
  return points.map((p) => ({
    t: p.t,
    commit: p.commit,
    debt: p[category],
    metric: p[key] == null ? null : Math.round((p[key] as number) * 10) / 10,
  }));
}

export interface TrendSummary {
  current: number | null;
  first: number | null;
  change: number | null;
}

/** Current value of a series and its change since the first point of the range. */
export function seriesSummary(values: Array<number | null>): TrendSummary {
  const known = values.filter((v): v is number => v != null);
  if (!known.length) return { current: null, first: null, change: null };
  const current = values[values.length - 1] ?? null;
  const first = known[0];
  return { current, first, change: current == null || known.length < 2 ? null : current - first };
}
